// Runs the extension's integration tests (test/suite/index.js) in code-server's real extension host:
//   node test/e2e/integration.mjs --workspace DIR
// The extension is loaded from this folder (extensionDevelopmentPath), so `npm install` and `npm run package` (which
// bundles server/) must have run. Prints the suite's lines and exits with the workbench's exit code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCodeServer, launchBrowser } from './codeServer.mjs';

const { values: args } = parseArgs({ options: { workspace: { type: 'string' } } });
const extensionRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = s => process.stderr.write(`[integration] ${s}\n`);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ug-vscode-it-'));
const results = path.join(home, 'results.txt');
fs.writeFileSync(results, '');
let server;
let browser;
let code = 1;
try {
  server = await startCodeServer({ home, log, env: { UPGRADEGUARD_TEST_RESULTS: results } });
  const authority = `vscode-remote://127.0.0.1:${server.port}`;
  const payload = [
    ['extensionDevelopmentPath', `${authority}${extensionRoot}`],
    ['extensionTestsPath', `${authority}${path.join(extensionRoot, 'test', 'suite', 'index.js')}`],
  ];
  browser = await launchBrowser();
  const page = await browser.newPage();
  const exited = new Promise(resolve => page.exposeFunction('codeAutomationExit', c => { resolve(c); }));
  await page.goto(`${server.url}/?folder=${encodeURIComponent(args.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  code = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve('timeout'), 240000))]);
  if (code === 'timeout') { log('the extension tests did not finish in 240 s'); code = 1; }
} catch (error) {
  log(String(error && error.stack || error));
  code = 1;
} finally {
  process.stdout.write(fs.readFileSync(results, 'utf8'));
  if (code !== 0 && server) process.stderr.write(server.serverLog.join('').slice(-4000) + '\n');
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
process.exit(code);
