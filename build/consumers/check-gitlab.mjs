// Type-checks a GitLab Code Quality report against the Code Climate types (codeclimate-types) with the TypeScript
// compiler: the report becomes `const report: Issue[] = <report>;` and must compile under --strict.
// Prints the compiler's diagnostics and exits 1 when there are any.
// Usage: node check-gitlab.mjs REPORT.json
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const here = path.dirname(fileURLToPath(import.meta.url));
const json = await readFile(process.argv[2], 'utf8');
JSON.parse(json); // not JSON: fail here with the parser's message
const fileName = path.join(here, '__report.ts');
const source = `import type { Issue } from 'codeclimate-types';\nexport const report: Issue[] = ${json};\n`;
const options = { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] };
const host = ts.createCompilerHost(options);
const read = host.readFile.bind(host);
host.readFile = (name) => (path.resolve(name) === fileName ? source : read(name));
const exists = host.fileExists.bind(host);
host.fileExists = (name) => path.resolve(name) === fileName || exists(name);
const program = ts.createProgram([fileName], options, host);
const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
for (const problem of problems) console.log(problem);
console.log(`${problems.length} type errors`);
process.exit(problems.length === 0 ? 0 : 1);
