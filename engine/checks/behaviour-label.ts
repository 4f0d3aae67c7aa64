/**
 * A person described by a label for their behaviour: "Your father can be aggressive towards
 * staff", "he became agitated and challenging", "Patient was abusive to staff", "She is a known
 * faller", "a known drug user". The label sticks to the person and is read by everyone who sees
 * the letter; what happened, and what upset them, is what helps. Phrase rules cannot list every
 * "is / was / can be / has been / became [quite / increasingly / verbally]" before every label,
 * so this check reads the grammar:
 * - a person ("you", "he", "she", "they", "patient", a relative) and a linking verb ("is", "was",
 *   "can be", "became", "has been"), with up to a few softening words between ("quite", "at
 *   times", "increasingly", "upset and"), then a behaviour label ("aggressive", "abusive",
 *   "challenging", "hostile", "rude"...);
 * - or "known" before a label noun ("a known faller", "known drug user"), or "known to be" a label.
 * Not labels of a person: "This has been a challenging time", "your cancer is aggressive" (no
 * person is the subject), "he was difficult to examine" (a clinical fact about the examination).
 */
import { formFilter, sameClause as joined, word, type LetterCheck, type LetterContext, type LetterHit } from './context.js';

const PEOPLE = new Set([
  'you', 'he', 'she', 'they', 'patient', 'pt', 'mum', 'dad', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'partner',
  'child', 'family', 'parents', 'brother', 'sister', 'grandmother', 'grandfather', 'gentleman', 'lady', 'man', 'woman', 'boy', 'girl',
  'resident', 'relatives',
]);
const LINKS = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'became', 'become', 'becomes', 'becoming', 'being', 'gets', 'got', 'getting', 'get', 'remains', 'remained', 'seemed', 'seems', 'appeared', 'appears', 'presented']);
/** Words between the person and the label that leave the label as it is. */
const BETWEEN = new Set([
  'can', 'could', 'may', 'might', 'will', 'would', 'has', 'have', 'had', 'often', 'sometimes', 'at', 'times', 'quite', 'very',
  'increasingly', 'extremely', 'rather', 'particularly', 'verbally', 'physically', 'also', 'still', 'now', 'then', 'always',
  'frequently', 'occasionally', 'again', 'and', 'agitated', 'upset', 'distressed', 'as', 'more', 'really', 'so', 'too', 'a', 'bit',
  'little', 'somewhat', 'openly', 'repeatedly',
]);
const LABELS = new Set([
  'aggressive', 'abusive', 'violent', 'hostile', 'challenging', 'difficult', 'rude', 'threatening', 'intimidating', 'confrontational',
  'argumentative', 'obstructive', 'belligerent', 'combative', 'resistive', 'feisty', 'disruptive', 'volatile', 'unpleasant', 'verbal',
  'defiant', 'naughty', 'unruly', 'unreasonable', 'obnoxious', 'awkward', 'truculent', 'aggressively', 'abrasive', 'antagonistic',
  'disrespectful', 'offensive', 'unco-operative', 'uncooperative', 'non-cooperative', 'manipulative', 'disengaged', 'unmotivated',
  'dismissive', 'histrionic', 'troublesome',
]);
/** A label noun after "known": "a known faller", "known drug user". */
const KNOWN_NOUNS = new Set([
  'faller', 'fallers', 'user', 'users', 'abuser', 'abusers', 'addict', 'addicts', 'alcoholic', 'alcoholics', 'absconder', 'drinker',
  'drinkers', 'self-harmer', 'harmer', 'offender', 'ivdu', 'pwid', 'wanderer', 'attender', 'dna', 'non-attender', 'absconder',
  'risk', 'troublemaker', 'dealer',
]);

/** The label after the person at p, if any: its token index, or -1. Reads at most 6 words on. */
const TOWARDS = new Set(['towards', 'toward', 'to', 'with', 'at']);

/** "difficult to examine", "difficult to see on X-ray": about the task, not the person. */
function aboutATask(ctx: LetterContext, k: number): boolean {
  const w = word(ctx, k);
  return (w === 'difficult' || w === 'challenging' || w === 'awkward') && joined(ctx, k + 1) && word(ctx, k + 1) === 'to';
}

function labelAfter(ctx: LetterContext, p: number): number {
  let linked = false;
  for (let k = p + 1; k <= p + 6 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (LINKS.has(w)) {
      linked = true;
      continue;
    }
    if (linked && LABELS.has(w)) {
      // "difficult to examine", "challenging to treat": about the task, not the person.
      if (aboutATask(ctx, k)) return -1;
      // "verbal" is a label only towards someone: "became verbal towards the reception team".
      if (w === 'verbal' && !TOWARDS.has(word(ctx, k + 1))) return -1;
      return k;
    }
    if (!BETWEEN.has(w)) return -1;
  }
  return -1;
}

/** Words that report what someone told us: "You told us that he was aggressive" is the reader's account, of someone else. */
const REPORTING = new Set(['told', 'tell', 'said', 'say', 'says', 'felt', 'feel', 'feels', 'thought', 'think', 'reported', 'described', 'found', 'complained', 'explained', 'raised', 'wrote', 'mentioned']);

/** Whether the person at i is inside what the reader reported, up to five words back in the clause. */
function reported(ctx: LetterContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5 && joined(ctx, k + 1); k--) {
    // Only the reader's own account: "Staff report that she has been aggressive" is a label.
    if (REPORTING.has(word(ctx, k))) return (joined(ctx, k) && word(ctx, k - 1) === 'you') || (joined(ctx, k) && joined(ctx, k - 1) && word(ctx, k - 2) === 'you');
  }
  return false;
}

/** "It does not mean she is being difficult": the label is what the writer says she is not. */
function denied(ctx: LetterContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && joined(ctx, k + 1); k--) {
    const w = word(ctx, k);
    if (w === 'not' || w === 'never' || w.endsWith("n't")) return true;
  }
  return false;
}

export const checkBehaviourLabel: LetterCheck = (ctx) => {
  const { tokens } = ctx;
  const hits: LetterHit[] = [];
  const starts = formFilter(ctx, 'behaviour-label', (w) => w === 'known' || PEOPLE.has(w));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.flags[i] !== 0 || !starts(i)) continue;
    const w = word(ctx, i);
    if (w === 'known' && i + 1 < tokens.length && joined(ctx, i + 1)) {
      let k = i + 1;
      if (word(ctx, k) === 'to' && word(ctx, k + 1) === 'be' && joined(ctx, k + 2) && LABELS.has(word(ctx, k + 2)) && !aboutATask(ctx, k + 2)) {
        hits.push({ start: tokens.start[i], end: tokens.end[k + 2], suggestions: [] });
        i = k + 2;
        continue;
      }
      // "a known drug user": one describing word may come before the noun.
      if (!KNOWN_NOUNS.has(word(ctx, k)) && joined(ctx, k + 1) && KNOWN_NOUNS.has(word(ctx, k + 1))) k++;
      // "known risk" only as "known risk of absconding"? No: a known risk of bleeding is clinical.
      if (KNOWN_NOUNS.has(word(ctx, k)) && word(ctx, k) !== 'risk') {
        hits.push({ start: tokens.start[i], end: tokens.end[k], suggestions: [] });
        i = k;
      }
      continue;
    }
    if (!PEOPLE.has(w) || reported(ctx, i) || denied(ctx, i)) continue;
    const label = labelAfter(ctx, i);
    if (label < 0) continue;
    hits.push({ start: tokens.start[label], end: tokens.end[label], suggestions: [] });
    i = label;
  }
  return hits;
};
