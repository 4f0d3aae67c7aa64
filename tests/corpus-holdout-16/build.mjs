// Builds flagged/ and marks-by-lens.tsv from draft/. Fails if clean/ contains a mark.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = new Set(['clarity', 'respect', 'compassion', 'candour']);
const markRe = /⟪([^⟪⟫]*?)\|([a-z]+)⟫/g;
let fail = false;
for (const f of fs.readdirSync(path.join(root, 'clean')).filter(f => f.endsWith('.txt'))) {
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  if (/[⟪⟫]/.test(t)) { console.error(`clean/${f} contains a mark`); fail = true; }
}
fs.rmSync(path.join(root, 'flagged'), { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'flagged'));
const rows = ['file\tmarked_text\tlens'];
for (const f of fs.readdirSync(path.join(root, 'draft')).filter(f => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  for (const m of t.matchAll(markRe)) {
    if (!LENSES.has(m[2])) { console.error(`draft/${f}: bad lens ${m[2]}`); fail = true; }
    rows.push(`flagged/${f}\t${m[1]}\t${m[2]}`);
  }
  fs.writeFileSync(path.join(root, 'flagged', f), t.replace(markRe, '⟪$1⟫'));
}
fs.writeFileSync(path.join(root, 'marks-by-lens.tsv'), rows.join('\n') + '\n');
if (fail) process.exit(1);
console.log(`built ${rows.length - 1} marks`);
