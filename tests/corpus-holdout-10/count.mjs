// Node 20, no packages. Checks the corpus and prints counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = ['candour', 'compassion', 'respect', 'clarity'];
let errors = 0;
const fail = (m) => { console.error('ERROR: ' + m); errors++; };
// Ofcom drama ranges (digits only, prefix of the number)
const dramaPrefixes = ['01632960', '07700900', '02079460', '01134960', '01144960', '01154960', '01164960',
  '01174960', '01184960', '01214960', '01314960', '01414960', '01514960', '01614960', '01914980',
  '02896496', '02920180', '08081570', '09098790', '03069990'];
const words = (t) => t.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
function checkCommon(rel, text) {
  const lines = text.split('\n');
  if (!/^audience: (patient|parent|carer|clinician)$/.test(lines[0])) fail(`${rel}: bad header line "${lines[0]}"`);
  if (lines[1] !== '') fail(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n').replace(/[⟪⟫]/g, '');
  if (/@|https?:|www\.|\.nhs\.uk|\.co\.uk|\.com\b|\.org\b|\.gov\b/i.test(body)) fail(`${rel}: e-mail or web address`);
  // digit runs allowing single spaces/hyphens between groups
  for (const m of body.matchAll(/\d[\d -]{7,}\d/g)) {
    const d = m[0].replace(/[ -]/g, '');
    if (d.length < 10) continue;
    if (d.startsWith('0')) {
      if (!dramaPrefixes.some((p) => d.startsWith(p))) fail(`${rel}: phone not in drama range "${m[0]}"`);
    } else if (d.length === 10) {
      if (!d.startsWith('999')) fail(`${rel}: NHS number not starting 999 "${m[0]}"`);
    } else fail(`${rel}: odd long number "${m[0]}"`);
  }
  for (const m of body.matchAll(/NHS (?:no\.?|number)[:\s]*([\d ]{10,13})/gi)) {
    if (!m[1].replace(/ /g, '').startsWith('999')) fail(`${rel}: NHS number not 999`);
  }
  const w = words(body);
  if (w < 90 || w > 400) fail(`${rel}: ${w} words (need 90-400)`);
  return { body, w, audience: lines[0].slice(10) };
}
const tsvRows = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').split('\n').filter(Boolean);
if (tsvRows[0] !== 'file\tmarked_text\tlens') fail('TSV header wrong');
const tsv = tsvRows.slice(1).map((r) => r.split('\t'));
let ti = 0, nFlagged = 0, nMarks = 0, flaggedWords = 0;
const byLens = Object.fromEntries(LENSES.map((l) => [l, 0]));
const byAudience = {};
for (const f of fs.readdirSync(path.join(root, 'flagged')).filter((x) => x.endsWith('.txt')).sort()) {
  const rel = `flagged/${f}`;
  const text = fs.readFileSync(path.join(root, rel), 'utf8');
  const { w, audience } = checkCommon(rel, text);
  byAudience[audience] = (byAudience[audience] || 0) + 1;
  nFlagged++; flaggedWords += w;
  let depth = 0;
  for (const ch of text) {
    if (ch === '⟪') { depth++; if (depth > 1) fail(`${rel}: nested`); }
    else if (ch === '⟫') { depth--; if (depth < 0) fail(`${rel}: unbalanced`); }
  }
  if (depth !== 0) fail(`${rel}: unbalanced`);
  if (text.includes('|')) fail(`${rel}: stray | (lens not stripped?)`);
  const marks = [...text.matchAll(/⟪([^⟪⟫]*)⟫/g)].map((m) => m[1]);
  if (!marks.length) fail(`${rel}: no marks`);
  for (const mk of marks) {
    const row = tsv[ti++];
    if (!row || row[0] !== rel || row[1] !== mk) fail(`${rel}: TSV mismatch at "${mk}" vs ${JSON.stringify(row)}`);
    else if (!LENSES.includes(row[2])) fail(`${rel}: bad lens ${row[2]}`);
    else byLens[row[2]]++;
    nMarks++;
  }
}
if (ti !== tsv.length) fail(`TSV has ${tsv.length - ti} extra rows`);
let nClean = 0, cleanWords = 0;
for (const f of fs.readdirSync(path.join(root, 'clean')).filter((x) => x.endsWith('.txt')).sort()) {
  const rel = `clean/${f}`;
  const text = fs.readFileSync(path.join(root, rel), 'utf8');
  if (/[⟪⟫]/.test(text)) fail(`${rel}: has marks`);
  const { w, audience } = checkCommon(rel, text);
  byAudience[audience] = (byAudience[audience] || 0) + 1;
  nClean++; cleanWords += w;
}
console.log(`flagged letters: ${nFlagged}`);
console.log(`clean letters:   ${nClean}`);
console.log(`marks:           ${nMarks}`);
for (const l of LENSES) console.log(`  ${l.padEnd(11)} ${byLens[l]}`);
console.log(`words in flagged letters: ${flaggedWords}`);
console.log(`words in clean letters:   ${cleanWords}`);
console.log(`letters by audience: ${JSON.stringify(byAudience)}`);
if (errors) { console.error(`${errors} error(s)`); process.exit(1); }
console.log('all checks passed');
