'use strict';
// Finds the language server: the upgradeGuard.server.path setting, else `upgrade-guard` on PATH, else the
// framework-dependent server bundled in the extension (server/upgrade-guard.dll, started with `dotnet` on PATH).
// Pure: the file system and the environment come in as arguments, so unit tests drive every branch.
const path = require('path');

const isWindows = process.platform === 'win32';

function findOnPath(name, env, exists) {
  const dirs = (env.PATH || env.Path || '').split(path.delimiter).filter(Boolean);
  const names = isWindows ? [name + '.exe', name + '.cmd', name] : [name];
  for (const dir of dirs) {
    for (const candidate of names) {
      const full = path.join(dir, candidate);
      if (exists(full)) return full;
    }
  }
  return undefined;
}

/**
 * @returns {{command: string, args: string[], source: string} | {error: string}}
 *   args are the arguments that precede the subcommand (`lsp`, `plan`).
 */
function locateServer({ configuredPath, extensionPath, env, exists }) {
  if (configuredPath && configuredPath.trim() !== '') {
    const configured = configuredPath.trim();
    if (!exists(configured)) {
      return { error: `The UpgradeGuard server set in upgradeGuard.server.path does not exist: ${configured}. Fix the setting, or clear it to use upgrade-guard from PATH.` };
    }
    if (configured.toLowerCase().endsWith('.dll')) return withDotnet(configured, env, exists, 'setting');
    return { command: configured, args: [], source: 'setting' };
  }
  const onPath = findOnPath('upgrade-guard', env, exists);
  if (onPath) return { command: onPath, args: [], source: 'PATH' };
  const bundled = path.join(extensionPath, 'server', 'upgrade-guard.dll');
  if (exists(bundled)) return withDotnet(bundled, env, exists, 'bundled');
  return { error: 'UpgradeGuard cannot start its language server: install the tool (dotnet tool install --global UpgradeGuard.Tool), or set upgradeGuard.server.path.' };
}

function withDotnet(dll, env, exists, source) {
  const dotnet = findOnPath('dotnet', env, exists);
  if (!dotnet) {
    return { error: `UpgradeGuard needs the .NET 10 runtime to start ${path.basename(dll)}: install .NET 10 (dotnet on PATH), or install the tool (dotnet tool install --global UpgradeGuard.Tool).` };
  }
  return { command: dotnet, args: [dll], source };
}

/** The --catalog arguments for the catalogs setting, relative paths taken from the workspace folder. */
function catalogArguments(catalogs, workspaceFolder) {
  const args = [];
  for (const catalog of catalogs || []) {
    if (!catalog) continue;
    args.push('--catalog', workspaceFolder && !path.isAbsolute(catalog) ? path.join(workspaceFolder, catalog) : catalog);
  }
  return args;
}

module.exports = { locateServer, catalogArguments, findOnPath };
