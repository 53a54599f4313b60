'use strict';
// Runs before `vsce package` (vscode:prepublish): copies the JSON Schema into the extension and bundles the language
// server under server/: the framework-dependent build (dotnet publish of src/UpgradeGuard.Cli) for the universal .vsix,
// or, with UPGRADEGUARD_VSIX_TARGET=linux-x64 (any .NET runtime identifier; `npm run package:native`), the Native AOT
// executable for that platform, for a platform-specific .vsix (`vsce package --target`). Native AOT compiles only for
// the platform it runs on, so each platform's .vsix is built on that platform (docs/native.md).
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
} else if (process.env.UPGRADEGUARD_VSIX_TARGET) {
  execFileSync('dotnet', ['publish', path.join(repo, 'src', 'UpgradeGuard.Cli'), '-c', 'Release', '-r', process.env.UPGRADEGUARD_VSIX_TARGET, '-o', server], { stdio: 'inherit' });
} else {
  execFileSync('dotnet', ['publish', path.join(repo, 'src', 'UpgradeGuard.Cli'), '-c', 'Release', '--no-self-contained', '-p:UseAppHost=false', '-p:SatelliteResourceLanguages=en', '-o', server], { stdio: 'inherit' });
}
for (const name of fs.readdirSync(server)) {
  if (name.endsWith('.pdb') || name.endsWith('.xml') || name.endsWith('.dbg')) fs.rmSync(path.join(server, name));
}
const expected = process.env.UPGRADEGUARD_VSIX_TARGET
  ? (process.env.UPGRADEGUARD_VSIX_TARGET.startsWith('win') ? 'upgrade-guard.exe' : 'upgrade-guard')
  : 'upgrade-guard.dll';
if (!fs.existsSync(path.join(server, expected))) throw new Error(`the server was not published: server/${expected} is missing`);
