// Node 20, no packages. Validates flagged/, clean/, marks-by-lens.tsv and prints counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const errs = [];
const AUD = /^audience: (patient|parent|carer|clinician)$/;
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').trimEnd().split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') errs.push('TSV header wrong');
const tsvRows = tsv.slice(1).map(l => l.split('\t'));
const words = s => s.replace(/[⟪⟫]/g, '').split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
function common(file, text) {
  const lines = text.split('\n');
  if (!AUD.test(lines[0])) errs.push(`${file}: bad header line`);
  if (lines[1] !== '') errs.push(`${file}: line 2 not blank`);
  const body = lines.slice(2).join('\n');
  const n = words(body);
  if (n < 90 || n > 400) errs.push(`${file}: ${n} words`);
  for (const m of body.matchAll(/(?<![\d/])(\+44\s?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d/])/g)) {
    const p = m[0].replace(/[ -]/g, '');
    if (!/^(01632960\d{3}|07700900\d{3}|0113496\d{4}|0207946\d{4}|0808157\d{4}|0306999\d{4})$/.test(p)) errs.push(`${file}: non-drama phone ${m[0]}`);
  }
  for (const m of body.matchAll(/(?<![\d/])[1-9]\d{2} ?\d{3} ?\d{4}(?![\d/])/g)) {
    if (!m[0].startsWith('999')) errs.push(`${file}: NHS-like number not 999: ${m[0]}`);
  }
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(body)) errs.push(`${file}: e-mail address`);
  if (/(https?:\/\/|www\.|\b[a-z0-9-]+\.(co\.uk|nhs\.uk|org|com|uk|net)\b)/i.test(body)) errs.push(`${file}: web address`);
  return { lines, body, n };
}
const byLens = {}; let letters = 0, marks = 0; const aud = {};
let ti = 0;
for (const f of fs.readdirSync(path.join(root, 'flagged')).filter(f => f.endsWith('.txt')).sort()) {
  const file = `flagged/${f}`;
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const { lines } = common(file, text);
  letters++; aud[lines[0]] = (aud[lines[0]] || 0) + 1;
  // balance / nesting
  let depth = 0, cur = '', found = [];
  for (const ch of text) {
    if (ch === '⟪') { if (depth) errs.push(`${file}: nested mark`); depth++; cur = ''; }
    else if (ch === '⟫') { if (!depth) errs.push(`${file}: unbalanced close`); else { found.push(cur); depth--; } }
    else if (depth) cur += ch;
  }
  if (depth) errs.push(`${file}: unclosed mark`);
  if (/\|/.test(found.join(''))) errs.push(`${file}: lens left in mark`);
  if (!found.length) errs.push(`${file}: no marks`);
  for (const t of found) {
    const r = tsvRows[ti++];
    if (!r || r[0] !== file || r[1] !== t) errs.push(`${file}: TSV mismatch at mark "${t}" vs ${r ? r.join('|') : 'EOF'}`);
    else { byLens[r[2]] = (byLens[r[2]] || 0) + 1; marks++; }
  }
}
if (ti !== tsvRows.length) errs.push(`TSV has ${tsvRows.length} rows but files have ${ti} marks`);
let cleanN = 0, cleanWords = 0;
for (const f of fs.readdirSync(path.join(root, 'clean')).filter(f => f.endsWith('.txt')).sort()) {
  const file = `clean/${f}`;
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const { n, lines } = common(file, text);
  if (/[⟪⟫]/.test(text)) errs.push(`${file}: has marks`);
  cleanN++; cleanWords += n; aud['clean ' + lines[0]] = (aud['clean ' + lines[0]] || 0) + 1;
}
console.log(`flagged letters: ${letters}`);
console.log(`marks: ${marks}`);
for (const l of ['candour', 'compassion', 'respect', 'clarity']) console.log(`  ${l}: ${byLens[l] || 0}`);
console.log(`clean letters: ${cleanN}`);
console.log(`words in clean letters: ${cleanWords}`);
console.log('audiences:', JSON.stringify(aud));
if (errs.length) { console.log(`\n${errs.length} problem(s):`); for (const e of errs) console.log('  ' + e); process.exit(1); }
console.log('all checks passed');
