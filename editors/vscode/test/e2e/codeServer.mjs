// Starts a real VS Code (code-server) on loopback with folders of its own, and a headless Chromium page on it.
// Used by run.mjs (the end-to-end test) and integration.mjs (the extension's tests in the real extension host).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export function toolsPrefix() {
  return process.env.UPGRADEGUARD_CODE_SERVER_DIR
    || path.join(process.env.UPGRADEGUARD_TOOLS || '/opt/upgradeguard-tools', 'code-server-4.100.3');
}

export function codeServerBinary(prefix = toolsPrefix()) {
  return path.join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function loadPlaywright(prefix = toolsPrefix()) {
  const require = createRequire(path.join(prefix, 'package.json'));
  return require('playwright-core');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url + '/healthz');
      if (response.ok) return;
    } catch { /* not yet listening */ }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('code-server did not answer /healthz');
}

/**
 * @param {{home: string, settings?: object, vsix?: string, log: (s: string) => void}} options
 */
export async function startCodeServer({ home, settings = {}, vsix, log, env: extraEnv = {} }) {
  const prefix = toolsPrefix();
  const entry = codeServerBinary(prefix);
  const userData = path.join(home, 'user-data');
  const extensions = path.join(home, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.ignoreRecommendations': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'files.autoSave': 'off',
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.hover.enabled': false,
    'chat.commandCenter.enabled': false,
    ...settings,
  }, null, 2));
  const port = await freePort();
  const config = path.join(home, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(home, 'xdg-config'),
    XDG_DATA_HOME: path.join(home, 'xdg-data'),
    XDG_CACHE_HOME: path.join(home, 'xdg-cache'),
    HOME: home,
    DOTNET_CLI_HOME: process.env.DOTNET_CLI_HOME || os.homedir(),
    ...extraEnv,
  };
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'];
  if (vsix) {
    const out = execFileSync(process.execPath, [entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
    log(out.trim());
  }
  const child = spawn(process.execPath, [entry, ...common], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = [];
  child.stdout.on('data', d => serverLog.push(d.toString()));
  child.stderr.on('data', d => serverLog.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, 60000);
  return {
    url,
    port,
    serverLog,
    stop: () => new Promise(resolve => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => { try { child.kill('SIGKILL'); } catch { /* gone */ } }, 3000).unref();
    }),
  };
}

export async function launchBrowser() {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: process.env.UPGRADEGUARD_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    headless: true,
  });
}
