// Reads a Checkstyle XML report with danger-plugin-lint-report's parser (xml-js, then parseCheckstyle, as the plugin
// does before it comments on a pull request) and prints the violations as JSON.
// Usage: node read-checkstyle.mjs REPORT.xml ROOT
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { xml2js } = require('xml-js');
const { parseCheckstyle } = require('danger-plugin-lint-report/dist/parse/checkstyle_parser');
const xml = await readFile(process.argv[2], 'utf8');
const violations = parseCheckstyle(xml2js(xml), process.argv[3] ?? '');
process.stdout.write(JSON.stringify(violations, null, 2) + '\n');
