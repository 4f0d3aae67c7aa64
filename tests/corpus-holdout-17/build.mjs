// Build flagged/ and marks-by-lens.tsv from draft/. Fails if clean/ contains a mark.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = new Set(['clarity', 'respect', 'compassion', 'candour']);
const MARK = /⟪([^⟪⟫|]+)\|([a-z]+)⟫/g;
let failed = false;
const fail = (m) => { console.error('ERROR: ' + m); failed = true; };

for (const f of fs.readdirSync(path.join(root, 'clean')).filter((f) => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  if (/[⟪⟫]/.test(t)) fail(`clean/${f} contains a mark`);
}

const outDir = path.join(root, 'flagged');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir);
const rows = ['file\tmarked_text\tlens'];
for (const f of fs.readdirSync(path.join(root, 'draft')).filter((f) => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  for (const m of t.matchAll(MARK)) {
    if (!LENSES.has(m[2])) fail(`draft/${f}: unknown lens ${m[2]}`);
    rows.push(`flagged/${f}\t${m[1]}\t${m[2]}`);
  }
  const out = t.replace(MARK, '⟪$1⟫');
  if (/\|[a-z]+⟫/.test(out) || (out.match(/⟪/g) || []).length !== (out.match(/⟫/g) || []).length) fail(`draft/${f}: malformed mark`);
  fs.writeFileSync(path.join(outDir, f), out);
}
fs.writeFileSync(path.join(root, 'marks-by-lens.tsv'), rows.join('\n') + '\n');
if (failed) process.exit(1);
console.log(`built ${fs.readdirSync(outDir).length} flagged files, ${rows.length - 1} marks`);
