// Node 20, no packages. Checks flagged/ and clean/ and marks-by-lens.tsv; prints counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
let errors = 0;
const fail = m => { console.error('FAIL: ' + m); errors++; };
const AUD = new Set(['patient', 'parent', 'carer', 'clinician']);
// Ofcom drama ranges
const PHONE_OK = [
  /^01632960\d{3}$/, /^07700900\d{3}$/, /^0207946[0]\d{3}$/, /^02079460\d{3}$/,
  /^01(13|14|15|16|17|18)4960\d{3}$/, /^01(21|31|41|51|61)4960\d{3}$/,
  /^02890180\d{3}$/, /^02920180\d{3}$/, /^03069990\d{3}$/, /^08081570\d{3}$/, /^09098790\d{3}$/,
];
const tsv = fs.readFileSync(path.join(root, 'marks-by-lens.tsv'), 'utf8').split('\n').filter(l => l.length);
if (tsv[0] !== 'file\tmarked_text\tlens') fail('TSV header wrong');
const tsvRows = tsv.slice(1).map(l => l.split('\t'));
const found = [];
const byLens = {};
const stats = { flagged: 0, clean: 0, cleanWords: 0, flaggedWords: 0 };
const aud = {};
for (const kind of ['flagged', 'clean']) {
  const files = fs.readdirSync(path.join(root, kind)).filter(f => f.endsWith('.txt')).sort();
  for (const f of files) {
    const rel = `${kind}/${f}`;
    if (!/^\d\d-[a-z0-9-]+\.txt$/.test(f)) fail(`${rel}: bad file name`);
    const text = fs.readFileSync(path.join(root, kind, f), 'utf8');
    const lines = text.split('\n');
    const m = /^audience: (\w+)$/.exec(lines[0]);
    if (!m || !AUD.has(m[1])) fail(`${rel}: bad header line`);
    else aud[m[1]] = (aud[m[1]] || 0) + 1;
    if (lines[1] !== '') fail(`${rel}: line 2 not blank`);
    const body = lines.slice(2).join('\n');
    const words = body.replace(/[⟪⟫]/g, '').split(/\s+/).filter(w => /[A-Za-z0-9]/.test(w)).length;
    if (words < 90 || words > 400) fail(`${rel}: ${words} words`);
    // marks
    let depth = 0, start = -1, n = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '⟪') { if (depth) fail(`${rel}: nested mark`); depth++; start = i; }
      else if (body[i] === '⟫') {
        if (!depth) { fail(`${rel}: unbalanced close`); continue; }
        depth--; n++;
        const phrase = body.slice(start + 1, i);
        if (phrase.includes('|')) fail(`${rel}: lens left in mark`);
        found.push([rel, phrase.replace(/\s+/g, ' ')]);
      }
    }
    if (depth) fail(`${rel}: unclosed mark`);
    if (kind === 'clean' && n) fail(`${rel}: clean letter has marks`);
    if (kind === 'flagged' && !n) fail(`${rel}: flagged letter has no marks`);
    // email / web
    if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(body)) fail(`${rel}: e-mail address`);
    if (/(https?:\/\/|www\.|\b[\w-]+\.(nhs\.uk|co\.uk|org\.uk|com|org|net|gov\.uk)\b)/i.test(body)) fail(`${rel}: web address`);
    // NHS numbers
    for (const mm of body.matchAll(/NHS (?:number|no\.?)[:\s]*([\d ]{10,13})/gi)) {
      const d = mm[1].replace(/\D/g, '');
      if (!d.startsWith('999')) fail(`${rel}: NHS number ${mm[1].trim()} not 999`);
    }
    for (const mm of body.matchAll(/(?<![\d])(\d[\d ]{8,14}\d)(?![\d])/g)) {
      const d = mm[1].replace(/\D/g, '');
      if (d.length < 10 || d.length > 11) continue;
      if (d.startsWith('0')) {
        if (!PHONE_OK.some(r => r.test(d))) fail(`${rel}: phone ${mm[1]} not in drama range`);
      } else if (d.length === 10 && !d.startsWith('999')) fail(`${rel}: 10-digit number ${mm[1]} (NHS number?) not 999`);
    }
    stats[kind]++;
    if (kind === 'clean') stats.cleanWords += words; else stats.flaggedWords += words;
  }
}
if (found.length !== tsvRows.length) fail(`TSV rows ${tsvRows.length} != marks ${found.length}`);
for (let i = 0; i < Math.min(found.length, tsvRows.length); i++) {
  const [f, p] = found[i]; const r = tsvRows[i];
  if (r.length !== 3 || r[0] !== f || r[1] !== p) { fail(`TSV row ${i + 2} mismatch: ${r.join(' | ')} vs ${f} | ${p}`); break; }
  byLens[r[2]] = (byLens[r[2]] || 0) + 1;
}
console.log(`letters: ${stats.flagged + stats.clean} (flagged ${stats.flagged}, clean ${stats.clean})`);
console.log(`audiences: ${JSON.stringify(aud)}`);
console.log(`marks: ${found.length}`);
console.log(`marks by lens: ${['candour', 'compassion', 'respect', 'clarity'].map(l => `${l} ${byLens[l] || 0}`).join(', ')}`);
console.log(`words: flagged ${stats.flaggedWords}, clean ${stats.cleanWords}`);
if (errors) { console.error(`${errors} check(s) failed`); process.exit(1); }
console.log('all checks passed');
