// Check the corpus and print counts. Plain Node, no packages.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const AUD = new Set(['patient', 'parent', 'carer', 'clinician']);
const LENSES = ['clarity', 'respect', 'compassion', 'candour'];
let errors = 0;
const err = m => { console.error('ERROR ' + m); errors++; };
const list = d => fs.readdirSync(path.join(root, d)).filter(f => f.endsWith('.txt')).sort();
const words = s => s.split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;

function checkCommon(rel, t) {
  const lines = t.split('\n');
  const m = /^audience: (\w+)$/.exec(lines[0]);
  if (!m || !AUD.has(m[1])) err(`${rel}: bad header line 1`);
  if (lines[1] !== '') err(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n');
  const plain = body.replace(/⟪([^⟪⟫]*?)(\|[a-z]+)?⟫/g, '$1');
  const n = words(plain);
  if (n < 90 || n > 400) err(`${rel}: ${n} words (need 90-400)`);
  if (/@|https?:|www\.|\.co\.uk|\.com\b|\.org\b|\.nhs\.uk/i.test(plain)) err(`${rel}: e-mail or web address`);
  // phone numbers: any run of 10-11 digits (allowing spaces) that looks like a phone
  for (const p of plain.matchAll(/(?<![\d])0\d[\d ]{8,12}\d(?![\d])/g)) {
    const d = p[0].replace(/ /g, '');
    if (d.length < 10 || d.length > 11) continue;
    const ok = /^01632960\d{3}$/.test(d) || /^07700900\d{3}$/.test(d);
    if (!ok) err(`${rel}: phone number outside drama range: ${p[0]}`);
  }
  for (const p of plain.matchAll(/NHS (?:number|no\.?)[:\s]*([\d ]{10,13})/gi)) {
    const d = p[1].replace(/ /g, '');
    if (!d.startsWith('999')) err(`${rel}: NHS number not starting 999: ${p[1]}`);
  }
  for (const p of plain.matchAll(/(?<![\d])(\d{3}) (\d{3}) (\d{4})(?![\d])/g)) {
    if (p[1] !== '999') err(`${rel}: 3-3-4 number not starting 999: ${p[0]}`);
  }
  return { aud: m ? m[1] : '?', n };
}

const counts = { flagged: 0, clean: 0, cleanWords: 0, flaggedWords: 0, lens: {}, audFlagged: {}, audClean: {} };
LENSES.forEach(l => counts.lens[l] = 0);
const marks = [];
for (const f of list('draft')) {
  const rel = `draft/${f}`;
  const t = fs.readFileSync(path.join(root, 'draft', f), 'utf8');
  const { aud, n } = checkCommon(rel, t);
  counts.flagged++; counts.flaggedWords += n;
  counts.audFlagged[aud] = (counts.audFlagged[aud] || 0) + 1;
  // balanced, non-nested
  let depth = 0;
  for (const ch of t) {
    if (ch === '⟪') { depth++; if (depth > 1) { err(`${rel}: nested mark`); break; } }
    if (ch === '⟫') { depth--; if (depth < 0) { err(`${rel}: unbalanced ⟫`); break; } }
  }
  if (depth !== 0) err(`${rel}: unbalanced marks`);
  let k = 0;
  for (const m of t.matchAll(/⟪([^⟪⟫]*)⟫/g)) {
    const mm = /^(.*)\|([a-z]+)$/s.exec(m[1]);
    if (!mm || !LENSES.includes(mm[2])) { err(`${rel}: mark without valid lens: ${m[0]}`); continue; }
    if (!mm[1].trim()) err(`${rel}: empty mark`);
    counts.lens[mm[2]]++; k++;
    marks.push(`flagged/${f}\t${mm[1]}\t${mm[2]}`);
  }
  if (k === 0) err(`${rel}: no marks`);
  // flagged copy matches
  const fp = path.join(root, 'flagged', f);
  if (!fs.existsSync(fp)) err(`flagged/${f} missing`);
  else if (fs.readFileSync(fp, 'utf8') !== t.replace(/⟪([^⟪⟫]*?)\|[a-z]+⟫/g, '⟪$1⟫')) err(`flagged/${f} out of date`);
}
for (const f of list('flagged')) if (!fs.existsSync(path.join(root, 'draft', f))) err(`flagged/${f} has no draft`);
for (const f of list('clean')) {
  const rel = `clean/${f}`;
  const t = fs.readFileSync(path.join(root, 'clean', f), 'utf8');
  if (/[⟪⟫]/.test(t)) err(`${rel}: contains a mark`);
  const { aud, n } = checkCommon(rel, t);
  counts.clean++; counts.cleanWords += n;
  counts.audClean[aud] = (counts.audClean[aud] || 0) + 1;
}
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').trimEnd().split('\n');
if (tsv[0] !== 'file\tmarked_text\tlens') err('TSV header wrong');
const rows = tsv.slice(1);
if (rows.length !== marks.length) err(`TSV has ${rows.length} rows, drafts have ${marks.length} marks`);
else rows.forEach((r, i) => { if (r !== marks[i]) err(`TSV row ${i + 2} mismatch: ${r} vs ${marks[i]}`); });

const total = Object.values(counts.lens).reduce((a, b) => a + b, 0);
console.log(`flagged letters: ${counts.flagged} (${counts.flaggedWords} words)`);
console.log(`clean letters: ${counts.clean}`);
console.log(`words in clean letters: ${counts.cleanWords}`);
console.log(`marks by lens: ${LENSES.map(l => `${l} ${counts.lens[l]}`).join(', ')}`);
console.log(`problems (marks) total: ${total}`);
console.log(`audiences (flagged): ${JSON.stringify(counts.audFlagged)}`);
console.log(`audiences (clean): ${JSON.stringify(counts.audClean)}`);
if (errors) { console.log(`${errors} error(s)`); process.exit(1); }
console.log('all checks passed');
