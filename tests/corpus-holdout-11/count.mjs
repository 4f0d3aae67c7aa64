// Checks and counts for holdout-11
import fs from 'node:fs';
import path from 'node:path';
const root = path.dirname(new URL(import.meta.url).pathname);
const LENSES = ['candour','compassion','respect','clarity'];
let errors = 0; const err = (s)=>{ console.error('ERROR: '+s); errors++; };
const tsv = fs.readFileSync(path.join(root,'marks-by-lens.tsv'),'utf8').split('\n').filter(Boolean);
if (tsv[0] !== 'file\tmarked_text\tlens') err('tsv header');
const tsvRows = tsv.slice(1).map(l=>l.split('\t'));
const words = (t)=> t.replace(/[⟪⟫]/g,'').split(/\s+/).filter(w=>/[A-Za-z0-9]/.test(w)).length;
function checkCommon(rel, txt) {
  const lines = txt.split('\n');
  if (!/^audience: (patient|parent|carer|clinician)$/.test(lines[0])) err(`${rel}: header line`);
  if (lines[1] !== '') err(`${rel}: line 2 not blank`);
  const body = lines.slice(2).join('\n');
  const w = words(body); if (w<90||w>400) err(`${rel}: ${w} words`);
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(body)) err(`${rel}: email address`);
  if (/\b(https?:\/\/|www\.)|\b[a-z0-9-]+\.(com|org|uk|net|gov|nhs)\b/i.test(body)) err(`${rel}: web address`);
  // phone numbers
  const phoneRe = /(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/g; let p;
  while ((p = phoneRe.exec(body))) {
    const d = p[0].replace(/\D/g,'').replace(/^44/,'0');
    const ok = /^01632960\d{3}$/.test(d) || /^07700900\d{3}$/.test(d) || /^02079460\d{3}$/.test(d) || /^01134960\d{3}$/.test(d) || /^01144960\d{3}$/.test(d) || /^01174960\d{3}$/.test(d) || /^01314960\d{3}$/.test(d) || /^01214960\d{3}$/.test(d) || /^01614960\d{3}$/.test(d) || /^02890180\d{3}$/.test(d) || /^02920180\d{3}$/.test(d) || /^01914980\d{3}$/.test(d) || /^08081570\d{3}$/.test(d) || /^09098790\d{3}$/.test(d) || /^03069990\d{3}$/.test(d);
    if (!ok) err(`${rel}: non-drama phone number ${p[0]}`);
  }
  // NHS numbers: 3-3-4 digit pattern or 10 digits
  const nhsRe = /\b(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})\b/g; let n;
  while ((n = nhsRe.exec(body))) { const d = n[0].replace(/\D/g,''); if (d.startsWith('0')) continue; if (!d.startsWith('999')) err(`${rel}: NHS number not 999: ${n[0]}`); }
  return w;
}
let letters=0, marks=0, flaggedN=0, cleanN=0, cleanWords=0, flaggedWords=0; const byLens = Object.fromEntries(LENSES.map(l=>[l,0]));
let ti = 0;
const fdir = path.join(root,'flagged'), cdir = path.join(root,'clean');
const byAudience = {};
for (const f of fs.readdirSync(fdir).filter(x=>x.endsWith('.txt')).sort()) {
  const rel = `flagged/${f}`; const txt = fs.readFileSync(path.join(fdir,f),'utf8');
  letters++; flaggedN++; flaggedWords += checkCommon(rel, txt);
  const aud = txt.split('\n')[0]; byAudience[aud]=(byAudience[aud]||0)+1;
  // balance / nesting
  let depth=0, cur='', list=[];
  for (const ch of txt) {
    if (ch==='⟪') { if (depth>0) err(`${rel}: nested mark`); depth++; cur=''; continue; }
    if (ch==='⟫') { if (depth===0) err(`${rel}: unbalanced close`); else { depth--; list.push(cur); } continue; }
    if (depth>0) cur+=ch;
  }
  if (depth!==0) err(`${rel}: unclosed mark`);
  if (list.some(x=>x.includes('|'))) err(`${rel}: lens tag left in flagged file`);
  if (list.length===0) err(`${rel}: no marks`);
  for (const m of list) {
    const r = tsvRows[ti++];
    if (!r || r[0]!==rel || r[1]!==m) { err(`${rel}: tsv mismatch at mark "${m}" vs ${JSON.stringify(r)}`); continue; }
    if (!LENSES.includes(r[2])) err(`${rel}: bad lens ${r[2]}`); else byLens[r[2]]++;
    marks++;
  }
}
if (ti !== tsvRows.length) err(`tsv has ${tsvRows.length} rows but ${ti} marks`);
for (const f of fs.readdirSync(cdir).filter(x=>x.endsWith('.txt')).sort()) {
  const rel = `clean/${f}`; const txt = fs.readFileSync(path.join(cdir,f),'utf8');
  letters++; cleanN++; cleanWords += checkCommon(rel, txt);
  if (/[⟪⟫]/.test(txt)) err(`${rel}: marks in clean letter`);
  const aud = txt.split('\n')[0]; byAudience[aud]=(byAudience[aud]||0)+1;
}
console.log(`letters: ${letters} (flagged ${flaggedN}, clean ${cleanN})`);
console.log(`marks: ${marks}`);
for (const l of LENSES) console.log(`  ${l}: ${byLens[l]}`);
console.log(`words in flagged letters: ${flaggedWords}`);
console.log(`words in clean letters: ${cleanWords}`);
console.log(`by audience: ${JSON.stringify(byAudience)}`);
console.log(errors ? `ERRORS: ${errors}` : 'all checks passed');
process.exit(errors?1:0);
