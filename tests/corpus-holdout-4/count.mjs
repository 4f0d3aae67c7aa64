// Node 20, no packages. Checks the corpus and prints counts.
// Usage: node count.mjs   (run from this directory or anywhere)
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const AUDIENCES = ['patient', 'parent', 'carer', 'clinician'];
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
const problems = [];
const note = (f, msg) => problems.push(`${f}: ${msg}`);

// TSV rows grouped by file, in order
const tsvRows = fs.readFileSync(path.join(ROOT, 'marks-by-lens.tsv'), 'utf8').split('\n').filter(Boolean);
if (tsvRows[0] !== 'file\tmarked_text\tlens') note('marks-by-lens.tsv', 'bad header');
const tsvByFile = new Map();
for (const [i, row] of tsvRows.slice(1).entries()) {
  const cols = row.split('\t');
  if (cols.length !== 3) { note('marks-by-lens.tsv', `row ${i + 2} has ${cols.length} columns`); continue; }
  const [file, text, lens] = cols;
  if (!LENSES.includes(lens)) note('marks-by-lens.tsv', `row ${i + 2} bad lens "${lens}"`);
  if (!tsvByFile.has(file)) tsvByFile.set(file, []);
  tsvByFile.get(file).push({ text, lens });
}

function checkFictional(f, s) {
  // UK-style phone numbers: only Ofcom drama ranges allowed
  for (const m of s.matchAll(/(?<![\d/])0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?![\d/])/g)) {
    const n = m[0].replace(/[ -]/g, '');
    if (!/^01632960\d{3}$/.test(n) && !/^07700900\d{3}$/.test(n)) note(f, `phone number outside drama ranges: ${m[0]}`);
  }
  // NHS numbers (3-3-4 digits) must start with 999
  for (const m of s.matchAll(/(?<![\d/])\d{3}[ -]\d{3}[ -]\d{4}(?![\d/])/g)) {
    if (!m[0].startsWith('999')) note(f, `NHS-style number not starting 999: ${m[0]}`);
  }
  // e-mail addresses must use a reserved .example domain
  for (const m of s.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)) {
    if (!/\.example$/.test(m[0])) note(f, `e-mail not on a .example domain: ${m[0]}`);
  }
  // web addresses other than nhs.uk/gov.uk guidance are not expected
  for (const m of s.matchAll(/https?:\/\/\S+|www\.\S+/g)) note(f, `web address: ${m[0]}`);
}

function analyse(dir, expectMarks) {
  const files = fs.readdirSync(path.join(ROOT, dir)).filter(f => f.endsWith('.txt')).sort();
  const stats = { letters: 0, words: 0, minWords: Infinity, maxWords: 0, audiences: {}, lenses: Object.fromEntries(LENSES.map(l => [l, 0])), marks: 0 };
  for (const f of files) {
    const rel = `${dir}/${f}`;
    const s = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
    const lines = s.split('\n');
    const hm = /^audience: (\w+)$/.exec(lines[0]);
    if (!hm || !AUDIENCES.includes(hm[1])) note(rel, `bad header line: ${JSON.stringify(lines[0])}`);
    else stats.audiences[hm[1]] = (stats.audiences[hm[1]] || 0) + 1;
    if (lines[1] !== '') note(rel, 'second line is not blank');
    const body = lines.slice(2).join('\n');
    // balanced, non-nested marks
    let depth = 0, marks = [];
    let start = -1;
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      if (ch === '⟪') { if (depth) note(rel, `nested mark at ${i}`); depth++; start = i; }
      else if (ch === '⟫') { if (!depth) note(rel, `closing mark without opening at ${i}`); else { depth--; marks.push(body.slice(start + 1, i)); } }
    }
    if (depth) note(rel, 'unclosed mark');
    if (!expectMarks && marks.length) note(rel, `clean letter has ${marks.length} marks`);
    if (expectMarks && !marks.length) note(rel, 'flagged letter has no marks');
    for (const m of marks) if (!m.trim() || m !== m.trim() || m.includes('\n')) note(rel, `odd mark "${m}"`);
    if (/\|(candour|compassion|respect|clarity)⟫/.test(body)) note(rel, 'lens tag left in letter');
    if (expectMarks) {
      const rows = tsvByFile.get(f) || [];
      if (rows.length !== marks.length) note(rel, `${marks.length} marks but ${rows.length} TSV rows`);
      rows.forEach((r, i) => { if (marks[i] !== undefined && r.text !== marks[i]) note(rel, `TSV row ${i + 1} "${r.text}" != mark "${marks[i]}"`); });
      for (const r of rows) stats.lenses[r.lens] = (stats.lenses[r.lens] || 0) + 1;
      tsvByFile.delete(f);
    }
    checkFictional(rel, s);
    const words = body.replace(/[⟪⟫]/g, '').split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
    if (words < 90 || words > 400) note(rel, `${words} words (outside 90-400)`);
    stats.letters++; stats.words += words; stats.marks += marks.length;
    stats.minWords = Math.min(stats.minWords, words); stats.maxWords = Math.max(stats.maxWords, words);
  }
  return stats;
}

const flagged = analyse('flagged', true);
const clean = analyse('clean', false);
for (const f of tsvByFile.keys()) note('marks-by-lens.tsv', `rows for missing file ${f}`);

function show(name, st) {
  console.log(`${name}: ${st.letters} letters, ${st.words} words (min ${st.minWords}, max ${st.maxWords}), ${st.marks} marks`);
  console.log(`  audiences: ${AUDIENCES.map(a => `${a} ${st.audiences[a] || 0}`).join(', ')}`);
  if (st.marks) console.log(`  marks by lens: ${LENSES.map(l => `${l} ${st.lenses[l]}`).join(', ')}`);
}
show('flagged', flagged);
show('clean', clean);
if (problems.length) { console.log(`\n${problems.length} problem(s):`); for (const p of problems) console.log('  ' + p); process.exitCode = 1; }
else console.log('\nchecks passed: header lines, balanced marks, TSV matches marks, fictional phone/NHS numbers/e-mails, 90-400 words');
