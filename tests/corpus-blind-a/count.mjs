// count.mjs — Node 20, no packages. Run: node count.mjs (from this directory or anywhere)
// Checks: header line, balanced/non-nested marks, clean letters unmarked, TSV agrees with
// flagged/, fictional phone numbers (Ofcom drama ranges) and NHS numbers (start 999).
// Prints letters, audiences, words, marks per lens for flagged/ and clean/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const AUDIENCES = ['patient', 'parent', 'carer', 'clinician'];
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
const problems = [];
const fail = (f, msg) => problems.push(`${f}: ${msg}`);

function readSet(sub) {
  const dir = path.join(DIR, sub);
  return fs.readdirSync(dir).filter(n => n.endsWith('.txt')).sort()
    .map(name => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

function checkHeader(f, text) {
  const lines = text.split('\n');
  const m = /^audience: (\S+)$/.exec(lines[0]);
  if (!m) { fail(f, 'first line is not "audience: X"'); return null; }
  if (!AUDIENCES.includes(m[1])) fail(f, `unknown audience ${m[1]}`);
  if (lines[1] !== '') fail(f, 'second line is not blank');
  if (!lines[2] || !lines[2].trim()) fail(f, 'letter does not start on line 3');
  return m[1];
}

function marksOf(f, text) {
  const marks = [];
  let depth = 0, start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '⟪') {
      if (depth) fail(f, `nested mark at offset ${i}`);
      depth++; start = i;
    } else if (c === '⟫') {
      if (!depth) { fail(f, `closing mark without opening at offset ${i}`); continue; }
      depth--;
      const inner = text.slice(start + 1, i);
      if (!inner.trim()) fail(f, 'empty mark');
      if (inner.includes('\n')) fail(f, `mark spans a line break: ${inner}`);
      if (inner !== inner.trim()) fail(f, `mark has edge whitespace: "${inner}"`);
      if (inner.includes('|')) fail(f, `lens tag left in mark: ${inner}`);
      marks.push(inner);
    }
  }
  if (depth) fail(f, 'unclosed mark');
  return marks;
}

function checkFiction(f, text) {
  const plain = text.replace(/[⟪⟫]/g, '');
  // UK phone numbers: 0 followed by 9-10 more digits, spaces allowed
  for (const m of plain.matchAll(/(?<![\d/])0\d{2,4}[ \d]{6,10}\d(?![\d/])/g)) {
    const digits = m[0].replace(/ /g, '');
    if (digits.length < 10 || digits.length > 11) continue;
    if (!/^01632960\d{3}$/.test(digits) && !/^07700900\d{3}$/.test(digits))
      fail(f, `phone number outside Ofcom drama ranges: ${m[0]}`);
  }
  // NHS numbers: any 3-3-4 or 10-digit run, or anything after "NHS No/number"
  for (const m of plain.matchAll(/(?<!\d)(\d{3}) ?(\d{3}) ?(\d{4})(?!\d)/g)) {
    const digits = m[1] + m[2] + m[3];
    if (/^0/.test(digits)) continue; // a phone number, checked above
    if (!digits.startsWith('999')) fail(f, `10-digit number not starting 999: ${m[0]}`);
  }
  for (const m of plain.matchAll(/NHS (?:No|no|number|Number)[.:]?\s*([\d ]{10,13})/g)) {
    if (!m[1].replace(/ /g, '').startsWith('999')) fail(f, `NHS number not starting 999: ${m[1]}`);
  }
  // emails and web addresses should not point at real organisations
  for (const m of plain.matchAll(/[\w.-]+@[\w.-]+|https?:\/\/\S+|www\.\S+/g))
    fail(f, `email/web address present, check it is fictional: ${m[0]}`);
}

const words = t => (t.replace(/[⟪⟫]/g, '').match(/\S+/g) || []).length;

function summarise(sub) {
  const set = readSet(sub);
  const aud = {}, lens = Object.fromEntries(LENSES.map(l => [l, 0]));
  let totalWords = 0, totalMarks = 0, minW = Infinity, maxW = 0;
  const perFile = [];
  for (const { name, text } of set) {
    const f = `${sub}/${name}`;
    const a = checkHeader(f, text);
    if (a) aud[a] = (aud[a] || 0) + 1;
    const body = text.split('\n').slice(2).join('\n');
    const marks = marksOf(f, text);
    checkFiction(f, text);
    const w = words(body);
    totalWords += w; minW = Math.min(minW, w); maxW = Math.max(maxW, w);
    totalMarks += marks.length;
    perFile.push({ name, a, w, marks });
    if (sub === 'clean' && marks.length) fail(f, `clean letter has ${marks.length} marks`);
  }
  return { set, aud, lens, totalWords, totalMarks, minW, maxW, perFile };
}

const flagged = summarise('flagged');
const clean = summarise('clean');

// TSV must list exactly the marks of flagged/, in file order
const tsvPath = path.join(DIR, 'marks-by-lens.tsv');
const tsv = fs.readFileSync(tsvPath, 'utf8').split('\n').filter(Boolean);
if (tsv[0] !== 'file\tmarked_text\tlens') fail('marks-by-lens.tsv', 'bad header');
const rows = tsv.slice(1).map(l => l.split('\t'));
const expected = flagged.perFile.flatMap(p => p.marks.map(m => [p.name, m]));
if (rows.length !== expected.length) fail('marks-by-lens.tsv', `${rows.length} rows but ${expected.length} marks in flagged/`);
const perFileLens = {};
rows.forEach((r, i) => {
  if (r.length !== 3) { fail('marks-by-lens.tsv', `row ${i + 2} has ${r.length} fields`); return; }
  const [file, text, lens] = r;
  if (!LENSES.includes(lens)) fail('marks-by-lens.tsv', `row ${i + 2} bad lens ${lens}`);
  else flagged.lens[lens]++;
  const e = expected[i];
  if (!e || e[0] !== file || e[1] !== text) fail('marks-by-lens.tsv', `row ${i + 2} (${file} "${text}") does not match flagged/ mark ${e ? `${e[0]} "${e[1]}"` : '(none)'}`);
  perFileLens[file] ??= Object.fromEntries(LENSES.map(l => [l, 0]));
  if (LENSES.includes(lens)) perFileLens[file][lens]++;
});

function report(label, s) {
  console.log(`\n== ${label} ==`);
  console.log(`letters: ${s.set.length}`);
  console.log(`audiences: ${Object.entries(s.aud).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`words: ${s.totalWords} (min ${s.minW}, max ${s.maxW}, mean ${Math.round(s.totalWords / s.set.length)})`);
  console.log(`marks: ${s.totalMarks}`);
}
report('flagged', flagged);
console.log(`marks per lens: ${LENSES.map(l => `${l} ${flagged.lens[l]}`).join(', ')}`);
console.log('\nper file (words, marks: candour/compassion/respect/clarity):');
for (const p of flagged.perFile) {
  const l = perFileLens[p.name] || {};
  console.log(`  ${p.name.padEnd(36)} ${p.a.padEnd(9)} ${String(p.w).padStart(4)}w  ${String(p.marks.length).padStart(3)} marks  ${LENSES.map(x => l[x] || 0).join('/')}`);
}
report('clean', clean);
for (const p of clean.perFile) console.log(`  ${p.name.padEnd(36)} ${p.a.padEnd(9)} ${String(p.w).padStart(4)}w`);

if (problems.length) {
  console.log(`\nPROBLEMS (${problems.length}):`);
  for (const p of problems) console.log('  ' + p);
  process.exit(1);
}
console.log('\nall checks passed');
