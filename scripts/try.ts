/** Quick look at what the engine finds, straight from the content (no build needed). Usage: tsx scripts/try.ts [--audience parent] "text" */
import { loadContent } from '../compiler/load-content.js';
import { createChecker } from '../engine/checker.js';
import type { Audience } from '../engine/types.js';

const args = process.argv.slice(2);
let audience: Audience = 'patient';
const i = args.indexOf('--audience');
if (i >= 0) {
  audience = args[i + 1] as Audience;
  args.splice(i, 2);
}
const text = args.join(' ');
let content;
try {
  content = loadContent();
} catch (e) {
  console.error(String((e as Error).message).split('\n').slice(0, 30).join('\n'));
  console.error('(content has errors; fix them first)');
  process.exit(1);
}
const result = createChecker(content.ruleset).analyse(text, { audience });
for (const f of result.findings) console.log(`${f.line}:${f.column}  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(32)} "${f.actual}" -> ${JSON.stringify(f.suggestions)}`);
console.log(JSON.stringify(result.summary));
