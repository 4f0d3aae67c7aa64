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
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/behaviour-label.md),
 * built once per checker (words.ts):
 * - label-people: a person a label is put on ("he", "patient", a relative).
 * - linking-verbs: verbs linking the person to the label ("is", "became", "remains").
 * - label-between: words between the person and the label that leave the label as it is.
 * - behaviour-labels: labels for a person's behaviour ("aggressive", "challenging", "rude").
 * - known-nouns: a label noun after "known": "a known faller", "known drug user".
 * - reporting-verbs: words that report what someone told us: "You told us that he was aggressive"
 *   is the reader's account, of someone else.
 */
interface LabelWords {
  people: ReadonlySet<string>;
  links: ReadonlySet<string>;
  between: ReadonlySet<string>;
  labels: ReadonlySet<string>;
  knownNouns: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
}

function labelWords(w: WordClasses): LabelWords {
  return {
    people: w.set('label-people'),
    links: w.set('linking-verbs'),
    between: w.set('label-between'),
    labels: w.set('behaviour-labels'),
    knownNouns: w.set('known-nouns'),
    reporting: w.set('reporting-verbs'),
  };
}

/** The label after the person at p, if any: its token index, or -1. Reads at most 6 words on. */
const TOWARDS = new Set(['towards', 'toward', 'to', 'with', 'at']);

/** "difficult to examine", "difficult to see on X-ray": about the task, not the person. */
function aboutATask(ctx: LetterContext, k: number): boolean {
  const w = word(ctx, k);
  return (w === 'difficult' || w === 'challenging' || w === 'awkward') && joined(ctx, k + 1) && word(ctx, k + 1) === 'to';
}

function labelAfter(ctx: LetterContext, W: LabelWords, p: number): number {
  let linked = false;
  for (let k = p + 1; k <= p + 6 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (W.links.has(w)) {
      linked = true;
      continue;
    }
    if (linked && W.labels.has(w)) {
      // "difficult to examine", "challenging to treat": about the task, not the person.
      if (aboutATask(ctx, k)) return -1;
      // "verbal" is a label only towards someone: "became verbal towards the reception team".
      if (w === 'verbal' && !TOWARDS.has(word(ctx, k + 1))) return -1;
      return k;
    }
    if (!W.between.has(w)) return -1;
  }
  return -1;
}

/** Whether the person at i is inside what the reader reported, up to five words back in the clause. */
function reported(ctx: LetterContext, W: LabelWords, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5 && joined(ctx, k + 1); k--) {
    // Only the reader's own account: "Staff report that she has been aggressive" is a label.
    if (W.reporting.has(word(ctx, k))) return (joined(ctx, k) && word(ctx, k - 1) === 'you') || (joined(ctx, k) && joined(ctx, k - 1) && word(ctx, k - 2) === 'you');
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
  const W = ctx.words.compiled(labelWords);
  const hits: LetterHit[] = [];
  const starts = formFilter(ctx, 'behaviour-label', (w) => w === 'known' || W.people.has(w));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.flags[i] !== 0 || !starts(i)) continue;
    const w = word(ctx, i);
    if (w === 'known' && i + 1 < tokens.length && joined(ctx, i + 1)) {
      let k = i + 1;
      if (word(ctx, k) === 'to' && word(ctx, k + 1) === 'be' && joined(ctx, k + 2) && W.labels.has(word(ctx, k + 2)) && !aboutATask(ctx, k + 2)) {
        hits.push({ start: tokens.start[i], end: tokens.end[k + 2], suggestions: [] });
        i = k + 2;
        continue;
      }
      // "a known drug user": one describing word may come before the noun.
      if (!W.knownNouns.has(word(ctx, k)) && joined(ctx, k + 1) && W.knownNouns.has(word(ctx, k + 1))) k++;
      // "known risk" only as "known risk of absconding"? No: a known risk of bleeding is clinical.
      if (W.knownNouns.has(word(ctx, k)) && word(ctx, k) !== 'risk') {
        hits.push({ start: tokens.start[i], end: tokens.end[k], suggestions: [] });
        i = k;
      }
      continue;
    }
    if (!W.people.has(w) || reported(ctx, W, i) || denied(ctx, i)) continue;
    const label = labelAfter(ctx, W, i);
    if (label < 0) continue;
    hits.push({ start: tokens.start[label], end: tokens.end[label], suggestions: [] });
    i = label;
  }
  return hits;
};
