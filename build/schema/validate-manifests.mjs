#!/usr/bin/env node
// Validates upgrade manifests against the JSON Schema with the real YAML language server (Red Hat's
// yaml-language-server, the one behind VS Code's YAML extension), driven over stdio as an editor drives it:
// initialize, the settings an editor sends (yaml.schemas mapping the schema to *.upgrade.yaml / *.upgrade.yml,
// yaml.validate), textDocument/didOpen for every file, then textDocument/publishDiagnostics collected.
//
// Usage: node validate-manifests.mjs [--schema FILE] PATH...
//   PATH: manifest files (*.upgrade.yaml / *.upgrade.yml) or folders searched for them (not recursively).
// Prints one JSON document on stdout:
//   {"validator":"yaml-language-server","version":"1.25.0","schema":"file:///...","files":[
//     {"file":"...","diagnostics":[{"line":1,"column":1,"endLine":1,"endColumn":5,"severity":"error","message":"...","source":"...","code":...}]}]}
// Lines and columns are 1-based. Exit code: 0 no diagnostics, 1 diagnostics, 2 bad arguments or a server failure.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const manifestName = /\.upgrade\.ya?ml$/i;
const timeoutMs = Number(process.env.UPGRADEGUARD_SCHEMA_TIMEOUT_MS || 60000);

function fail(message) {
  process.stderr.write(`validate-manifests: ${message}\n`);
  process.exit(2);
}

// ---- arguments ----
let schemaPath = path.join(repoRoot, 'docs', 'schema', 'upgrade-manifest-v1.schema.json');
const inputs = [];
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (arg === '--schema') {
    if (++i >= process.argv.length) fail('--schema needs a file');
    schemaPath = path.resolve(process.argv[i]);
  } else if (arg === '--help' || arg === '-h') {
    process.stdout.write('usage: node validate-manifests.mjs [--schema FILE] PATH...\n');
    process.exit(0);
  } else {
    inputs.push(path.resolve(arg));
  }
}
if (inputs.length === 0) fail('no manifest given');
try {
  JSON.parse(readFileSync(schemaPath, 'utf8'));
} catch (e) {
  fail(`cannot read the schema ${schemaPath}: ${e.message}`);
}

const files = [];
for (const input of inputs) {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    fail(`no such file or folder: ${input}`);
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(input).sort()) {
      if (manifestName.test(name) && statSync(path.join(input, name)).isFile()) files.push(path.join(input, name));
    }
  } else if (manifestName.test(input)) {
    files.push(input);
  } else {
    // The schema is mapped to manifests by name, as in the editor settings docs/editors.md recommends.
    fail(`not a manifest name (*.upgrade.yaml or *.upgrade.yml): ${input}`);
  }
}
if (files.length === 0) fail('no *.upgrade.yaml or *.upgrade.yml file found');

// ---- the server ----
const serverPackage = require.resolve('yaml-language-server/package.json');
const serverVersion = JSON.parse(readFileSync(serverPackage, 'utf8')).version;
const serverMain = path.join(path.dirname(serverPackage), 'bin', 'yaml-language-server');
const schemaUri = pathToFileURL(schemaPath).href;

const settings = {
  yaml: {
    validate: true,
    hover: false,
    completion: false,
    format: { enable: false },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
    yamlVersion: '1.2',
    schemas: { [schemaUri]: ['*.upgrade.yaml', '*.upgrade.yml'] },
  },
  http: { proxy: '', proxyStrictSSL: false },
};

const server = spawn(process.execPath, [serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
let serverErrors = '';
server.stderr.on('data', (chunk) => {
  serverErrors += chunk.toString('utf8');
});
server.on('exit', (code, signal) => {
  if (!finished) fail(`the language server exited early (code ${code}, signal ${signal}): ${serverErrors.trim()}`);
});

const timer = setTimeout(() => {
  server.kill();
  fail(`no answer from the language server within ${timeoutMs} ms; diagnostics received for ${received.size} of ${files.length} files. ${serverErrors.trim()}`);
}, timeoutMs);

let finished = false;
let nextId = 1;
const pending = new Map();
const received = new Map(); // uri -> diagnostics
const uris = new Map(); // uri -> file
let onAllDiagnostics = null;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
}

function notify(method, params) {
  send({ method, params });
}

function configurationFor(item) {
  if (item.section === 'yaml') return settings.yaml;
  if (item.section === 'http') return settings.http;
  return null;
}

function handle(message) {
  if (message.id !== undefined && message.method === undefined) {
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
    else call.resolve(message.result);
    return;
  }
  if (message.id !== undefined) {
    // A request from the server: workspace/configuration gets the settings; anything else an empty answer.
    const result = message.method === 'workspace/configuration' ? message.params.items.map(configurationFor) : null;
    send({ id: message.id, result });
    return;
  }
  if (message.method === 'textDocument/publishDiagnostics' && uris.has(message.params.uri)) {
    received.set(message.params.uri, message.params.diagnostics);
    if (received.size === uris.size && onAllDiagnostics) onAllDiagnostics();
  }
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const header = buffer.subarray(0, headerEnd).toString('ascii');
    const match = /Content-Length: *(\d+)/i.exec(header);
    if (!match) fail(`bad message header from the language server: ${header}`);
    const length = Number(match[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + length);
    handle(JSON.parse(body));
  }
});

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function main() {
  await request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'upgradeguard-schema-validator' },
    rootUri: pathToFileURL(repoRoot).href,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { publishDiagnostics: { relatedInformation: false } },
    },
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings });
  // The server pulls the settings (workspace/configuration, answered above) and applies them asynchronously;
  // codeLens waits for that, so once it answers every document opened next is validated against the schema.
  await request('textDocument/codeLens', { textDocument: { uri: pathToFileURL(path.join(repoRoot, 'settings-applied.upgrade.yaml')).href } });

  const allDiagnostics = new Promise((resolve) => {
    onAllDiagnostics = resolve;
  });
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    uris.set(uri, file);
    // An editor drops the UTF-8 byte order mark before it hands the text to a language server.
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }
  await allDiagnostics;

  const result = {
    validator: 'yaml-language-server',
    version: serverVersion,
    node: process.version,
    schema: schemaUri,
    files: [...uris].map(([uri, file]) => ({
      file,
      diagnostics: received.get(uri).map((d) => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severities[d.severity] ?? 'error',
        message: d.message,
        source: d.source ?? null,
        code: d.code ?? null,
      })),
    })),
  };

  finished = true;
  clearTimeout(timer);
  try {
    await Promise.race([request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
    notify('exit', null);
  } catch {
    // the results are complete; a server that does not shut down cleanly is killed below
  }
  server.stdin.end();
  setTimeout(() => server.kill(), 1000).unref();
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exitCode = result.files.some((f) => f.diagnostics.length > 0) ? 1 : 0;
}

main().catch((e) => {
  server.kill();
  fail(`${e.message} ${serverErrors.trim()}`);
});
