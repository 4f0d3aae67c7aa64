// Checks the corpus and prints counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const problems = [];
const AUD = new Set(['patient', 'parent', 'carer', 'clinician']);
const list = d => fs.readdirSync(path.join(root, d)).filter(f => f.endsWith('.txt')).sort();
const words = s => s.split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
const audiences = {};
function common(rel, text) {
  const lines = text.split('\n');
  const m = /^audience: (\S+)$/.exec(lines[0]);
  if (!m || !AUD.has(m[1])) problems.push(`${rel}: bad header line 1`);
  else audiences[m[1]] = (audiences[m[1]] || 0) + 1;
  if (lines[1] !== '') problems.push(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n');
  const plain = body.replace(/⟪([^⟪⟫]*?)(\|[a-z]+)?⟫/g, '$1');
  const n = words(plain);
  if (n < 90 || n > 400) problems.push(`${rel}: ${n} words`);
  if (/@|https?:|www\.|\.(com|co\.uk|org|net|nhs\.uk)\b/i.test(body)) problems.push(`${rel}: e-mail or web address`);
  for (const p of body.match(/\b0\d{3,4}[ \d]{6,9}\d\b/g) || []) {
    const d = p.replace(/\s/g, '');
    if (!(/^01632960\d{3}$/.test(d) || /^07700900\d{3}$/.test(d))) problems.push(`${rel}: phone ${p}`);
  }
  for (const p of body.match(/\b\d{3} ?\d{3} ?\d{4}\b/g) || []) {
    const d = p.replace(/\s/g, '');
    if (d.length === 10 && !d.startsWith('999') && !d.startsWith('0')) problems.push(`${rel}: NHS number ${p}`);
  }
  return n;
}
const byLens = {};
let markCount = 0;
const tsvExpected = [];
for (const f of list('draft')) {
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  common(`draft/${f}`, t);
  let depth = 0;
  for (const ch of t) {
    if (ch === '⟪') { depth++; if (depth > 1) { problems.push(`draft/${f}: nested mark`); break; } }
    if (ch === '⟫') { depth--; if (depth < 0) { problems.push(`draft/${f}: unbalanced`); break; } }
  }
  if (depth !== 0) problems.push(`draft/${f}: unbalanced marks`);
  const opens = (t.match(/⟪/g) || []).length;
  const ms = [...t.matchAll(/⟪([^⟪⟫]*?)\|(clarity|respect|compassion|candour)⟫/g)];
  if (ms.length !== opens) problems.push(`draft/${f}: ${opens - ms.length} malformed marks`);
  for (const m of ms) { byLens[m[2]] = (byLens[m[2]] || 0) + 1; markCount++; tsvExpected.push(`flagged/${f}\t${m[1]}\t${m[2]}`); }
  const fl = path.join(root, 'flagged', f);
  if (!fs.existsSync(fl)) problems.push(`flagged/${f} missing`);
  else if (fs.readFileSync(fl, 'utf8') !== t.replace(/⟪([^⟪⟫]*?)\|[a-z]+⟫/g, '⟪$1⟫')) problems.push(`flagged/${f} out of date`);
}
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').trimEnd().split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') problems.push('TSV header wrong');
if (tsv.slice(1).join('\n') !== tsvExpected.join('\n')) problems.push('TSV does not match marks');
let cleanWords = 0;
for (const f of list('clean')) {
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  if (/[⟪⟫]/.test(t)) problems.push(`clean/${f}: has a mark`);
  cleanWords += common(`clean/${f}`, t);
}
console.log(`flagged letters: ${list('draft').length}`);
console.log(`clean letters: ${list('clean').length}`);
console.log(`marks: ${markCount}`);
for (const k of ['clarity', 'respect', 'compassion', 'candour']) console.log(`  ${k}: ${byLens[k] || 0}`);
console.log(`words in clean letters: ${cleanWords}`);
console.log(`audiences: ${Object.entries(audiences).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`problems: ${problems.length}`);
for (const p of problems) console.log('  ' + p);
process.exit(problems.length ? 1 : 0);
