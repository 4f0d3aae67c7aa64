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
 * - reactions: feelings written from outside as how the person behaved: "She became tearful",
 *   "Mother became upset and raised her voice", "He was clearly angry". Only after a verb of
 *   change (change-verbs) or a word of judgement (judging-words): "he was upset by the news" is
 *   said with sympathy, "he became upset" as what he did. Never of "you".
 * - loaded-verbs: what the person did, in a verb that casts them as hostile or dishonest: "He
 *   demanded", "She admits purging", "he has lied", "He threatened to stop using the machine".
 * - persist-words, persist-actions: "kept asking", "keeps ringing the department", "continues to
 *   refuse": something they are entitled to do, counted against them.
 * - admission-words: after "admitted", a hospital admission: "every patient admitted to Ward 9".
 * - label-titles: a title before a surname, which makes the pair a person ("Ms Sharma became upset").
 */
interface LabelWords {
  people: ReadonlySet<string>;
  links: ReadonlySet<string>;
  between: ReadonlySet<string>;
  labels: ReadonlySet<string>;
  knownNouns: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  reactions: ReadonlySet<string>;
  change: ReadonlySet<string>;
  judging: ReadonlySet<string>;
  loaded: ReadonlySet<string>;
  persist: ReadonlySet<string>;
  persistActions: ReadonlySet<string>;
  admission: ReadonlySet<string>;
  titles: ReadonlySet<string>;
}

function labelWords(w: WordClasses): LabelWords {
  return {
    people: w.set('label-people'),
    links: w.set('linking-verbs'),
    between: w.set('label-between'),
    labels: w.set('behaviour-labels'),
    knownNouns: w.set('known-nouns'),
    reporting: w.set('reporting-verbs'),
    reactions: w.set('reactions'),
    change: w.set('change-verbs'),
    judging: w.set('judging-words'),
    loaded: w.set('loaded-verbs'),
    persist: w.set('persist-words'),
    persistActions: w.set('persist-actions'),
    admission: w.set('admission-words'),
    titles: w.set('label-titles'),
  };
}

/** The label after the person at p, if any: its token index, or -1. Reads at most 6 words on. */
const TOWARDS = new Set(['towards', 'toward', 'to', 'with', 'at']);

/** "difficult to examine", "difficult to see on X-ray": about the task, not the person. */
function aboutATask(ctx: LetterContext, k: number): boolean {
  const w = word(ctx, k);
  return (w === 'difficult' || w === 'challenging' || w === 'awkward') && joined(ctx, k + 1) && word(ctx, k + 1) === 'to';
}

/** A word that starts with a capital and goes on in small letters: a surname ("Sharma"), not "GP". */
function capitalised(ctx: LetterContext, i: number): boolean {
  const c = ctx.text.charCodeAt(ctx.tokens.start[i]);
  const d = ctx.text.charCodeAt(ctx.tokens.start[i] + 1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

const QUOTE_ENDS = new Set(['"', '\u201d', '\u2019', "'"]);

/** Whether the word at i follows a closing quotation mark: '"Why?" he demanded'. */
function afterQuote(ctx: LetterContext, i: number): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.tokens.start[i] - 3), ctx.tokens.start[i]).trimEnd();
  return QUOTE_ENDS.has(before.slice(-1));
}

/** "himself", "themselves": "He blames himself" is guilt, not blame put on others. */
function reflexive(w: string): boolean {
  return w.endsWith('self') || w.endsWith('selves');
}

/** "kept asking", "continues to refuse" at k: the last word of it, or -1. */
function persistAt(ctx: LetterContext, W: LabelWords, k: number): number {
  if (!W.persist.has(word(ctx, k))) return -1;
  const a = word(ctx, k + 1) === 'to' && joined(ctx, k + 2) ? k + 2 : k + 1;
  return joined(ctx, a) && W.persistActions.has(word(ctx, a)) ? a : -1;
}

/**
 * What is said of the person at p, if anything: [first, last] token of the label, or null. Reads
 * at most 6 words on. A label ("aggressive") wins over a reaction ("became agitated and
 * challenging" is underlined at "challenging").
 */
function labelAfter(ctx: LetterContext, W: LabelWords, p: number, noReaction: boolean): [number, number] | null {
  let linked = false;
  let judged = false;
  let reaction = -1;
  for (let k = p + 1; k <= p + 6 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (!linked) {
      // Straight after the person (and words like "also", "has"): "He demanded", "she keeps ringing".
      const persisted = persistAt(ctx, W, k);
      if (persisted >= 0) return [k, persisted];
      // "She blames herself": not the blame put on others.
      if (W.loaded.has(w) && !reflexive(word(ctx, k + 1)) && !(w.startsWith('admit') && W.admission.has(word(ctx, k + 1)))) return [k, k];
    }
    if (W.links.has(w)) {
      linked = true;
      judged ||= W.change.has(w);
      continue;
    }
    if (W.judging.has(w)) judged = true;
    if (linked && judged && !noReaction && reaction < 0 && W.reactions.has(w)) {
      reaction = k;
      if (W.between.has(w)) continue;
      return [k, k];
    }
    if (linked && W.labels.has(w)) {
      // "difficult to examine", "challenging to treat": about the task, not the person.
      if (aboutATask(ctx, k)) return reaction < 0 ? null : [reaction, reaction];
      // "verbal" is a label only towards someone: "became verbal towards the reception team".
      if (w === 'verbal' && !TOWARDS.has(word(ctx, k + 1))) return reaction < 0 ? null : [reaction, reaction];
      // "reluctant to start anticoagulation" states a choice about a treatment; "He was reluctant." judges him.
      if (w === 'reluctant' && word(ctx, k + 1) === 'to') return reaction < 0 ? null : [reaction, reaction];
      return [k, k];
    }
    if (!W.between.has(w)) break;
  }
  return reaction < 0 ? null : [reaction, reaction];
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
  const starts = formFilter(ctx, 'behaviour-label', (w) => w === 'known' || W.people.has(w) || W.titles.has(w));
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
    // A titled name is a person too: "Ms Sharma became upset", "Mr Greenway was aggressive".
    const titled = W.titles.has(w) && i + 1 < tokens.length && joined(ctx, i + 1) && capitalised(ctx, i + 1);
    if ((!W.people.has(w) && !titled) || reported(ctx, W, i) || denied(ctx, i)) continue;
    // A reaction is never read of "you" (said to the reader, it is often sympathy), nor in a
    // letter between clinicians ("she became tearful in week 4" is a clinical note of mood).
    const label = labelAfter(ctx, W, titled ? i + 1 : i, w === 'you' || ctx.audience === 'clinician');
    if (label === null) continue;
    // A verb of what the person did is a story's, not a letter's judgement, as a tag on quoted
    // speech ('"Why?" he demanded', '"Of course," he continued turning') or, for a loaded verb,
    // as the last of a list of actions after a comma ("she ordered, entreated, and insisted").
    // "tearful in clinic, and keeps ringing the department" is still a label.
    const loaded = W.loaded.has(word(ctx, label[0]));
    if ((loaded || W.persist.has(word(ctx, label[0]))) && afterQuote(ctx, i)) continue;
    if (loaded && w === 'and' && !joined(ctx, i)) continue;
    hits.push({ start: tokens.start[label[0]], end: tokens.end[label[1]], suggestions: [] });
    i = label[1];
  }
  return hits;
};
