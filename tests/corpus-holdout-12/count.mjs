// Checks the corpus and prints counts.
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
let problems = [];
const p = (s) => problems.push(s);
const tsv = fs.readFileSync(path.join(root,'marks-by-lens.tsv'),'utf8').split('\n').filter(Boolean);
if (tsv[0] !== 'file\tmarked_text\tlens') p('TSV header wrong');
const tsvRows = tsv.slice(1).map(l=>l.split('\t'));
const fromFiles = [];
const lensCount = {};
for (const r of tsvRows) lensCount[r[2]] = (lensCount[r[2]]||0)+1;
const stats = {flagged:0, clean:0, cleanWords:0, flaggedWords:0};
function words(t){ return t.replace(/[⟪⟫]/g,'').split(/\s+/).filter(w=>/[A-Za-z0-9]/.test(w)).length; }
for (const d of ['flagged','clean']) {
  for (const f of fs.readdirSync(path.join(root,d)).filter(f=>f.endsWith('.txt')).sort()) {
    const name = `${d}/${f}`;
    const t = fs.readFileSync(path.join(root,d,f),'utf8');
    const lines = t.split('\n');
    if (!/^audience: (patient|parent|carer|clinician)$/.test(lines[0])) p(`${name}: bad header`);
    if (lines[1] !== '') p(`${name}: line 2 not blank`);
    const body = lines.slice(2).join('\n');
    // balance / nesting
    let depth = 0, cur = '';
    for (const ch of body) {
      if (ch === '⟪') { if (depth) p(`${name}: nested mark`); depth++; cur=''; }
      else if (ch === '⟫') { if (!depth) p(`${name}: unbalanced ⟫`); else { depth--; fromFiles.push([name,cur]); } }
      else if (depth) cur += ch;
    }
    if (depth) p(`${name}: unclosed ⟪`);
    if (/\|(candour|compassion|respect|clarity)⟫/.test(body)) p(`${name}: lens left in`);
    if (d==='clean' && /[⟪⟫]/.test(body)) p(`${name}: clean letter has marks`);
    const w = words(body);
    if (w<90 || w>400) p(`${name}: ${w} words`);
    // phones: any run of digits with spaces that looks like a UK number
    for (const m of body.matchAll(/(?<![\d])(0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4})(?![\d])/g)) {
      const n = m[1].replace(/[ -]/g,'');
      const ok = /^01632960\d{3}$/.test(n) || /^07700900\d{3}$/.test(n) || /^0113496\d{4}$/.test(n) || /^0114496\d{4}$/.test(n) || /^0115496\d{4}$/.test(n) || /^0118496\d{4}$/.test(n) || /^0117496\d{4}$/.test(n) || /^0116496\d{4}$/.test(n) || /^0121496\d{4}$/.test(n) || /^0131496\d{4}$/.test(n) || /^0141496\d{4}$/.test(n) || /^0151496\d{4}$/.test(n) || /^0161496\d{4}$/.test(n) || /^0191498\d{4}$/.test(n) || /^020794\d{5}$/.test(n) || /^02890180\d{3}$/.test(n) || /^02920180\d{3}$/.test(n) || /^03069990\d{3}$/.test(n) || /^08081570\d{3}$/.test(n) || /^09098790\d{3}$/.test(n);
      if (!ok) p(`${name}: phone not in drama range: ${m[1]}`);
    }
    // NHS numbers: 3-3-4 digit pattern or 10 digits after "NHS"
    for (const m of body.matchAll(/(?<!\d)(\d{3} ?\d{3} ?\d{4})(?!\d)/g)) {
      const n = m[1].replace(/ /g,'');
      if (/^0/.test(n)) continue; // phone, checked above
      if (!n.startsWith('999')) p(`${name}: NHS-number-like ${m[1]} not starting 999`);
    }
    if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(body)) p(`${name}: e-mail address`);
    if (/(https?:\/\/|www\.|\b[a-z0-9-]+\.(nhs\.uk|co\.uk|org\.uk|com|org|net|gov\.uk)\b)/i.test(body)) p(`${name}: web address`);
    if (d==='flagged'){ stats.flagged++; stats.flaggedWords+=w; } else { stats.clean++; stats.cleanWords+=w; }
  }
}
// TSV order match
if (fromFiles.length !== tsvRows.length) p(`TSV rows ${tsvRows.length} vs marks ${fromFiles.length}`);
for (let i=0;i<Math.min(fromFiles.length,tsvRows.length);i++) {
  if (fromFiles[i][0]!==tsvRows[i][0] || fromFiles[i][1]!==tsvRows[i][1]) { p(`TSV mismatch at row ${i+1}: ${tsvRows[i].join('|')} vs ${fromFiles[i].join('|')}`); break; }
}
const aud = {};
for (const d of ['flagged','clean']) for (const f of fs.readdirSync(path.join(root,d)).filter(f=>f.endsWith('.txt'))) {
  const a = fs.readFileSync(path.join(root,d,f),'utf8').split('\n')[0]; aud[`${d} ${a}`]=(aud[`${d} ${a}`]||0)+1; }
console.log(`letters: ${stats.flagged} flagged, ${stats.clean} clean`);
console.log(`marks: ${fromFiles.length}`);
for (const l of ['candour','compassion','respect','clarity']) console.log(`  ${l}: ${lensCount[l]||0}`);
console.log(`words: flagged ${stats.flaggedWords}, clean ${stats.cleanWords}`);
console.log('audiences:', JSON.stringify(aud));
if (problems.length) { console.log(`PROBLEMS (${problems.length}):`); problems.forEach(x=>console.log('  '+x)); process.exit(1); }
console.log('all checks passed');
