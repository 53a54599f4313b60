// End-to-end test of the extension in a real VS Code (code-server) driven by headless Chromium:
//   node test/e2e/run.mjs --vsix FILE --workspace DIR --manifest NAME --expect UG2001@9,UG4001@9 [--screenshots DIR]
// Installs the .vsix, opens the manifest, and checks as a user would: the Problems panel lists the expected findings
// at the expected lines, the quick fix "Insert the supported hops" applied through the quick-fix menu removes UG2001
// and keeps every comment, an edit that introduces a mistake shows it, and undoing the edit clears it.
// Prints one JSON object with what it saw; exits 1 on the first failed check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer, launchBrowser } from './codeServer.mjs';

const { values: args } = parseArgs({
  options: {
    vsix: { type: 'string' },
    workspace: { type: 'string' },
    manifest: { type: 'string' },
    expect: { type: 'string' },
    screenshots: { type: 'string' },
  },
});
const log = s => process.stderr.write(`[e2e] ${s}\n`);
const expected = args.expect.split(',').map(e => { const [id, line] = e.split('@'); return { id, line: Number(line) }; });
const manifestPath = path.join(args.workspace, args.manifest);
const original = fs.readFileSync(manifestPath, 'utf8');
const commentLines = original.split(/\r?\n/).filter(l => l.trim().startsWith('#') || / #/.test(l)).map(l => l.slice(l.indexOf('#')).trim());
const report = { steps: [] };
const step = name => { report.steps.push(name); log(name); };

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ug-vscode-'));
let server;
let browser;
let page;
try {
  server = await startCodeServer({ home, vsix: args.vsix, log });
  step('code-server started, extension installed');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(args.workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  step('workbench loaded');

  // Open the manifest from the explorer (the user's way) and wait for the language server's squiggles.
  await page.click(`.explorer-folders-view .monaco-list-row[aria-label*="${args.manifest}"]`);
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 90000 });
  step('squiggles shown');

  await openProblems(page);
  const problems = await waitForProblems(page, rows => expected.every(e => rows.some(r => r.id === e.id && r.line === e.line)), 30000);
  report.problemsBefore = problems;
  step(`Problems panel: ${problems.map(p => `${p.id}@${p.line}`).join(', ')}`);
  if (args.screenshots) await page.screenshot({ path: path.join(args.screenshots, 'vscode-problems.png') });

  // The quick fix through the editor's quick-fix menu, on the UG2001 finding.
  const hop = expected.find(e => e.id === 'UG2001');
  const hopProblem = problems.find(p => p.id === 'UG2001' && p.line === hop.line);
  await goTo(page, hopProblem.line, hopProblem.column);
  await page.keyboard.press('Control+.');
  const fixItem = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert the supported hops' }).first();
  await fixItem.waitFor({ timeout: 20000 });
  if (args.screenshots) await page.screenshot({ path: path.join(args.screenshots, 'vscode-quick-fix.png') });
  // The menu takes keys (a pointer block covers it against stray clicks): walk down to the fix, then Enter.
  for (let i = 0; i < 20; i++) {
    const focused = await page.$eval('.action-widget .monaco-list-row.focused', r => r.getAttribute('aria-label')).catch(() => null);
    if (focused === 'Insert the supported hops') break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  step('quick fix "Insert the supported hops" applied from the quick-fix menu');
  report.problemsAfterFix = await waitForProblems(page, rows => !rows.some(r => r.id === 'UG2001'), 30000);
  step(`after the fix: ${report.problemsAfterFix.map(p => `${p.id}@${p.line}`).join(', ') || 'no problems'}`);
  await page.keyboard.press('Control+s');
  await waitFor(() => fs.readFileSync(manifestPath, 'utf8') !== original, 15000, 'the fixed manifest was not saved');
  const fixed = fs.readFileSync(manifestPath, 'utf8');
  const lost = commentLines.filter(c => !fixed.includes(c));
  if (lost.length) throw new Error(`the quick fix lost comments: ${lost.join(' | ')}`);
  report.fixedText = fixed;
  step('saved: every comment kept');

  // An edit that introduces a mistake shows it; undoing the edit clears it.
  const lines = fixed.split(/\r?\n/);
  const nodesLine = lines.findIndex(l => /^\s*nodes:\s*\d+/.test(l)) + 1;
  const nodesColumn = lines[nodesLine - 1].indexOf('nodes:') + 1;
  await goTo(page, nodesLine, nodesColumn);
  await page.keyboard.press('End');
  await page.keyboard.type('x', { delay: 20 });
  report.problemsAfterEdit = await waitForProblems(page, rows => rows.some(r => r.id === 'UG1002' && r.line === nodesLine), 30000);
  step(`edit "nodes: …x" shows ${report.problemsAfterEdit.filter(r => r.line === nodesLine).map(r => r.id).join(', ')} at line ${nodesLine}`);
  if (args.screenshots) await page.screenshot({ path: path.join(args.screenshots, 'vscode-squiggle.png') });
  await page.keyboard.press('Control+z');
  report.problemsAfterUndo = await waitForProblems(page, rows => !rows.some(r => r.line === nodesLine), 30000);
  step('undo clears it');
  report.ok = true;
} catch (error) {
  report.ok = false;
  report.error = String(error && error.stack || error);
  if (page && args.screenshots) await page.screenshot({ path: path.join(args.screenshots, 'vscode-failure.png') }).catch(() => {});
  if (server) report.codeServerLog = server.serverLog.join('').slice(-4000);
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exit(report.ok ? 0 : 1);

async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { timeout: 20000 });
}

// Rows of the Problems panel: "UG2001 ... [Ln 9, Col 16]" (the file's own row has no code).
async function readProblems(page) {
  const texts = await page.$$eval('.markers-panel .monaco-list-row', rows => rows.map(r => r.textContent || ''));
  const problems = [];
  for (const text of texts) {
    const id = /UG\d{4}/.exec(text);
    const at = /\[Ln (\d+), Col (\d+)\]/.exec(text);
    if (id && at) problems.push({ id: id[0], line: Number(at[1]), column: Number(at[2]), text: text.trim() });
  }
  return problems;
}

async function waitForProblems(page, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await readProblems(page);
    if (predicate(rows)) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error(`the Problems panel did not reach the expected state; it shows: ${JSON.stringify(rows)}`);
}

async function goTo(page, line, column) {
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('Control+g');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

async function waitFor(condition, timeoutMs, message) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(message);
}
