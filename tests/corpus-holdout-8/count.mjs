// count.mjs - Node 20, no packages. Checks the corpus and prints counts.
import fs from 'node:fs';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
const errors = [];
const err = (m) => errors.push(m);

// Ofcom drama ranges (numbers reserved for TV/radio drama use).
const DRAMA = [
  /^01632960\d{3}$/, /^07700900\d{3}$/, /^020794600\d{2}$/, /^0(113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$/,
  /^02896496\d{3}$/, /^02920180\d{3}$/, /^01914980\d{3}$/, /^08081570\d{3}$/, /^09098790\d{3}$/, /^03069990\d{3}$/,
];

function readDir(kind) {
  const dir = path.join(root, kind);
  return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => ({ name: `${kind}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function scanMarks(name, text) {
  const marks = [];
  let depth = 0, start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '⟪') { if (depth > 0) err(`${name}: nested mark at ${i}`); depth++; start = i; }
    else if (c === '⟫') {
      if (depth === 0) { err(`${name}: unbalanced ⟫ at ${i}`); continue; }
      depth--;
      if (depth === 0) marks.push(text.slice(start + 1, i));
    }
  }
  if (depth !== 0) err(`${name}: unclosed ⟪`);
  return marks;
}

const flagged = readDir('flagged');
const clean = readDir('clean');
const fileMarks = [];
const byLensFile = {};
let cleanWords = 0, flaggedWords = 0;
const audiences = {};

for (const { name, text } of [...flagged, ...clean]) {
  const lines = text.split('\n');
  const m = /^audience: (patient|parent|carer|clinician)$/.exec(lines[0]);
  if (!m) err(`${name}: bad header line "${lines[0]}"`);
  else audiences[m[1]] = (audiences[m[1]] || 0) + 1;
  if (lines[1] !== '') err(`${name}: line 2 not blank`);
  if (!lines[2] || !lines[2].trim()) err(`${name}: letter does not start on line 3`);
  const body = lines.slice(2).join('\n');
  const words = body.replace(/[⟪⟫]/g, '').split(/\s+/).filter(Boolean).length;
  if (words < 90 || words > 400) err(`${name}: ${words} words (need 90-400)`);
  if (name.startsWith('clean/')) cleanWords += words; else flaggedWords += words;
  if (/\|(candour|compassion|respect|clarity)⟫/.test(text)) err(`${name}: lens tag left in final file`);
  const marks = scanMarks(name, text);
  if (name.startsWith('clean/') && (marks.length || /[⟪⟫]/.test(text))) err(`${name}: clean letter has marks`);
  if (name.startsWith('flagged/')) { if (!marks.length) err(`${name}: no marks`); for (const t of marks) fileMarks.push({ file: name, text: t }); }
  // e-mail / web addresses
  const web = /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\bwww\.|\b[\w-]+\.(com|org|net|co\.uk|org\.uk|nhs\.uk|gov\.uk|uk|io)\b/i.exec(body);
  if (web) err(`${name}: e-mail or web address "${web[0]}"`);
  // NHS numbers: any 3-3-4 (or run of 10) digit group
  for (const n of body.matchAll(/(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])/g)) {
    if (n[1] !== '999') err(`${name}: NHS-number-like "${n[0]}" does not start with 999`);
  }
  // phone numbers: UK-style starting 0 or +44, 10-11 digits
  for (const p of body.matchAll(/(?:\+44\s?\(?0?\)?|(?<![\d])0)\d[\d ]{7,12}\d(?![\d])/g)) {
    let digits = p[0].replace(/[^\d+]/g, '');
    if (digits.startsWith('+44')) digits = '0' + digits.slice(3).replace(/^0/, '');
    if (digits.length < 10 || digits.length > 11) continue;
    if (digits.startsWith('999')) continue;
    if (!DRAMA.some(r => r.test(digits))) err(`${name}: phone number "${p[0]}" not in an Ofcom drama range`);
  }
}

// TSV check
const tsvPath = path.join(root, 'marks-by-lens.tsv');
const tsv = fs.readFileSync(tsvPath, 'utf8').split('\n').filter(l => l.length);
if (tsv[0] !== 'file\tmarked_text\tlens') err('TSV: bad header');
const rows = tsv.slice(1).map(l => l.split('\t'));
if (rows.length !== fileMarks.length) err(`TSV: ${rows.length} rows but ${fileMarks.length} marks in flagged/`);
for (let i = 0; i < Math.max(rows.length, fileMarks.length); i++) {
  const r = rows[i], fm = fileMarks[i];
  if (!r || !fm) break;
  if (r.length !== 3) { err(`TSV row ${i + 2}: ${r.length} fields`); continue; }
  if (r[0] !== fm.file || r[1] !== fm.text) { err(`TSV row ${i + 2}: ${r[0]} "${r[1]}" != ${fm.file} "${fm.text}"`); break; }
  if (!LENSES.includes(r[2])) err(`TSV row ${i + 2}: bad lens ${r[2]}`);
  byLensFile[r[2]] = (byLensFile[r[2]] || 0) + 1;
}

const out = [];
out.push(`letters: ${flagged.length + clean.length} (flagged ${flagged.length}, clean ${clean.length})`);
out.push(`audiences: ${Object.entries(audiences).map(([k, v]) => `${k} ${v}`).join(', ')}`);
out.push(`marks: ${fileMarks.length}`);
out.push(`marks by lens: ${LENSES.map(l => `${l} ${byLensFile[l] || 0}`).join(', ')}`);
out.push(`words: clean letters ${cleanWords}, flagged letters ${flaggedWords}`);
console.log(out.join('\n'));
if (errors.length) { console.log(`\nERRORS (${errors.length}):\n` + errors.join('\n')); process.exit(1); }
console.log('all checks passed');
