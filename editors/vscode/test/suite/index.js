'use strict';
// The extension's integration tests, run inside code-server's real extension host (test/e2e/integration.mjs opens
// the workbench with extensionDevelopmentPath = this extension and extensionTestsPath = this file).
// The workspace folder holds skipped-hop.upgrade.yaml. Each test prints "ok - NAME" or "not ok - NAME: reason";
// run() rejects when any failed, so the workbench exits with code 1.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

const extensionId = 'upgradeguard.upgrade-guard';

async function waitFor(what, condition, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await condition();
    if (last) return last;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function manifestUri() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  return vscode.Uri.joinPath(folder, 'skipped-hop.upgrade.yaml');
}

function codes(uri) {
  return vscode.languages.getDiagnostics(uri).map(d => `${typeof d.code === 'object' ? d.code.value : d.code}@${d.range.start.line + 1}`);
}

// The driver (test/e2e/integration.mjs) reads the results from this file: the extension host's console is not its own.
const resultsFile = process.env.UPGRADEGUARD_TEST_RESULTS;
function record(line) {
  console.log(line);
  if (resultsFile) require('fs').appendFileSync(resultsFile, line + '\n');
}

const tests = [
  ['the bundled server starts and publishes the findings of upgrade-guard check', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, 'the extension is installed');
    const api = await extension.activate();
    const document = await vscode.workspace.openTextDocument(manifestUri());
    assert.strictEqual(document.languageId, 'yaml', 'manifests stay YAML documents');
    await vscode.window.showTextDocument(document);
    await waitFor('UG2001 and UG4001', () => codes(document.uri).includes('UG2001@12') && codes(document.uri).includes('UG4001@12'));
    assert.strictEqual(api.server.source, 'bundled');
    assert.ok(api.running, 'the client is running');
    const diagnostic = vscode.languages.getDiagnostics(document.uri).find(d => d.code && d.code.value === 'UG2001');
    assert.ok(diagnostic.code.target.toString().endsWith('docs/rules/UG2001.md'), `doc link: ${diagnostic.code.target}`);
    assert.deepStrictEqual(api.notifications, []);
  }],
  ['hover and quick fixes come from the server', async () => {
    const uri = manifestUri();
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(11, 15, 11, 20));
    const titles = actions.map(a => a.title);
    assert.ok(titles.includes('Insert the supported hops'), `code actions: ${titles.join(', ')}`);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(11, 17));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('5.3.3'), `hover names the supported path: ${text}`);
  }],
  ['Show Upgrade Plan opens the markdown runbook beside the manifest', async () => {
    const document = await vscode.workspace.openTextDocument(manifestUri());
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const plan = await vscode.commands.executeCommand('upgradeGuard.showPlan');
    assert.ok(plan, 'a document was opened');
    assert.strictEqual(plan.languageId, 'markdown');
    assert.ok(plan.getText().includes('5.3.2') && plan.getText().includes('5.6.0'), plan.getText().slice(0, 300));
    assert.strictEqual(vscode.window.activeTextEditor.viewColumn, vscode.ViewColumn.Two);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }],
  ['a server path that does not exist gives one notification, and the setting applies', async () => {
    const api = vscode.extensions.getExtension(extensionId).exports;
    const missing = path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, 'no-such-upgrade-guard');
    await vscode.workspace.getConfiguration('upgradeGuard').update('server.path', missing, vscode.ConfigurationTarget.Global);
    await waitFor('the notification', () => api.notifications.length > 0);
    await new Promise(r => setTimeout(r, 1500));
    assert.strictEqual(api.notifications.length, 1, api.notifications.join(' | '));
    assert.ok(api.notifications[0].includes(missing), api.notifications[0]);
    assert.strictEqual(api.server.source, undefined);
    assert.ok(!api.running, 'nothing else runs');
  }],
  ['restoring the setting restarts the server', async () => {
    const api = vscode.extensions.getExtension(extensionId).exports;
    await vscode.workspace.getConfiguration('upgradeGuard').update('server.path', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('the server to run again', () => api.running);
    assert.strictEqual(api.server.source, 'bundled');
    assert.deepStrictEqual(api.notifications, []);
  }],
];

async function run() {
  let failed = 0;
  for (const [name, test] of tests) {
    try {
      await test();
      record(`ok - ${name}`);
    } catch (error) {
      failed++;
      record(`not ok - ${name}: ${error && error.message ? error.message : error}`);
    }
  }
  record(`${tests.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${tests.length} extension tests failed`);
}

module.exports = { run };
