// Reads Azure Pipelines logging commands with azure-pipelines-task-lib's own parser (commandFromString), as the
// agent does, and prints [{command, properties, message}] as JSON; lines that are not commands come out as {text}.
// Usage: node read-azure-pipelines.mjs LOG.txt
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { commandFromString } = require('azure-pipelines-task-lib/taskcommand');
const text = await readFile(process.argv[2], 'utf8');
const out = [];
for (const line of text.split('\n')) {
  if (line.length === 0) continue;
  if (!line.startsWith('##vso[')) { out.push({ text: line }); continue; }
  const command = commandFromString(line);
  out.push({ command: command.command, properties: command.properties, message: command.message });
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
