// Builds flagged/ and marks-by-lens.tsv from draft/. Fails if clean/ has any mark.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = new Set(['clarity', 'respect', 'compassion', 'candour']);
const draftDir = path.join(root, 'draft'), flaggedDir = path.join(root, 'flagged'), cleanDir = path.join(root, 'clean');
let failed = false;
for (const f of fs.readdirSync(cleanDir).filter(f => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(cleanDir, f), 'utf8');
  if (/[⟪⟫]/.test(t)) { console.error(`clean/${f}: contains a mark`); failed = true; }
}
fs.rmSync(flaggedDir, { recursive: true, force: true });
fs.mkdirSync(flaggedDir);
const rows = ['file\tmarked_text\tlens'];
for (const f of fs.readdirSync(draftDir).filter(f => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(draftDir, f), 'utf8');
  const re = /⟪([^⟪⟫|]+)\|([^⟪⟫|]*)⟫/g;
  let m;
  while ((m = re.exec(t))) {
    if (!LENSES.has(m[2])) { console.error(`draft/${f}: bad lens "${m[2]}" on "${m[1]}"`); failed = true; }
    rows.push(`flagged/${f}\t${m[1]}\t${m[2]}`);
  }
  const out = t.replace(re, '⟪$1⟫');
  fs.writeFileSync(path.join(flaggedDir, f), out);
}
fs.writeFileSync(path.join(root, 'marks-by-lens.tsv'), rows.join('\n') + '\n');
if (failed) { console.error('build FAILED'); process.exit(1); }
console.log(`built ${fs.readdirSync(flaggedDir).length} flagged letters, ${rows.length - 1} marks`);
