'use strict';
// Runs before `vsce package` (vscode:prepublish): copies the JSON Schema into the extension and bundles the
// framework-dependent language server (dotnet publish of src/UpgradeGuard.Cli) under server/.
// UPGRADEGUARD_SERVER_DIR: take an already published server from there instead of publishing again.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const repo = path.resolve(root, '..', '..');

fs.mkdirSync(path.join(root, 'schema'), { recursive: true });
fs.copyFileSync(path.join(repo, 'docs', 'schema', 'upgrade-manifest-v1.schema.json'), path.join(root, 'schema', 'upgrade-manifest-v1.schema.json'));

const server = path.join(root, 'server');
fs.rmSync(server, { recursive: true, force: true });
const prebuilt = process.env.UPGRADEGUARD_SERVER_DIR;
if (prebuilt) {
  fs.cpSync(prebuilt, server, { recursive: true });
} else {
  execFileSync('dotnet', ['publish', path.join(repo, 'src', 'UpgradeGuard.Cli'), '-c', 'Release', '--no-self-contained', '-p:UseAppHost=false', '-p:SatelliteResourceLanguages=en', '-o', server], { stdio: 'inherit' });
}
for (const name of fs.readdirSync(server)) {
  if (name.endsWith('.pdb') || name.endsWith('.xml')) fs.rmSync(path.join(server, name));
}
if (!fs.existsSync(path.join(server, 'upgrade-guard.dll'))) throw new Error('the server was not published: server/upgrade-guard.dll is missing');
