// Node 20, no packages. Run: node count.mjs   (from this directory or any other)
// Checks every letter in flagged/ and clean/ and prints counts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const AUDIENCES = new Set(['patient', 'parent', 'carer', 'clinician']);
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
// A few real NHS organisations that must not appear (the letters use invented places only).
const REAL_NAMES = [/addenbrooke/i, /guy'?s and st thomas/i, /\bst thomas'?s? hospital/i, /great ormond/i, /royal free/i,
  /john radcliffe/i, /\bqueen elizabeth hospital\b/i, /\bmanchester royal\b/i, /\bleeds teaching\b/i, /\broyal london hospital\b/i,
  /\bbarts\b/i, /\bkings? college hospital\b/i, /\bsouthmead\b/i, /\bfreeman hospital\b/i, /\bderriford\b/i];
const REAL_AREAS = new Set(('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
  'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW ' +
  'OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR ' +
  'WS WV YO ZE').split(' '));
let problems = 0;
const problem = (f, msg) => { problems++; console.log(`PROBLEM ${f}: ${msg}`); };

function checkLetter(set, f, text) {
  const lines = text.split('\n');
  const m = /^audience: (\S+)$/.exec(lines[0]);
  if (!m || !AUDIENCES.has(m[1])) problem(f, `bad header line "${lines[0]}"`);
  if (lines[1] !== '') problem(f, 'second line is not blank');
  const body = lines.slice(2).join('\n');
  // balanced, unnested marks, each on one line
  let depth = 0, marks = 0;
  for (const ch of body) {
    if (ch === '⟪') { depth++; marks++; if (depth > 1) problem(f, 'nested mark'); }
    else if (ch === '⟫') { depth--; if (depth < 0) { problem(f, 'closing mark without opening'); depth = 0; } }
    else if (ch === '\n' && depth) problem(f, 'mark spans a line break');
  }
  if (depth) problem(f, 'unclosed mark');
  if (/⟪\s*⟫/.test(body)) problem(f, 'empty mark');
  if (/\|(candour|compassion|respect|clarity|cd|cp|rs|cl)⟫/.test(body)) problem(f, 'lens tag left inside a mark');
  if (set === 'clean' && marks) problem(f, 'clean letter has marks');
  if (set === 'flagged' && !marks) problem(f, 'flagged letter has no marks');
  const plain = body.replace(/[⟪⟫]/g, '');
  // phone numbers: only Ofcom drama ranges
  for (const p of plain.match(/(?:\+44 ?|\b0)\d[\d -]{7,13}\d\b/g) || []) {
    const d = p.replace(/\D/g, '').replace(/^44/, '0');
    if (d.length < 10 || d.length > 11) continue;
    if (!/^01632960\d{3}$/.test(d) && !/^07700900\d{3}$/.test(d)) problem(f, `phone number outside drama range: ${p}`);
  }
  // NHS numbers: any 3-3-4 or 10-digit number must start 999
  for (const n of plain.match(/\b\d{3} ?\d{3} ?\d{4}\b/g) || []) {
    const d = n.replace(/\D/g, '');
    if (!d.startsWith('999') && !/^0\d+$/.test(d)) problem(f, `NHS-like number not starting 999: ${n}`);
  }
  // postcodes: the area letters must not be a real UK postcode area
  for (const pc of plain.match(/\b([A-Z]{1,2})\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/g) || []) {
    const area = /^[A-Z]+/.exec(pc)[0];
    if (REAL_AREAS.has(area)) problem(f, `postcode in a real postcode area: ${pc}`);
  }
  for (const re of REAL_NAMES) if (re.test(plain)) problem(f, `real organisation name: ${re}`);
  if (/@/.test(plain) && !/@[a-z.-]*example/i.test(plain)) problem(f, 'email address (none expected)');
  const words = (plain.match(/[A-Za-z0-9][A-Za-z0-9'’&/.+-]*/g) || []).length;
  return { audience: m ? m[1] : '?', words, marks };
}

const tsvRows = fs.readFileSync(path.join(DIR, 'marks-by-lens.tsv'), 'utf8').trimEnd().split('\n');
if (tsvRows[0] !== 'file\tmarked_text\tlens') problem('marks-by-lens.tsv', 'bad header');
const tsv = tsvRows.slice(1).map(r => r.split('\t'));

for (const set of ['flagged', 'clean']) {
  const files = fs.readdirSync(path.join(DIR, set)).filter(f => f.endsWith('.txt')).sort();
  const aud = {}; let words = 0, marks = 0, minW = Infinity, maxW = 0;
  const perLetter = [];
  for (const f of files) {
    if (!/^\d\d-[a-z0-9-]+\.txt$/.test(f)) problem(f, 'file name not NN-topic.txt');
    const text = fs.readFileSync(path.join(DIR, set, f), 'utf8');
    const r = checkLetter(set, `${set}/${f}`, text);
    aud[r.audience] = (aud[r.audience] || 0) + 1;
    words += r.words; marks += r.marks; minW = Math.min(minW, r.words); maxW = Math.max(maxW, r.words);
    perLetter.push(r.marks);
    if (set === 'flagged') {
      const inFile = [...text.matchAll(/⟪([^⟫]*)⟫/g)].map(x => x[1]);
      const rows = tsv.filter(r => r[0] === f);
      if (rows.length !== inFile.length) problem(f, `TSV has ${rows.length} rows, file has ${inFile.length} marks`);
      else rows.forEach((r, i) => {
        if (r[1] !== inFile[i]) problem(f, `TSV row ${i + 1} "${r[1]}" != mark "${inFile[i]}"`);
        if (!LENSES.includes(r[2])) problem(f, `bad lens "${r[2]}"`);
      });
    }
  }
  console.log(`\n== ${set}/ ==`);
  console.log(`letters: ${files.length}`);
  console.log(`audiences: ${Object.entries(aud).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`words: ${words} (per letter ${minW}-${maxW}, mean ${Math.round(words / files.length)})`);
  console.log(`marks: ${marks}`);
  if (set === 'flagged') {
    const byLens = Object.fromEntries(LENSES.map(l => [l, 0]));
    for (const r of tsv) if (r[2] in byLens) byLens[r[2]]++;
    console.log(`marks per lens: ${LENSES.map(l => `${l} ${byLens[l]}`).join(', ')}`);
    const sorted = [...perLetter].sort((a, b) => a - b);
    console.log(`marks per letter: min ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}`);
    const tsvFiles = new Set(tsv.map(r => r[0]));
    for (const f of tsvFiles) if (!files.includes(f)) problem('marks-by-lens.tsv', `row for unknown file ${f}`);
  }
}
console.log(`\nproblems: ${problems}`);
process.exit(problems ? 1 : 0);
