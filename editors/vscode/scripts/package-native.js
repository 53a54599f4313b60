'use strict';
// `npm run package:native [-- RID]`: a platform-specific .vsix for this machine's platform (or RID), with the Native AOT
// server inside (no .NET runtime needed): upgrade-guard-RID.vsix. vsce's --target names the platform for the
// marketplace; the universal .vsix (`npm run package`) remains the fallback for every other platform.
const { execFileSync } = require('child_process');
const path = require('path');

const byPlatform = { 'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'darwin-arm64': 'osx-arm64', 'darwin-x64': 'osx-x64', 'win32-x64': 'win-x64', 'win32-arm64': 'win-arm64' };
const vsceTarget = process.argv[2] || `${process.platform}-${process.arch}`;
const rid = byPlatform[vsceTarget];
if (!rid) throw new Error(`no native server for ${vsceTarget}; use npm run package (the universal .vsix)`);
const vsce = path.join(__dirname, '..', 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--target', vsceTarget, '--out', `upgrade-guard-${vsceTarget}.vsix`], {
  stdio: 'inherit',
  cwd: path.join(__dirname, '..'),
  env: { ...process.env, UPGRADEGUARD_VSIX_TARGET: rid },
});
