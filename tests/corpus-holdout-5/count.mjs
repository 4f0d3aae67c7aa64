// count.mjs: checks and counts for corpus-holdout-5 (Node 20, no packages).
// Run from anywhere: node /work/corpus-holdout-5/count.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const AUDIENCES = ['patient', 'parent', 'carer', 'clinician'];
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
let problems = 0;
const fail = (msg) => { problems++; console.log('PROBLEM: ' + msg); };
const warn = (msg) => console.log('warning: ' + msg);

function marksOf(file, body) {
  const marks = [];
  let depth = 0, start = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '⟪') {
      if (depth) fail(`${file}: nested ⟪ at offset ${i}`);
      depth++; start = i;
    } else if (ch === '⟫') {
      if (!depth) { fail(`${file}: ⟫ without ⟪ at offset ${i}`); continue; }
      depth--;
      const text = body.slice(start + 1, i);
      if (!text.trim()) fail(`${file}: empty mark`);
      if (text !== text.trim()) fail(`${file}: mark with edge spaces "${text}"`);
      if (text.includes('\n')) fail(`${file}: mark crosses a line break "${text}"`);
      if (text.includes('|')) fail(`${file}: lens tag left in mark "${text}"`);
      marks.push(text);
    }
  }
  if (depth) fail(`${file}: unclosed ⟪`);
  return marks;
}

function checkFictional(file, text) {
  // Phone-like numbers: a 0 followed by 9 or 10 more digits, spaces allowed.
  for (const m of text.matchAll(/(?<![\d])(?:\+44\s?|0)\d[\d ]{8,12}\d(?![\d])/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 10) continue;
    if (!/^(01632960\d{3}|07700900\d{3})$/.test(digits)) fail(`${file}: phone number outside Ofcom drama ranges: "${m[0]}"`);
  }
  // NHS numbers: 3-3-4 or 10 straight digits not starting with 0 must start with 999.
  for (const m of text.matchAll(/(?<![\d])([1-9]\d{2}) ?(\d{3}) ?(\d{4})(?![\d])/g)) {
    if (m[1] !== '999') fail(`${file}: 10-digit number that is not a 999 NHS number: "${m[0]}"`);
  }
  for (const m of text.matchAll(/NHS No\.?:?\s*([\d ]+)/g)) {
    if (!m[1].trim().startsWith('999')) fail(`${file}: NHS number does not start with 999`);
  }
  // Other helpline-style numbers (e.g. 116 123, 0800 ...) are not allowed; 999 and 111 are service numbers.
  for (const m of text.matchAll(/(?<![\d])(116 ?\d{3}|0[3589]\d{2} ?\d{3} ?\d{3,4})(?![\d])/g)) fail(`${file}: real-looking helpline number "${m[0]}"`);
  if (/@|https?:|www\./.test(text)) fail(`${file}: contains an email address or web address`);
}

function words(s) { return (s.match(/[A-Za-z0-9][A-Za-z0-9'’\-/.&+%]*/g) || []).length; }

function readSet(dir) {
  const files = fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort();
  const out = [];
  for (const f of files) {
    const raw = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
    const name = `${dir}/${f}`;
    if (!/^\d\d-[a-z0-9-]+\.txt$/.test(f)) fail(`${name}: file name not NN-topic.txt`);
    const lines = raw.split('\n');
    const m = /^audience: (\w+)$/.exec(lines[0]);
    if (!m || !AUDIENCES.includes(m[1])) fail(`${name}: first line must be "audience: patient|parent|carer|clinician"`);
    if (lines[1] !== '') fail(`${name}: second line must be blank`);
    if (raw.includes('\r')) fail(`${name}: CR characters`);
    const body = lines.slice(2).join('\n');
    const marks = marksOf(name, body);
    checkFictional(name, body);
    const w = words(body.replace(/[⟪⟫]/g, ''));
    if (w < 90 || w > 400) warn(`${name}: ${w} words (outside 90-400)`);
    out.push({ file: f, name, audience: m ? m[1] : '?', marks, words: w });
  }
  return out;
}

const flagged = readSet('flagged');
const clean = readSet('clean');
for (const l of clean) if (l.marks.length) fail(`${l.name}: clean letter has ${l.marks.length} marks`);
for (const l of flagged) if (!l.marks.length) fail(`${l.name}: flagged letter has no marks`);

// TSV must list every mark in file order with a lens.
const tsv = fs.readFileSync(path.join(ROOT, 'marks-by-lens.tsv'), 'utf8').replace(/\n$/, '').split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') fail('marks-by-lens.tsv: bad header');
const rows = tsv.slice(1).map((r) => r.split('\t'));
const expected = flagged.flatMap((l) => l.marks.map((t) => [l.file, t]));
if (rows.length !== expected.length) fail(`marks-by-lens.tsv: ${rows.length} rows but ${expected.length} marks in flagged/`);
for (let i = 0; i < Math.min(rows.length, expected.length); i++) {
  const [f, t, lens] = rows[i];
  if (f !== expected[i][0] || t !== expected[i][1]) { fail(`marks-by-lens.tsv row ${i + 2}: "${f}" "${t}" does not match "${expected[i][0]}" "${expected[i][1]}"`); break; }
  if (!LENSES.includes(lens)) fail(`marks-by-lens.tsv row ${i + 2}: bad lens "${lens}"`);
}

function report(label, set, lensRows) {
  const aud = Object.fromEntries(AUDIENCES.map((a) => [a, set.filter((l) => l.audience === a).length]));
  const w = set.map((l) => l.words);
  const total = w.reduce((a, b) => a + b, 0);
  console.log(`\n${label}: ${set.length} letters`);
  console.log(`  audiences: ${AUDIENCES.map((a) => `${a} ${aud[a]}`).join(', ')}`);
  console.log(`  words: ${total} total, min ${Math.min(...w)}, median ${w.slice().sort((a, b) => a - b)[Math.floor(w.length / 2)]}, max ${Math.max(...w)}`);
  const marks = set.reduce((a, l) => a + l.marks.length, 0);
  console.log(`  marks: ${marks}`);
  if (lensRows) {
    const per = Object.fromEntries(LENSES.map((x) => [x, 0]));
    for (const r of lensRows) per[r[2]] = (per[r[2]] || 0) + 1;
    console.log(`  marks by lens: ${LENSES.map((x) => `${x} ${per[x]}`).join(', ')}`);
    const lettersWith = Object.fromEntries(LENSES.map((x) => [x, new Set(lensRows.filter((r) => r[2] === x).map((r) => r[0])).size]));
    console.log(`  letters with at least one mark of lens: ${LENSES.map((x) => `${x} ${lettersWith[x]}`).join(', ')}`);
    const counts = set.map((l) => l.marks.length).sort((a, b) => a - b);
    console.log(`  marks per letter: min ${counts[0]}, median ${counts[Math.floor(counts.length / 2)]}, max ${counts[counts.length - 1]}`);
  }
}
report('flagged', flagged, rows);
report('clean', clean, null);
console.log(problems ? `\n${problems} PROBLEM(S)` : '\nall checks passed');
process.exit(problems ? 1 : 0);
