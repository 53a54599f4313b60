// Parses a JUnit XML report with junit2json and prints what it read as JSON (the CLI tests assert on it).
// Usage: node read-junit.mjs REPORT.xml
import { readFile } from 'node:fs/promises';
import { parse } from 'junit2json';

const xml = await readFile(process.argv[2], 'utf8');
const report = await parse(xml);
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
