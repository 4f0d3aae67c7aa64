// Validate the corpus and print counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const AUD = /^audience: (patient|parent|carer|clinician)$/;
let problems = 0;
const bad = m => { console.log('PROBLEM: ' + m); problems++; };
const words = t => (t.match(/[A-Za-z0-9][A-Za-z0-9'’./\-+]*/g) || []).length;
function checkCommon(rel, t) {
  const lines = t.split('\n');
  if (!AUD.test(lines[0])) bad(`${rel}: bad header line "${lines[0]}"`);
  if (lines[1] !== '') bad(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n');
  const w = words(body.replace(/[⟪⟫]/g, ''));
  if (w < 90 || w > 400) bad(`${rel}: ${w} words`);
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]/.test(t)) bad(`${rel}: e-mail address`);
  if (/https?:\/\/|www\.|\b[a-z0-9-]+\.(nhs\.uk|co\.uk|com|org|org\.uk|gov\.uk|net)\b/i.test(t)) bad(`${rel}: web address`);
  // phone numbers: sequences of digits with spaces, 10-11 digits starting 0
  for (const m of t.matchAll(/(?<![\d])(?:\+44\s?|0)\d[\d ]{8,12}\d(?![\d])/g)) {
    const d = m[0].replace(/\s/g, '').replace(/^\+44/, '0');
    if (d.length < 10 || d.length > 11) continue;
    const ok = /^01632960\d{3}$/.test(d) || /^07700900\d{3}$/.test(d) || /^020797460\d{2}$/.test(d) ||
      /^01134960\d{3}$/.test(d) || /^01164960\d{3}$/.test(d) || /^01314960\d{3}$/.test(d) ||
      /^01514960\d{3}$/.test(d) || /^01614960\d{3}$/.test(d) || /^01174960\d{3}$/.test(d) ||
      /^01214960\d{3}$/.test(d) || /^02890180\d{3}$/.test(d) || /^02920180\d{3}$/.test(d) ||
      /^0808157\d{4}$/.test(d) || /^0909879\d{4}$/.test(d) || /^03069990\d{3}$/.test(d);
    const isNhsNo = /^\d{3} ?\d{3} ?\d{4}$/.test(m[0].trim()) && d.length === 10 && !d.startsWith('0');
    if (!ok && !isNhsNo) bad(`${rel}: phone number not in drama range: ${m[0]}`);
  }
  // NHS numbers: 3-3-4 digit groups, or after "NHS no"
  for (const m of t.matchAll(/\b(\d{3}) (\d{3}) (\d{4})\b/g)) {
    if (!m[1].startsWith('999')) bad(`${rel}: NHS number not starting 999: ${m[0]}`);
  }
  for (const m of t.matchAll(/NHS (?:no\.?|number)[:\s]*([\d ]{10,12})/gi)) {
    if (!m[1].trim().startsWith('999')) bad(`${rel}: NHS number not starting 999: ${m[1]}`);
  }
  return { body, w };
}
// flagged
const fdir = path.join(root, 'flagged');
const ffiles = fs.readdirSync(fdir).filter(x => x.endsWith('.txt')).sort();
const marks = [];
for (const f of ffiles) {
  const rel = `flagged/${f}`;
  const t = fs.readFileSync(path.join(fdir, f), 'utf8');
  checkCommon(rel, t);
  let depth = 0, start = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '⟪') { if (depth) bad(`${rel}: nested mark at ${i}`); depth++; start = i; }
    else if (t[i] === '⟫') { if (!depth) bad(`${rel}: unbalanced close at ${i}`); else { marks.push([rel, t.slice(start + 1, i)]); } depth = 0; }
  }
  if (depth) bad(`${rel}: unclosed mark`);
  if (/\|(candour|compassion|respect|clarity)⟫/.test(t)) bad(`${rel}: lens tag left in`);
}
// tsv
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').split('\n').filter(Boolean);
if (tsv[0] !== 'file\tmarked_text\tlens') bad('TSV header wrong');
const rows = tsv.slice(1).map(l => l.split('\t'));
if (rows.length !== marks.length) bad(`TSV rows ${rows.length} != marks ${marks.length}`);
const byLens = {};
for (let i = 0; i < Math.max(rows.length, marks.length); i++) {
  const r = rows[i], m = marks[i];
  if (!r || !m || r[0] !== m[0] || r[1] !== m[1]) { bad(`TSV mismatch at row ${i + 1}: ${JSON.stringify(r)} vs ${JSON.stringify(m)}`); break; }
  if (!['candour', 'compassion', 'respect', 'clarity'].includes(r[2])) bad(`bad lens row ${i + 1}`);
  byLens[r[2]] = (byLens[r[2]] || 0) + 1;
}
// clean
const cdir = path.join(root, 'clean');
const cfiles = fs.readdirSync(cdir).filter(x => x.endsWith('.txt')).sort();
let cleanWords = 0;
for (const f of cfiles) {
  const rel = `clean/${f}`;
  const t = fs.readFileSync(path.join(cdir, f), 'utf8');
  if (/[⟪⟫]/.test(t)) bad(`${rel}: has marks`);
  cleanWords += checkCommon(rel, t).w;
}
const aud = {};
for (const [d, fs_] of [['flagged', ffiles], ['clean', cfiles]])
  for (const f of fs_) { const a = fs.readFileSync(path.join(root, d, f), 'utf8').split('\n')[0].split(': ')[1]; aud[`${d}:${a}`] = (aud[`${d}:${a}`] || 0) + 1; }
console.log(`flagged letters: ${ffiles.length}`);
console.log(`clean letters: ${cfiles.length}`);
console.log(`marks: ${marks.length}`);
for (const l of ['candour', 'compassion', 'respect', 'clarity']) console.log(`  ${l}: ${byLens[l] || 0}`);
console.log(`words in clean letters: ${cleanWords}`);
console.log(`audiences: ${JSON.stringify(aud)}`);
console.log(`problems: ${problems}`);
process.exit(problems ? 1 : 0);
