// Node 20, no packages. Checks the corpus and prints counts.
// Usage: node count.mjs   (run from anywhere; paths are relative to this file)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const AUDIENCES = ['patient', 'parent', 'carer', 'clinician'];
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
const problems = [];
const err = (f, m) => problems.push(`${f}: ${m}`);

function marksOf(text, f) {
  const marks = [];
  let depth = 0, start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '⟪') { if (depth) err(f, `nested mark at ${i}`); depth++; start = i; }
    else if (ch === '⟫') {
      if (!depth) { err(f, `unopened ⟫ at ${i}`); continue; }
      depth--;
      const t = text.slice(start + 1, i);
      if (!t.trim()) err(f, `empty mark at ${start}`);
      if (t !== t.trim()) err(f, `mark with outer spaces "${t}"`);
      if (t.includes('\n')) err(f, `mark spans lines "${t}"`);
      marks.push(t);
    }
  }
  if (depth) err(f, 'unclosed ⟪');
  return marks;
}

function checkFictional(f, body) {
  // Phone numbers: any UK-looking number must be in Ofcom drama ranges (or 999 / 111 / NHS 111).
  const phoneRe = /\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b/g;
  for (const m of body.matchAll(phoneRe)) {
    const d = m[0].replace(/[ -]/g, '');
    if (!/^01632960\d{3}$/.test(d) && !/^07700900\d{3}$/.test(d)) err(f, `non-drama phone number "${m[0]}"`);
  }
  // NHS numbers: 10 digits in 3-3-4 or run together, must start 999.
  for (const m of body.matchAll(/\b(\d{3}) ?(\d{3}) ?(\d{4})\b/g)) {
    if (m[1] !== '999') err(f, `10-digit number not starting 999 "${m[0]}"`);
  }
  if (/NHS\s*(No|number)/i.test(body)) {
    for (const m of body.matchAll(/NHS\s*(?:No\.?|number):?\s*([\d ]{10,13})/gi)) {
      if (!m[1].trim().startsWith('999')) err(f, `NHS number not starting 999 "${m[1]}"`);
    }
  }
  // Email addresses and web addresses must be on example domains.
  for (const m of body.matchAll(/[\w.+-]+@([\w-]+\.)+[\w-]+/g)) {
    if (!/example/i.test(m[0])) err(f, `email not on an example domain "${m[0]}"`);
  }
  for (const m of body.matchAll(/\b(?:https?:\/\/|www\.)\S+/g)) {
    if (!/example/i.test(m[0]) && !/nhs\.uk\b/.test(m[0])) err(f, `web address "${m[0]}"`);
  }
}

const words = s => (s.replace(/[⟪⟫]/g, '').match(/[A-Za-z0-9][A-Za-z0-9'’./&-]*/g) || []).length;

function scan(dir) {
  const d = path.join(ROOT, dir);
  const files = fs.readdirSync(d).filter(f => f.endsWith('.txt')).sort();
  const stat = { letters: 0, words: 0, minW: Infinity, maxW: 0, aud: {}, marks: [], perFile: {} };
  for (const f of files) {
    const rel = `${dir}/${f}`;
    if (!/^\d\d-[a-z0-9-]+\.txt$/.test(f)) err(rel, 'name is not NN-topic.txt');
    const text = fs.readFileSync(path.join(d, f), 'utf8');
    const lines = text.split('\n');
    const m = /^audience: (\w+)$/.exec(lines[0]);
    if (!m || !AUDIENCES.includes(m[1])) err(rel, `bad header "${lines[0]}"`);
    if (lines[1] !== '') err(rel, 'second line is not blank');
    if (!lines[2] || !lines[2].trim()) err(rel, 'letter does not start on line 3');
    const body = lines.slice(2).join('\n');
    const w = words(body);
    if (w < 90 || w > 400) err(rel, `length ${w} words outside 90-400`);
    stat.letters++; stat.words += w; stat.minW = Math.min(stat.minW, w); stat.maxW = Math.max(stat.maxW, w);
    if (m) stat.aud[m[1]] = (stat.aud[m[1]] || 0) + 1;
    const mk = marksOf(body, rel);
    if (dir === 'clean' && (mk.length || /[⟪⟫]/.test(body))) err(rel, 'clean letter contains marks');
    if (/\|/.test(body)) err(rel, 'stray | (lens tag left in?)');
    checkFictional(rel, body);
    stat.perFile[rel] = { marks: mk, words: w };
    stat.marks.push(...mk.map(t => ({ file: rel, t })));
  }
  return stat;
}

const flagged = scan('flagged');
const clean = scan('clean');

// TSV must match the marks in flagged/, in file order.
const lensCount = Object.fromEntries(LENSES.map(l => [l, 0]));
const tsvPath = path.join(ROOT, 'marks-by-lens.tsv');
const tsv = fs.readFileSync(tsvPath, 'utf8').replace(/\n$/, '').split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') err('marks-by-lens.tsv', 'bad header');
const rows = tsv.slice(1).map(r => r.split('\t'));
if (rows.length !== flagged.marks.length) err('marks-by-lens.tsv', `${rows.length} rows but ${flagged.marks.length} marks`);
const perFileLens = {};
rows.forEach((r, i) => {
  const [file, t, lens] = r;
  if (r.length !== 3) err('marks-by-lens.tsv', `row ${i + 2} has ${r.length} fields`);
  if (!LENSES.includes(lens)) err('marks-by-lens.tsv', `row ${i + 2} bad lens "${lens}"`);
  else lensCount[lens]++;
  const want = flagged.marks[i];
  if (!want || want.file !== file || want.t !== t) err('marks-by-lens.tsv', `row ${i + 2} "${t}" does not match mark ${i + 1} in flagged/`);
  perFileLens[file] ??= Object.fromEntries(LENSES.map(l => [l, 0]));
  if (LENSES.includes(lens)) perFileLens[file][lens]++;
});

const fmtAud = a => AUDIENCES.filter(x => a[x]).map(x => `${x} ${a[x]}`).join(', ');
for (const [name, s] of [['flagged', flagged], ['clean', clean]]) {
  console.log(`${name}/: ${s.letters} letters; audiences: ${fmtAud(s.aud)}; words ${s.words} (min ${s.minW}, max ${s.maxW}, mean ${Math.round(s.words / s.letters)}); marks ${s.marks.length}`);
}
console.log(`marks per lens (flagged/): ${LENSES.map(l => `${l} ${lensCount[l]}`).join(', ')}`);
console.log('\nper flagged letter: words, marks (candour/compassion/respect/clarity)');
for (const [f, v] of Object.entries(flagged.perFile)) {
  const pl = perFileLens[f] || {};
  console.log(`  ${f.padEnd(58)} ${String(v.words).padStart(4)}w ${String(v.marks.length).padStart(3)} marks  (${LENSES.map(l => pl[l] || 0).join('/')})`);
}
if (problems.length) {
  console.log(`\nPROBLEMS (${problems.length}):`);
  for (const p of problems) console.log('  ' + p);
  process.exit(1);
} else console.log('\nchecks passed: headers, balanced marks, no marks in clean/, TSV matches, lengths 90-400, drama-range phone numbers, NHS numbers start 999, no real emails');
