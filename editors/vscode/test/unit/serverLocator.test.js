'use strict';
// Unit tests of the server search order (node --test test/unit): setting, then PATH, then the bundled server.
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { locateServer, catalogArguments } = require('../../src/serverLocator');

const bin = path.join(path.sep, 'usr', 'local', 'bin');
const ext = path.join(path.sep, 'ext');
const bundled = path.join(ext, 'server', 'upgrade-guard.dll');
const files = (...present) => file => present.includes(file);

test('the setting wins over PATH and the bundled server', () => {
  const configured = path.join(path.sep, 'opt', 'ug', 'upgrade-guard');
  const found = locateServer({ configuredPath: configured, extensionPath: ext, env: { PATH: bin }, exists: files(configured, path.join(bin, 'upgrade-guard'), bundled) });
  assert.deepStrictEqual(found, { command: configured, args: [], source: 'setting' });
});

test('a setting that names a missing file is an error naming it, with no fallback', () => {
  const found = locateServer({ configuredPath: '/nowhere/upgrade-guard', extensionPath: ext, env: { PATH: bin }, exists: files(path.join(bin, 'upgrade-guard')) });
  assert.match(found.error, /upgradeGuard\.server\.path does not exist: \/nowhere\/upgrade-guard/);
});

test('a setting naming the dll starts it with dotnet', () => {
  const dll = '/opt/ug/upgrade-guard.dll';
  const found = locateServer({ configuredPath: dll, extensionPath: ext, env: { PATH: bin }, exists: files(dll, path.join(bin, 'dotnet')) });
  assert.deepStrictEqual(found, { command: path.join(bin, 'dotnet'), args: [dll], source: 'setting' });
});

test('upgrade-guard on PATH comes before the bundled server', () => {
  const found = locateServer({ configuredPath: '', extensionPath: ext, env: { PATH: ['/a', bin].join(path.delimiter) }, exists: files(path.join(bin, 'upgrade-guard'), bundled) });
  assert.deepStrictEqual(found, { command: path.join(bin, 'upgrade-guard'), args: [], source: 'PATH' });
});

test('the bundled server runs on the dotnet from PATH', () => {
  const found = locateServer({ configuredPath: '', extensionPath: ext, env: { PATH: bin }, exists: files(bundled, path.join(bin, 'dotnet')) });
  assert.deepStrictEqual(found, { command: path.join(bin, 'dotnet'), args: [bundled], source: 'bundled' });
});

test('the bundled server without dotnet says to install .NET', () => {
  const found = locateServer({ configuredPath: '', extensionPath: ext, env: { PATH: bin }, exists: files(bundled) });
  assert.match(found.error, /needs the \.NET 10 runtime/);
});

test('nothing at all says what to install', () => {
  const found = locateServer({ configuredPath: undefined, extensionPath: ext, env: {}, exists: files() });
  assert.match(found.error, /dotnet tool install --global UpgradeGuard\.Tool/);
});

test('catalogs become --catalog arguments, relative ones from the workspace folder', () => {
  assert.deepStrictEqual(catalogArguments(['cat/next.yaml', '/abs/c.yaml', ''], '/ws'), ['--catalog', path.join('/ws', 'cat/next.yaml'), '--catalog', '/abs/c.yaml']);
  assert.deepStrictEqual(catalogArguments(undefined, '/ws'), []);
});
