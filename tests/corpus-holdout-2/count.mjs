// Checks the corpus and prints its counts.  Usage: node count.mjs
// Checks: header line + blank line; every ⟪ has a ⟫ (no nesting, none in clean/);
// marks-by-lens.tsv rows equal the marks in flagged/, in file order;
// lens values; clinician letters carry no clarity marks; 6-15 marks per flagged letter;
// word ranges (flagged 80-350, clean 250-450); phone numbers only from Ofcom drama
// ranges; NHS numbers start 999.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const LENSES = ['clarity', 'compassion', 'respect', 'candour'];
const AUDIENCES = ['patient', 'parent', 'carer', 'clinician'];
const errors = [];
const err = (m) => errors.push(m);

function readLetters(dir) {
  return fs.readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
      const lines = text.split('\n');
      const m = /^audience: (\S+)$/.exec(lines[0] || '');
      if (!m || !AUDIENCES.includes(m[1])) err(`${dir}/${f}: bad first line "${lines[0]}"`);
      if (lines[1] !== '') err(`${dir}/${f}: second line is not blank`);
      const body = lines.slice(2).join('\n');
      return { file: `${dir}/${f}`, audience: m ? m[1] : '?', body };
    });
}

// words: whitespace-separated tokens of the letter body (mark brackets removed)
const words = (s) => s.replace(/[⟪⟫]/g, '').split(/\s+/).filter(Boolean).length;

function marksOf(letter) {
  const out = [];
  let depth = 0, start = -1;
  const b = letter.body;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === '⟪') {
      if (depth > 0) err(`${letter.file}: nested ⟪ at offset ${i}`);
      depth++; start = i;
    } else if (b[i] === '⟫') {
      if (depth === 0) { err(`${letter.file}: ⟫ without ⟪ at offset ${i}`); continue; }
      depth--;
      const t = b.slice(start + 1, i);
      if (!t.trim()) err(`${letter.file}: empty mark at offset ${start}`);
      if (/\n/.test(t)) err(`${letter.file}: mark spans a line break: "${t}"`);
      out.push(t);
    }
  }
  if (depth !== 0) err(`${letter.file}: unclosed ⟪`);
  return out;
}

function checkIdentifiers(letter) {
  const b = letter.body.replace(/[⟪⟫]/g, '');
  // UK-style phone numbers: 0 followed by 9-10 more digits, optionally spaced
  for (const m of b.matchAll(/\b0\d{2,4}[ \d]{6,10}\d\b/g)) {
    const n = m[0].replace(/\s/g, '');
    if (!/^01632960\d{3}$/.test(n) && !/^07700900\d{3}$/.test(n)) err(`${letter.file}: phone number not in drama range: ${m[0]}`);
  }
  for (const m of b.matchAll(/NHS number:?\s*([\d ]{10,14})/gi)) {
    const n = m[1].replace(/\s/g, '');
    if (!/^999\d{7}$/.test(n)) err(`${letter.file}: NHS number without 999 prefix or wrong length: ${m[1]}`);
  }
}

const flagged = readLetters('flagged');
const clean = readLetters('clean');

// marks in flagged
const allMarks = [];
for (const l of flagged) {
  l.marks = marksOf(l);
  for (const t of l.marks) allMarks.push({ file: l.file, text: t });
  if (l.marks.length < 6 || l.marks.length > 15) err(`${l.file}: ${l.marks.length} marks (want 6-15)`);
  checkIdentifiers(l);
}
for (const l of clean) {
  if (/[⟪⟫]/.test(l.body)) err(`${l.file}: clean letter contains mark brackets`);
  checkIdentifiers(l);
}

// tsv
const tsvLines = fs.readFileSync(path.join(ROOT, 'marks-by-lens.tsv'), 'utf8').split('\n').filter((x) => x !== '');
if (tsvLines[0] !== 'file\tmarked_text\tlens') err('tsv: bad header');
const rows = tsvLines.slice(1).map((x) => x.split('\t'));
if (rows.length !== allMarks.length) err(`tsv: ${rows.length} rows but ${allMarks.length} marks`);
const byLens = Object.fromEntries(LENSES.map((k) => [k, 0]));
const perFileLens = {};
for (let i = 0; i < Math.max(rows.length, allMarks.length); i++) {
  const r = rows[i], m = allMarks[i];
  if (!r || !m) break;
  if (r.length !== 3) { err(`tsv row ${i + 2}: ${r.length} fields`); continue; }
  if (r[0] !== m.file || r[1] !== m.text) err(`tsv row ${i + 2}: "${r[0]} | ${r[1]}" != mark "${m.file} | ${m.text}"`);
  if (!LENSES.includes(r[2])) err(`tsv row ${i + 2}: bad lens "${r[2]}"`);
  else byLens[r[2]]++;
  perFileLens[r[0]] ??= Object.fromEntries(LENSES.map((k) => [k, 0]));
  if (perFileLens[r[0]][r[2]] !== undefined) perFileLens[r[0]][r[2]]++;
}
for (const l of flagged) {
  if (l.audience === 'clinician' && perFileLens[l.file] && perFileLens[l.file].clarity > 0) err(`${l.file}: clinician letter has clarity marks`);
}

// word ranges
for (const l of flagged) { l.words = words(l.body); if (l.words < 80 || l.words > 350) err(`${l.file}: ${l.words} words (want 80-350)`); }
for (const l of clean) { l.words = words(l.body); if (l.words < 250 || l.words > 450) err(`${l.file}: ${l.words} words (want 250-450)`); }

const sum = (a) => a.reduce((x, y) => x + y, 0);
const mix = (ls) => AUDIENCES.map((a) => `${a} ${ls.filter((l) => l.audience === a).length}`).join(', ');
const range = (a) => `${Math.min(...a)}-${Math.max(...a)}`;
const clinicLike = flagged.filter((l) => /clinic(?!ian)|review/.test(l.file)).length;

console.log(`flagged letters: ${flagged.length} (${mix(flagged)})`);
console.log(`  files named as clinic/review letters: ${clinicLike}`);
console.log(`  words: ${sum(flagged.map((l) => l.words))} (per letter ${range(flagged.map((l) => l.words))})`);
console.log(`  marks: ${allMarks.length} (per letter ${range(flagged.map((l) => l.marks.length))})`);
for (const k of LENSES) console.log(`    ${k.padEnd(10)} ${String(byLens[k]).padStart(4)}  ${(100 * byLens[k] / allMarks.length).toFixed(1)}%`);
console.log(`clean letters: ${clean.length} (${mix(clean)})`);
console.log(`  words: ${sum(clean.map((l) => l.words))} (per letter ${range(clean.map((l) => l.words))})`);
console.log(`total words: ${sum(flagged.map((l) => l.words)) + sum(clean.map((l) => l.words))}`);
if (errors.length) {
  console.log(`\n${errors.length} problem(s):`);
  for (const e of errors) console.log('  - ' + e);
  process.exitCode = 1;
} else {
  console.log('\nall checks passed');
}
