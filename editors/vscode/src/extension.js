'use strict';
// The UpgradeGuard extension: starts `upgrade-guard lsp` for *.upgrade.yaml / *.upgrade.yml (language yaml, so YAML
// highlighting and other YAML extensions keep working). Diagnostics, quick fixes, hover and completion come from the
// server as they are; this file only finds the server, starts it, and adds two commands.
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const vscode = require('vscode');
const { LanguageClient, RevealOutputChannelOn } = require('vscode-languageclient/node');
const { locateServer, catalogArguments } = require('./serverLocator');

const manifestSelector = [
  { language: 'yaml', pattern: '**/*.upgrade.yaml' },
  { language: 'yaml', pattern: '**/*.upgrade.yml' },
];

let client;
let output;
let extensionPath;
const state = { server: undefined, notifications: [] };

function settings() {
  return vscode.workspace.getConfiguration('upgradeGuard');
}

function workspaceFolderPath() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  return folder ? folder.uri.fsPath : undefined;
}

function resolveServer() {
  return locateServer({
    configuredPath: settings().get('server.path', ''),
    extensionPath,
    env: process.env,
    exists: file => { try { return fs.statSync(file).isFile(); } catch { return false; } },
  });
}

function notify(message) {
  state.notifications.push(message);
  output.appendLine(message);
  vscode.window.showErrorMessage(message, 'Open Settings').then(choice => {
    if (choice) vscode.commands.executeCommand('workbench.action.openSettings', 'upgradeGuard.server.path');
  });
}

async function start() {
  const server = resolveServer();
  state.server = server;
  if (server.error) {
    notify(server.error);
    return false;
  }
  const args = [...server.args, 'lsp', ...catalogArguments(settings().get('catalogs', []), workspaceFolderPath())];
  output.appendLine(`Starting ${server.command} ${args.join(' ')} (from ${server.source})`);
  const serverOptions = { command: server.command, args, options: { cwd: workspaceFolderPath() } };
  const clientOptions = {
    documentSelector: manifestSelector,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { configurationSection: 'upgradeGuard' },
    initializationFailedHandler: error => {
      notify(`The UpgradeGuard server (${server.command}) did not start: ${error && error.message ? error.message : error}`);
      return false;
    },
  };
  client = new LanguageClient('upgradeGuard', 'UpgradeGuard', serverOptions, clientOptions);
  try {
    await client.start();
    return true;
  } catch (error) {
    client = undefined;
    if (!state.notifications.length) notify(`The UpgradeGuard server (${server.command}) did not start: ${error && error.message ? error.message : error}`);
    return false;
  }
}

async function stop() {
  if (!client) return;
  const running = client;
  client = undefined;
  try { await running.stop(); } catch { /* already gone */ }
}

async function restart() {
  await stop();
  state.notifications = [];
  return start();
}

async function showPlan() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !/\.upgrade\.ya?ml$/i.test(editor.document.fileName)) {
    vscode.window.showInformationMessage('Open an upgrade manifest (*.upgrade.yaml) to show its plan.');
    return undefined;
  }
  const server = state.server && !state.server.error ? state.server : resolveServer();
  if (server.error) { notify(server.error); return undefined; }
  if (editor.document.isDirty) await editor.document.save();
  const file = editor.document.uri.fsPath;
  const args = [...server.args, 'plan', file, '--format', 'markdown', ...catalogArguments(settings().get('catalogs', []), workspaceFolderPath())];
  const markdown = await new Promise(resolve => {
    execFile(server.command, args, { cwd: path.dirname(file), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (stderr) output.appendLine(stderr.trimEnd());
      if (stdout && stdout.trim()) resolve(stdout);
      else {
        vscode.window.showErrorMessage(`upgrade-guard plan failed for ${path.basename(file)}: ${(stderr || (error && error.message) || 'no output').trim()}`);
        resolve(undefined);
      }
    });
  });
  if (!markdown) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return document;
}

async function activate(context) {
  extensionPath = context.extensionPath;
  output = vscode.window.createOutputChannel('UpgradeGuard');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('upgradeGuard.restartServer', restart),
    vscode.commands.registerCommand('upgradeGuard.showPlan', showPlan),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('upgradeGuard.server.path') || event.affectsConfiguration('upgradeGuard.catalogs')) restart();
    }),
  );
  await start();
  // What the extension's integration tests read: the server it chose and the notifications it showed.
  return {
    get server() { return state.server; },
    get notifications() { return state.notifications.slice(); },
    get running() { return client !== undefined && client.isRunning(); },
  };
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
