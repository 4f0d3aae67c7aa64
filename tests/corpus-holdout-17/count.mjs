// Validate the corpus and print counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const problems = [];
const AUD = new Set(['patient', 'parent', 'carer', 'clinician']);
const list = (d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort();
const words = (t) => t.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const audiences = {};

function checkCommon(rel, t) {
  const lines = t.split('\n');
  const m = /^audience: (\S+)$/.exec(lines[0] || '');
  if (!m || !AUD.has(m[1])) problems.push(`${rel}: bad header line 1`);
  else audiences[m[1]] = (audiences[m[1]] || 0) + 1;
  if (lines[1] !== '') problems.push(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n').replace(/[⟪⟫]/g, ' ');
  const n = words(body);
  if (n < 90 || n > 400) problems.push(`${rel}: ${n} words (want 90-400)`);
  if (/@|https?:|www\.|\.(com|org|uk|net)\b/i.test(body)) problems.push(`${rel}: e-mail or web address`);
  // phone numbers: any run of 10-11 digits (spaces allowed) starting 0
  for (const p of body.matchAll(/\b0\d[\d ]{8,12}\d\b/g)) {
    const d = p[0].replace(/ /g, '');
    if (!/^01632960\d{3}$/.test(d) && !/^07700900\d{3}$/.test(d)) problems.push(`${rel}: phone ${p[0]} outside drama range`);
  }
  for (const p of body.matchAll(/NHS[^\n]{0,12}?(\d{3} ?\d{3} ?\d{4})/g)) {
    if (!p[1].startsWith('999')) problems.push(`${rel}: NHS number ${p[1]} does not start 999`);
  }
  for (const p of body.matchAll(/\b\d{3} \d{3} \d{4}\b/g)) {
    if (!p[0].startsWith('999')) problems.push(`${rel}: number ${p[0]} looks like an NHS number not starting 999`);
  }
  return n;
}

const byLens = { clarity: 0, respect: 0, compassion: 0, candour: 0 };
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').trimEnd().split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') problems.push('TSV: bad header');
const expected = ['file\tmarked_text\tlens'];
let flaggedWords = 0;
const draft = list('draft');
for (const f of draft) {
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  flaggedWords += checkCommon(`draft/${f}`, t);
  let depth = 0;
  for (const ch of t) {
    if (ch === '⟪') { depth++; if (depth > 1) problems.push(`draft/${f}: nested mark`); }
    if (ch === '⟫') { depth--; if (depth < 0) problems.push(`draft/${f}: unbalanced ⟫`); depth = Math.max(depth, 0); }
  }
  if (depth !== 0) problems.push(`draft/${f}: unclosed ⟪`);
  const marks = [...t.matchAll(/⟪([^⟪⟫]*)⟫/g)];
  if (marks.length === 0) problems.push(`draft/${f}: no marks`);
  for (const m of marks) {
    const mm = /^([^|]+)\|(clarity|respect|compassion|candour)$/.exec(m[1]);
    if (!mm) { problems.push(`draft/${f}: bad mark ${m[0]}`); continue; }
    byLens[mm[2]]++;
    expected.push(`flagged/${f}\t${mm[1]}\t${mm[2]}`);
  }
  const fl = path.join(root, 'flagged', f);
  if (!fs.existsSync(fl)) problems.push(`flagged/${f} missing`);
  else if (fs.readFileSync(fl, 'utf8') !== t.replace(/⟪([^⟪⟫|]+)\|[a-z]+⟫/g, '⟪$1⟫')) problems.push(`flagged/${f} out of date`);
}
if (list('flagged').length !== draft.length) problems.push('flagged/ and draft/ differ in file count');
if (tsv.join('\n') !== expected.join('\n')) problems.push('TSV does not match marks in draft/ (run build.mjs)');
let cleanWords = 0;
const clean = list('clean');
for (const f of clean) {
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  cleanWords += checkCommon(`clean/${f}`, t);
  if (/[⟪⟫]/.test(t)) problems.push(`clean/${f}: contains a mark`);
}
const total = Object.values(byLens).reduce((a, b) => a + b, 0);
console.log(`flagged letters: ${draft.length}`);
console.log(`clean letters: ${clean.length}`);
console.log(`marks: ${total} (clarity ${byLens.clarity}, respect ${byLens.respect}, compassion ${byLens.compassion}, candour ${byLens.candour})`);
console.log(`words in flagged letters: ${flaggedWords}`);
console.log(`words in clean letters: ${cleanWords}`);
console.log(`audiences: ${Object.entries(audiences).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`problems: ${problems.length}`);
for (const p of problems) console.log('  - ' + p);
process.exit(problems.length ? 1 : 0);
