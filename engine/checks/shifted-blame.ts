/**
 * In a letter about something that went wrong, the failing put on someone or something other
 * than "we". Four shapes, each read by its grammar rather than listed phrase by phrase:
 * - a member of staff explained by their kind: "the doctor who saw you was a locum", "the GP who
 *   filed it was an agency GP", "she was new to the ward", "the nurse was unfamiliar with our
 *   systems";
 * - a kind of staff said not to know the place: "a locum who did not know our systems", "agency
 *   staff who had not worked on the ward before";
 * - a failure in the passive done "by" one person in a junior or named role: "the referral was
 *   not marked as urgent by the secretary", "the result was misread by the radiologist";
 * - the cause laid on a thing: "this was due to the prescription chart being difficult to read",
 *   "this was caused by an outdated address on a legacy system", "due to short staffing".
 * A team, "we" or "our staff" as the doer is owning it, and is left alone.
 */
import { failurePassives } from './agentless-passive.js';
import { formFilter, joined, signal, word, written, type LetterCheck, type LetterContext, type LetterHit } from './context.js';
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/shifted-blame.md),
 * built once per checker (words.ts):
 * - staff-subjects: one person at work, as a sentence's subject: "the doctor who saw you", "the GP", "she".
 * - staff-kinds: kinds of staff given as the reason: "was a locum", "was an agency nurse", "was new".
 * - stretched: "was covering two areas", "was covering for a colleague": one person stretched, as the reason.
 * - object-before: words that make a "you" just before the verb an object: "the doctor who saw you was a locum".
 * - one-person: one person as the doer after "by": "by the secretary", "by a junior doctor".
 * - person-determiners: words between "by" and the person that leave them one person: "by the on-call secretary".
 * - blamed-things: things and circumstances a cause is laid on.
 * - failing-words: before the link in its sentence, one of these says it explains a failing: "this was due to".
 * - own-failings: what "our" owns in a cause: "due to our error".
 * - unaware-verbs: after "who did not" or "who had never", what a kind of staff did not know: "know", "worked".
 */
interface BlameWords {
  staff: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  stretched: ReadonlySet<string>;
  objectBefore: ReadonlySet<string>;
  onePerson: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  things: ReadonlySet<string>;
  failing: ReadonlySet<string>;
  ownFailings: ReadonlySet<string>;
  unaware: ReadonlySet<string>;
}

function blameWords(w: WordClasses): BlameWords {
  return {
    staff: w.set('staff-subjects'),
    kinds: w.set('staff-kinds'),
    stretched: w.set('stretched'),
    objectBefore: w.set('object-before'),
    onePerson: w.set('one-person'),
    determiners: w.set('person-determiners'),
    things: w.set('blamed-things'),
    failing: w.set('failing-words'),
    ownFailings: w.set('own-failings'),
    unaware: w.set('unaware-verbs'),
  };
}

/** How far back the staff subject may be: "the doctor who saw you on 3 May was a locum". */
const SUBJECT_REACH = 12;

/** Links that give a cause: "due to", "caused by", "because of", "owing to", "down to", "the result of". */
const CAUSE_HEADS = new Map<string, string>([
  ['due', 'to'], ['owing', 'to'], ['caused', 'by'], ['because', 'of'], ['down', 'to'], ['result', 'of'], ['attributable', 'to'], ['attributed', 'to'],
]);
/** The writer owning the cause: "due to a mistake we made", "because of us". */
const OWNERS = new Set(['we', 'i', 'us', 'me', 'our', 'my', 'ourselves', 'myself']);
const CAUSE_REACH = 8;
const FAILING_REACH = 10;

/** "was a locum", "were agency staff", "was new to the ward", "was covering two areas" at be-verb i, with a staff subject before it. */
function kindAt(ctx: LetterContext, W: BlameWords, i: number): LetterHit | null {
  let j = i + 1;
  if (!joined(ctx, j)) return null;
  if (word(ctx, j) === 'a' || word(ctx, j) === 'an' || word(ctx, j) === 'not') j++;
  if (!joined(ctx, j)) return null;
  const w = word(ctx, j);
  let end = -1;
  if (w === 'newly' && joined(ctx, j + 1)) end = j + 1;
  else if (W.kinds.has(w) && w !== 'new' && w !== 'unfamiliar') end = j;
  // "was from an agency", "was from the bank".
  else if (w === 'from' && ['agency', 'bank'].includes(word(ctx, j + 2)) && ['an', 'the', 'a'].includes(word(ctx, j + 1)) && joined(ctx, j + 2)) end = j + 2;
  // "new" only as a kind of staff: "new to the ward", "a new member of staff", "newly qualified".
  else if (w === 'new' && ['to', 'member', 'starter', 'recruit', 'doctor', 'nurse', 'midwife', 'in'].includes(word(ctx, j + 1)) && joined(ctx, j + 1)) end = j + 1;
  else if ((w === 'unfamiliar' || (w === 'familiar' && word(ctx, j - 1) === 'not')) && word(ctx, j + 1) === 'with' && joined(ctx, j + 1)) end = j + 1;
  else if (w === 'covering' && W.stretched.has(word(ctx, j + 1)) && joined(ctx, j + 1)) end = j + 1;
  if (end < 0) return null;
  for (let k = i - 1; k >= 0 && k >= i - SUBJECT_REACH; k--) {
    const s = word(ctx, k);
    // "you were new to the area", "we were short": the reader or the writer is the subject. A "you"
    // further back is an object ("the nurse looking after you that night was from an agency").
    if ((s === 'you' || s === 'we' || s === 'i') && k === i - 1 && !W.objectBefore.has(word(ctx, k - 1))) return null;
    if (W.staff.has(s)) return { start: ctx.tokens.start[i], end: ctx.tokens.end[end], suggestions: [] };
    if (!joined(ctx, k)) return null;
  }
  return null;
}

/** Negations between "who" and the verb: "who did not know", "who had never worked", "who wasn't trained". */
const NEGATIONS = new Set(['not', 'never', "didn't", "hadn't", "wasn't", "weren't", "hasn't", "haven't"]);

/**
 * "a locum who did not know our systems", "agency staff who had never worked on the ward" at "who"
 * (token i): a kind of staff just before it, a negation and a verb of knowing the place after it.
 */
function unawareAt(ctx: LetterContext, W: BlameWords, i: number): LetterHit | null {
  // The kind is the word before "who" ("a locum who") or the one before a staff word ("agency staff who").
  let kind = -1;
  if (W.kinds.has(word(ctx, i - 1)) && joined(ctx, i)) kind = i - 1;
  else if (W.staff.has(word(ctx, i - 1)) && W.kinds.has(word(ctx, i - 2)) && joined(ctx, i) && joined(ctx, i - 1)) kind = i - 2;
  // "new" and "unfamiliar" are kinds only in their own shapes (kindAt).
  if (kind < 0 || word(ctx, kind) === 'new' || word(ctx, kind) === 'unfamiliar') return null;
  let negated = false;
  for (let k = i + 1; k <= i + 4 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (NEGATIONS.has(w)) negated = true;
    else if (negated && W.unaware.has(w)) return { start: ctx.tokens.start[kind], end: ctx.tokens.end[k], suggestions: [] };
  }
  return null;
}

/** "due to the chart being difficult to read" at link head i: the hit, or null. */
function causeAt(ctx: LetterContext, W: BlameWords, i: number): LetterHit | null {
  const second = CAUSE_HEADS.get(word(ctx, i));
  if (!second || word(ctx, i + 1) !== second || !joined(ctx, i + 1)) return null;
  // "as a result of", "the result of": "result" needs its article.
  let start = i;
  if (word(ctx, i) === 'result') {
    const before = word(ctx, i - 1);
    if (before !== 'a' && before !== 'the' && before !== 'direct') return null;
    start = i - 1;
  }
  let failing = false;
  for (let k = i - 1; k >= 0 && k >= i - FAILING_REACH && !failing; k--) {
    failing = W.failing.has(word(ctx, k)) || word(ctx, k).endsWith("n't");
    if (!joined(ctx, k)) break;
  }
  if (!failing) return null;
  for (let k = i + 2; k < i + 2 + CAUSE_REACH && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (OWNERS.has(w) && w !== 'our') return null;
    // "due to our error", "because of my mistake": owned.
    if ((w === 'our' || w === 'my') && W.ownFailings.has(word(ctx, k + 1))) return null;
    if (!W.things.has(w)) continue;
    // "the IT system" but not "it" the pronoun: "it" counts only in capitals.
    if (w === 'it' && written(ctx, k) !== 'IT') continue;
    // "due to a mistake we made in our system" owns it.
    for (let m = k + 1; m < k + 4 && joined(ctx, m); m++) if (OWNERS.has(word(ctx, m)) && word(ctx, m) !== 'our') return null;
    // "an outdated address", "the legacy system": the finding runs to the end of the thing's name.
    let end = k;
    while (joined(ctx, end + 1) && W.things.has(word(ctx, end + 1)) && word(ctx, end + 1) !== 'it') end++;
    return { start: ctx.tokens.start[start], end: ctx.tokens.end[end], suggestions: [] };
  }
  return null;
}

/**
 * A thing as the doer of the failing, at "did" or "failed" (token i): "our IT system did not flag the
 * result", "the buddy system did not pick it up", "the courier failed to deliver it". The thing is a
 * blamed thing up to three words back in the clause, with a determiner before it (so it is the subject).
 */
const SUBJECT_DETERMINERS = new Set(['the', 'our', 'a', 'an', 'their', 'this']);
function thingFailedAt(ctx: LetterContext, W: BlameWords, i: number): LetterHit | null {
  const w = word(ctx, i);
  const not = w === "didn't" || word(ctx, i + 1) === 'not';
  if (w === 'failed' ? word(ctx, i + 1) !== 'to' && !not : !not) return null;
  const end = w === "didn't" ? i + 1 : i + 2;
  for (let k = i - 1; k >= i - 3 && k > 0 && joined(ctx, k + 1); k--) {
    if (!W.things.has(word(ctx, k)) || (word(ctx, k) === 'it' && written(ctx, k) !== 'IT')) continue;
    let d = k - 1;
    while (d > k - 3 && joined(ctx, d + 1) && !SUBJECT_DETERMINERS.has(word(ctx, d))) d--;
    if (SUBJECT_DETERMINERS.has(word(ctx, d)) && joined(ctx, d + 1)) return { start: ctx.tokens.start[d], end: ctx.tokens.end[end], suggestions: [] };
  }
  return null;
}

/** "by the secretary": the person's token after the "by" at `by`, or -1. */
function onePersonAfter(ctx: LetterContext, W: BlameWords, by: number): number {
  for (let k = by + 1; k < by + 4 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (W.onePerson.has(w)) return k;
    if (!W.determiners.has(w) && !w.startsWith('on-')) return -1;
  }
  return -1;
}

export const checkShiftedBlame: LetterCheck = (ctx) => {
  if (signal(ctx, 'went-wrong').length === 0) return [];
  const { tokens } = ctx;
  const W = ctx.words.compiled(blameWords);
  const hits: LetterHit[] = [];
  const starts = formFilter(ctx, 'shifted-blame', (w) => w === 'was' || w === 'were' || w === 'is' || w === 'who' || w === 'did' || w === "didn't" || w === 'failed' || CAUSE_HEADS.has(w));
  for (let i = 1; i < tokens.length; i++) {
    if (!starts(i)) continue;
    const w = word(ctx, i);
    const hit = w === 'was' || w === 'were' || w === 'is' ? kindAt(ctx, W, i) : w === 'who' ? unawareAt(ctx, W, i) : CAUSE_HEADS.has(w) ? causeAt(ctx, W, i) : thingFailedAt(ctx, W, i);
    const last = hits[hits.length - 1];
    // "was a relief doctor who had not worked here": the kind and what they did not know are one finding.
    if (hit && last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else if (hit) hits.push(hit);
  }
  for (const p of failurePassives(ctx)) {
    if (p.agent < 0 || word(ctx, p.agent) !== 'by') continue;
    const person = onePersonAfter(ctx, W, p.agent);
    // "member" is one person only as "a member of staff": "by a member of the public" is not us.
    if (person < 0 || (word(ctx, person) === 'member' && word(ctx, person + 2) !== 'staff' && word(ctx, person + 2) !== 'the')) continue;
    hits.push({ start: p.start, end: tokens.end[person], suggestions: [] });
  }
  return hits.sort((a, b) => a.start - b.start);
};
