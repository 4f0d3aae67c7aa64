// Checks the corpus and prints counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = ['clarity', 'respect', 'compassion', 'candour'];
const AUD = new Set(['patient', 'parent', 'carer', 'clinician']);
const problems = [];
const p = (s) => problems.push(s);
const list = (d) => fs.readdirSync(path.join(root, d)).filter(f => f.endsWith('.txt')).sort();
const audiences = {};
function checkCommon(rel, text) {
  const lines = text.split('\n');
  const m = /^audience: (\w+)$/.exec(lines[0] || '');
  if (!m || !AUD.has(m[1])) p(`${rel}: bad header line 1`);
  else audiences[m[1]] = (audiences[m[1]] || 0) + 1;
  if (lines[1] !== '') p(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n').replace(/[⟪⟫]/g, ' ').replace(/\|(clarity|respect|compassion|candour)/g, '');
  const words = body.split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
  if (words < 90 || words > 400) p(`${rel}: ${words} words (need 90-400)`);
  if (/@|https?:|www\.|\.(com|org|uk|net)\b/i.test(body)) p(`${rel}: e-mail or web address`);
  // phone numbers: UK-style 0 followed by digits
  for (const ph of body.match(/\b0\d{3,4}[ \d]{6,9}\d\b/g) || []) {
    const d = ph.replace(/\s/g, '');
    const ok = /^01632960\d{3}$/.test(d) || /^07700900\d{3}$/.test(d);
    if (!ok) p(`${rel}: phone number outside drama range: ${ph}`);
  }
  for (const nhs of body.match(/NHS(?: number| No\.?| No)?:? *(\d[\d ]{9,11}\d)/gi) || []) {
    const d = nhs.replace(/\D/g, '');
    if (!d.startsWith('999')) p(`${rel}: NHS number not starting 999: ${nhs}`);
  }
  for (const num of body.match(/\b\d{3} \d{3} \d{4}\b/g) || []) {
    if (!num.startsWith('999')) p(`${rel}: 10-digit number not starting 999: ${num}`);
  }
  return words;
}
// flagged
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').trim().split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') p('marks-by-lens.tsv: bad header');
const tsvRows = tsv.slice(1);
const expected = [];
const byLens = Object.fromEntries(LENSES.map(l => [l, 0]));
const draft = list('draft');
const flagged = list('flagged');
if (draft.join() !== flagged.join()) p('draft/ and flagged/ file lists differ');
for (const f of draft) {
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  checkCommon(`draft/${f}`, t);
  // balanced, non-nested
  let depth = 0;
  for (const ch of t) {
    if (ch === '⟪') { depth++; if (depth > 1) { p(`draft/${f}: nested mark`); break; } }
    if (ch === '⟫') { depth--; if (depth < 0) { p(`draft/${f}: unbalanced ⟫`); break; } }
  }
  if (depth !== 0) p(`draft/${f}: unbalanced marks`);
  const re = /⟪([^⟪⟫]*)⟫/g; let m;
  while ((m = re.exec(t))) {
    const parts = m[1].split('|');
    if (parts.length !== 2 || !LENSES.includes(parts[1]) || !parts[0].trim()) { p(`draft/${f}: bad mark ⟪${m[1]}⟫`); continue; }
    expected.push(`flagged/${f}\t${parts[0]}\t${parts[1]}`);
    byLens[parts[1]]++;
  }
  const fl = fs.existsSync(path.join(root, 'flagged', f)) ? fs.readFileSync(path.join(root, 'flagged', f), 'utf8') : '';
  if (fl !== t.replace(/⟪([^⟪⟫|]*)\|[a-z]+⟫/g, '⟪$1⟫')) p(`flagged/${f}: does not match draft with lenses removed`);
}
if (expected.join('\n') !== tsvRows.join('\n')) p('marks-by-lens.tsv does not match marks in draft/ (rebuild)');
// clean
let cleanWords = 0;
const clean = list('clean');
for (const f of clean) {
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  if (/[⟪⟫]/.test(t)) p(`clean/${f}: contains a mark`);
  cleanWords += checkCommon(`clean/${f}`, t);
}
const total = Object.values(byLens).reduce((a, b) => a + b, 0);
console.log(`flagged letters: ${draft.length}`);
console.log(`clean letters: ${clean.length}`);
console.log(`marks: ${total} (${LENSES.map(l => `${l} ${byLens[l]}`).join(', ')})`);
console.log(`words in clean letters: ${cleanWords}`);
console.log(`audiences: ${Object.entries(audiences).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`problems: ${problems.length}`);
for (const s of problems) console.log('  ' + s);
process.exit(problems.length ? 1 : 0);
