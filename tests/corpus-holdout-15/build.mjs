// Build flagged/ and marks-by-lens.tsv from draft/. Fails if clean/ has any mark.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = new Set(['clarity', 'respect', 'compassion', 'candour']);
const markRe = /⟪([^⟪⟫]*?)\|([a-z]+)⟫/g;
let errors = 0;
for (const f of fs.readdirSync(path.join(root, 'clean')).filter(f => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  if (/[⟪⟫]/.test(t)) { console.error(`clean/${f} contains a mark`); errors++; }
}
const outDir = path.join(root, 'flagged');
fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) fs.unlinkSync(path.join(outDir, f));
const rows = ['file\tmarked_text\tlens'];
for (const f of fs.readdirSync(path.join(root, 'draft')).filter(f => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  for (const m of t.matchAll(markRe)) {
    if (!LENSES.has(m[2])) { console.error(`draft/${f}: bad lens "${m[2]}" on "${m[1]}"`); errors++; }
    if (/[\t\n]/.test(m[1])) { console.error(`draft/${f}: mark contains tab/newline: "${m[1]}"`); errors++; }
    rows.push(`flagged/${f}\t${m[1]}\t${m[2]}`);
  }
  const out = t.replace(markRe, '⟪$1⟫');
  if (/\|[a-z]+⟫/.test(out)) { console.error(`draft/${f}: leftover lens`); errors++; }
  fs.writeFileSync(path.join(outDir, f), out);
}
fs.writeFileSync(path.join(root, 'marks-by-lens.tsv'), rows.join('\n') + '\n');
if (errors) { console.error(`${errors} error(s)`); process.exit(1); }
console.log(`built ${fs.readdirSync(outDir).length} flagged letters, ${rows.length - 1} marks`);
