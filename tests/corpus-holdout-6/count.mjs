// count.mjs — checks and counts for this corpus. Node 20, no packages.
// Usage: node count.mjs   (run from anywhere; paths are relative to this file)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const AUDIENCES = ['patient', 'parent', 'carer', 'clinician'];
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
const problems = [];
const err = (f, m) => problems.push(`${f}: ${m}`);

function checkHeader(rel, text) {
  const lines = text.split('\n');
  const m = /^audience: (patient|parent|carer|clinician)$/.exec(lines[0]);
  if (!m) err(rel, `first line must be "audience: patient|parent|carer|clinician", got "${lines[0]}"`);
  if (lines[1] !== '') err(rel, 'second line must be blank');
  if (!lines[2] || !lines[2].trim()) err(rel, 'letter must start on line 3');
  return m ? m[1] : '?';
}

// Marks: ⟪ ⟫ must alternate, never nest, never be empty or padded with spaces.
function getMarks(rel, text) {
  const marks = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '⟪') {
      if (open >= 0) err(rel, `nested or unclosed ⟪ at offset ${open}`);
      open = i;
    } else if (c === '⟫') {
      if (open < 0) { err(rel, `stray ⟫ at offset ${i}`); continue; }
      const inner = text.slice(open + 1, i);
      if (!inner.trim()) err(rel, `empty mark at offset ${open}`);
      else if (inner !== inner.trim()) err(rel, `mark with outer spaces: "${inner}"`);
      if (inner.includes('\n')) err(rel, `mark spans a line break: "${inner}"`);
      if (inner.includes('|')) err(rel, `lens tag left inside mark: "${inner}"`);
      marks.push(inner);
      open = -1;
    }
  }
  if (open >= 0) err(rel, `unclosed ⟪ at offset ${open}`);
  return marks;
}

// Fictional details: phone numbers only from Ofcom drama ranges; NHS numbers start 999;
// no e-mail addresses or web links other than example domains.
function checkFiction(rel, text) {
  const plain = text.replace(/[⟪⟫]/g, '');
  const phoneRe = /(?<![\d/])(?:\+44\s?|0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}(?![\d/])/g;
  for (const m of plain.matchAll(phoneRe)) {
    const digits = m[0].replace(/\D/g, '').replace(/^44/, '0');
    if (!/^01632960\d{3}$/.test(digits) && !/^07700900\d{3}$/.test(digits)) err(rel, `phone number outside Ofcom drama range: ${m[0]}`);
  }
  for (const m of plain.matchAll(/\b0(?:800|808|300|330|345|843|844|845|870|871)\b/g)) err(rel, `non-fictional-looking number prefix: ${m[0]}`);
  for (const m of plain.matchAll(/(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g)) {
    const d = m[0].replace(/\D/g, '');
    if (!d.startsWith('999') && !d.startsWith('01632') && !d.startsWith('07700')) err(rel, `10-digit number not starting 999 (NHS numbers must): ${m[0]}`);
  }
  if (/[\w.-]+@[\w.-]+/.test(plain)) {
    for (const m of plain.matchAll(/[\w.-]+@([\w.-]+)/g)) if (!/\.example$/.test(m[1])) err(rel, `e-mail address not on an example domain: ${m[0]}`);
  }
  for (const m of plain.matchAll(/\b(?:https?:\/\/|www\.)\S+/g)) if (!/example/.test(m[0])) err(rel, `web address: ${m[0]}`);
}

const words = t => t.replace(/[⟪⟫]/g, '').split(/\s+/).filter(Boolean).length;

function scan(dir) {
  const full = path.join(ROOT, dir);
  const files = fs.readdirSync(full).filter(f => f.endsWith('.txt')).sort();
  const stats = { letters: 0, audiences: Object.fromEntries(AUDIENCES.map(a => [a, 0])), words: 0, min: Infinity, max: 0, marks: 0, perFile: {} };
  for (const f of files) {
    const rel = `${dir}/${f}`;
    if (!/^\d\d-[a-z0-9-]+\.txt$/.test(f)) err(rel, 'file name should be NN-topic.txt');
    const text = fs.readFileSync(path.join(full, f), 'utf8');
    const aud = checkHeader(rel, text);
    if (aud in stats.audiences) stats.audiences[aud]++;
    const body = text.split('\n').slice(2).join('\n');
    const w = words(body);
    stats.letters++; stats.words += w; stats.min = Math.min(stats.min, w); stats.max = Math.max(stats.max, w);
    if (w < 90 || w > 400) err(rel, `letter length ${w} words is outside 90-400`);
    const marks = getMarks(rel, text);
    stats.perFile[rel] = marks;
    stats.marks += marks.length;
    checkFiction(rel, text);
  }
  return stats;
}

const flagged = scan('flagged');
const clean = scan('clean');
for (const [rel, m] of Object.entries(clean.perFile)) if (m.length) err(rel, `clean letter has ${m.length} marks`);
for (const [rel, m] of Object.entries(flagged.perFile)) if (!m.length) err(rel, 'flagged letter has no marks');

// TSV must list every mark, in file order, with a valid lens.
const tsvPath = path.join(ROOT, 'marks-by-lens.tsv');
const lensCount = Object.fromEntries(LENSES.map(l => [l, 0]));
const lensByFile = {};
if (!fs.existsSync(tsvPath)) err('marks-by-lens.tsv', 'missing');
else {
  const lines = fs.readFileSync(tsvPath, 'utf8').split('\n').filter(l => l !== '');
  if (lines[0] !== 'file\tmarked_text\tlens') err('marks-by-lens.tsv', 'bad header');
  const expected = Object.entries(flagged.perFile).flatMap(([rel, ms]) => ms.map(m => [rel, m]));
  const rows = lines.slice(1).map(l => l.split('\t'));
  if (rows.length !== expected.length) err('marks-by-lens.tsv', `${rows.length} rows but ${expected.length} marks in flagged/`);
  rows.forEach(([file, text, lens], i) => {
    if (!LENSES.includes(lens)) err('marks-by-lens.tsv', `row ${i + 2}: bad lens "${lens}"`);
    else { lensCount[lens]++; (lensByFile[file] ??= new Set()).add(lens); }
    const e = expected[i];
    if (e && (e[0] !== file || e[1] !== text)) err('marks-by-lens.tsv', `row ${i + 2} ("${file}", "${text}") does not match mark ${i + 1} in flagged/ ("${e[0]}", "${e[1]}")`);
  });
}

const fmt = s => `${s.letters} letters; audiences ${AUDIENCES.map(a => `${a} ${s.audiences[a]}`).join(', ')}; ${s.words} words (per letter ${s.min}-${s.max}, mean ${Math.round(s.words / (s.letters || 1))})`;
console.log(`flagged/: ${fmt(flagged)}`);
console.log(`          ${flagged.marks} marks: ${LENSES.map(l => `${l} ${lensCount[l]}`).join(', ')}`);
const filesWith = l => Object.values(lensByFile).filter(s => s.has(l)).length;
console.log(`          letters carrying each lens: ${LENSES.map(l => `${l} ${filesWith(l)}`).join(', ')}`);
const per = Object.values(flagged.perFile).map(m => m.length).sort((a, b) => a - b);
console.log(`          marks per letter: min ${per[0]}, median ${per[Math.floor(per.length / 2)]}, max ${per[per.length - 1]}`);
console.log(`clean/:   ${fmt(clean)}; ${clean.marks} marks`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log('  ' + p);
  process.exitCode = 1;
} else console.log('\nAll checks passed: headers, balanced marks, TSV matches marks, fictional phone/NHS numbers, lengths 90-400.');
