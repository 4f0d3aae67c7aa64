/**
 * In a letter about something that went wrong, a passive with no one doing it hides who was
 * responsible: "your referral was not sent", "the result was overlooked", "errors were made
 * during the operation", "an oversight occurred". Phrase rules list the commonest wordings; this
 * check catches the rest by their grammar:
 * - was / were / has been / have been / had been, then "not" or "never" and a verb of something we
 *   should have done ("sent", "checked", "passed on"), or, without "not", a verb of failure
 *   ("missed", "overlooked", "mislaid");
 * - a failure noun that merely "occurred" or "happened";
 * - nothing if the letter names who did it ("by the ward team", or a reason naming us: "because one
 *   of our nurses misread it") or the subject is a person ("we", "I", "you"), and nothing unless
 *   the letter is about something that went wrong.
 * Neutral clinical facts ("your blood was taken", "no cancer was found") never match: those verbs
 * are on neither list.
 */
import { GAP_CLAUSE, GAP_HARD, GAP_SOFT } from '../tokenize.js';
import { INTERJECTED_WORDS, MAX_ASIDE_WORDS, MAX_INTERJECTIONS } from '../interjections.js';
import { formFilter, joined, once, signal, word, type LetterCheck, type LetterContext, type LetterHit, type Span } from './context.js';
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/agentless-passive.md):
 * - should-have: things we should have done, a failure when negated ("was not sent");
 * - failed-verbs: failures in themselves, wrong even without "not" ("was overlooked");
 * - failure-nouns: "errors were made", "an oversight occurred" (made is a failure only after one);
 * - error-adverbs: with one, any verb is a failure ("was inadvertently sent", "were wrongly recorded");
 * - in-error: verbs done wrongly "in error", "by mistake";
 * - irregular-participles: irregular verbs a letter might say were done wrongly ("was put");
 * - not-fully: degree words after "not" that leave the failing whole ("was not always documented");
 * - sustained-harms: harms a patient "sustained" in our care ("sustained a fall");
 * - discovered-verbs: a failing found out by no one ("this was identified at the next drug round",
 *   "the omission was picked up"), read only when the subject is the failing itself.
 * Built once per checker (words.ts).
 */
export interface PassiveWords {
  shouldHave: ReadonlySet<string>;
  failed: ReadonlySet<string>;
  failureNouns: ReadonlySet<string>;
  errorAdverbs: ReadonlySet<string>;
  inError: ReadonlySet<string>;
  irregular: ReadonlySet<string>;
  notFully: ReadonlySet<string>;
  harms: ReadonlySet<string>;
  /** The words after "was" that the check reads: passing over one as an aside would miss it. */
  lookedFor: ReadonlySet<string>;
  /** Finding out, with no one finding: "this was identified", "the omission was picked up". */
  discovered: ReadonlySet<string>;
  /** Our staff (shifted-blame's staff-subjects): a reason naming one names the doer. */
  staff: ReadonlySet<string>;
  /** Words that start another clause: a "by" after one is that clause's ("not shared as the referral was completed by..."). */
  clauseStarts: ReadonlySet<string>;
  /** "as" starts a clause before a subject ("as the referral was..."), not in "marked as urgent". */
  asSubjects: ReadonlySet<string>;
  /** "by which time", "by then", "by the time": a time, not a doer. */
  byTime: ReadonlySet<string>;
  /** "wrong", "incorrect": "sent to an incorrect address" was done wrongly. */
  wrong: ReadonlySet<string>;
  /** Before "could not be": a person as subject, or a reason or purpose ("so that", "if"). */
  unable: ReadonlySet<string>;
  /** Before the subject, a time for something else: "once the error was identified, we...". */
  timeClause: ReadonlySet<string>;
  /** Particles of phrasal verbs ("passed on"), which no failure verb takes. */
  particles: ReadonlySet<string>;
  /** People as subjects ("we were not told"): no one hidden. */
  people: ReadonlySet<string>;
}

function passiveWords(w: WordClasses): PassiveWords {
  const shouldHave = w.set('should-have');
  const failed = w.set('failed-verbs');
  return {
    shouldHave,
    failed,
    failureNouns: w.set('failure-nouns'),
    errorAdverbs: w.set('error-adverbs'),
    inError: w.set('in-error'),
    irregular: w.set('irregular-participles'),
    notFully: w.set('not-fully'),
    harms: w.set('sustained-harms'),
    lookedFor: new Set(['not', 'never', 'made', ...shouldHave, ...failed]),
    staff: w.set('staff-subjects'),
    discovered: w.set('discovered-verbs'),
    clauseStarts: w.set('clause-starts'),
    asSubjects: w.set('as-subjects'),
    byTime: w.set('by-time'),
    wrong: w.set('wrong-words'),
    unable: w.set('unable-quiet'),
    timeClause: w.set('time-clause'),
    particles: w.set('particles'),
    people: w.set('people-subjects'),
  };
}

/**
 * Words a writer puts between "was" and the verb without changing who is hidden: "mistakes were
 * unfortunately made", "was, sadly, not actioned", "was not, at that time, actioned". Up to
 * MAX_INTERJECTIONS of them are passed over at each place: an interjected adverb, or a short
 * aside between commas.
 */
const INTERJECTED = new Set(INTERJECTED_WORDS);

/** j, or the token after the interjections that start at j when the clause goes on after them. */
function pastInterjection(ctx: LetterContext, W: PassiveWords, j: number): number {
  for (let n = 0; n < MAX_INTERJECTIONS && joined(ctx, j); n++) {
    // The word looked for ends the search: "was not, at that time, sent, so..." stops at "sent".
    if (W.lookedFor.has(word(ctx, j))) break;
    const after = INTERJECTED.has(word(ctx, j)) ? j + 1 : asideEnd(ctx, j);
    if (after < 0 || !joined(ctx, after)) break;
    j = after;
  }
  return j;
}

/** After ", at that time," starting at token j: the token after its closing comma, or -1. */
function asideEnd(ctx: LetterContext, j: number): number {
  const { gap } = ctx.tokens;
  if (gap[j] !== GAP_CLAUSE) return -1;
  for (let k = j; k < j + MAX_ASIDE_WORDS && k + 1 < ctx.tokens.length && (k === j || gap[k] === GAP_SOFT); k++) {
    if (gap[k + 1] === GAP_CLAUSE) return k + 1;
  }
  return -1;
}

/** A past participle: a regular one, or an irregular one a letter might say was done wrongly. */
function participle(W: PassiveWords, w: string): boolean {
  return (w.length > 3 && w.endsWith('ed')) || W.irregular.has(w) || W.shouldHave.has(w) || W.failed.has(w);
}

/** Pronouns that stand for the failing just told: "This was identified", "It was picked up". */
const FAILING_PRONOUNS = new Set(['this', 'it']);

/**
 * Whether the word before token i is the failing as subject: "this", "it", or a failure noun ("the
 * omission"). Not "it was identified that...", where "it" stands for nothing, and not in a clause of
 * time ("once this was identified, the correct tooth was removed"), which tells what we did next.
 */
function failingSubject(ctx: LetterContext, W: PassiveWords, i: number): boolean {
  const w = word(ctx, i - 1);
  if (!(FAILING_PRONOUNS.has(w) || W.failureNouns.has(w)) || ctx.tokens.gap[i] === GAP_HARD) return false;
  for (let k = i - 2; k >= i - 3 && k >= 0 && joined(ctx, k + 1); k--) if (W.timeClause.has(word(ctx, k))) return false;
  return true;
}
const HAPPENED = new Set(['occurred', 'happened', 'arose', 'took']);

/**
 * "by" within the next few words of the clause names who did it: its index, or -1. Six words, so
 * that "was put in the wrong queue by one of our administrators" names its doer.
 */
const AGENT_REACH = 6;
function agentAt(ctx: LetterContext, W: PassiveWords, from: number): number {
  for (let k = from; k < from + AGENT_REACH && joined(ctx, k); k++) {
    if (W.clauseStarts.has(word(ctx, k)) || (word(ctx, k) === 'as' && W.asSubjects.has(word(ctx, k + 1)))) return -1;
    if (word(ctx, k) === 'by' && (W.byTime.has(word(ctx, k + 1)) || (word(ctx, k + 1) === 'the' && word(ctx, k + 2) === 'time'))) return -1;
    // "sent by mistake" names no one.
    if (word(ctx, k) === 'by' && !W.inError.has(word(ctx, k + 1))) return k;
    // "was cancelled at your request" names the person who asked.
    if (word(ctx, k) === 'at' && word(ctx, k + 2) === 'request' && joined(ctx, k + 2)) return k;
  }
  return -1;
}

/**
 * "Why the checks were missed", "how the result was overlooked": a question the letter is asking
 * (an investigation will answer it), with the failing already owned, not a statement that hides
 * who did it. "why" or "how" up to four words before "was", in the same clause.
 */
function asksWhy(ctx: LetterContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    // The gap after word k: a sentence end or a comma puts k in another clause.
    if (ctx.tokens.gap[k + 1] === GAP_HARD || ctx.tokens.gap[k + 1] === GAP_CLAUSE) return false;
    const w = word(ctx, k);
    // "If you think this letter has been sent in error" supposes; it tells of nothing we did.
    if (w === 'why' || w === 'how' || w === 'if' || w === 'whether') return true;
  }
  return false;
}

/** Words that start a reason: "because one of our nurses misread the prescription". */
const REASONS = new Set(['because', 'as', 'since']);
const WE = new Set(['we', 'i', 'our', 'my']);

/**
 * Whether a reason in the same clause, up to eight words on, names us or one of our staff as the
 * doer: "your mother was given the wrong dose because one of our nurses misread the prescription".
 * Staff words are shifted-blame's staff-subjects; "we" and "our" own it outright.
 */
function reasonNamesDoer(ctx: LetterContext, W: PassiveWords, from: number): boolean {
  for (let k = from; k < from + 8 && joined(ctx, k); k++) {
    if (!REASONS.has(word(ctx, k))) continue;
    for (let m = k + 1; m < k + 5 && joined(ctx, m); m++) if (WE.has(word(ctx, m)) || staffWord(W, word(ctx, m))) return true;
    return false;
  }
  return false;
}

/**
 * Whether "I" or "we" owns a failing, with "did not", "failed" or "should have", earlier in this
 * sentence or in the one before: "I did not contact your GP, which I should have done. As a result,
 * the follow-up scan was not booked" tells the passive's doer already.
 */
const OWNING = new Set(['did', "didn't", 'failed', 'should', 'forgot']);
function ownedBefore(ctx: LetterContext, at: number): boolean {
  for (let k = at - 1, ends = 0; k >= 0 && k > at - 40; k--) {
    if (ctx.tokens.gap[k + 1] === GAP_HARD && ++ends > 1) return false;
    if (ownsAt(ctx, k)) return true;
  }
  return false;
}
/** "I did not", "we failed", "I should have", "we forgot" at token k. */
function ownsAt(ctx: LetterContext, k: number): boolean {
  const w = word(ctx, k);
  return (w === 'i' || w === 'we') && OWNING.has(word(ctx, k + 1)) && (word(ctx, k + 1) !== 'did' || word(ctx, k + 2) === 'not');
}

const DOER_DETERMINERS = new Set(['the', 'our', 'one']);
const OWNED_THAT = new Set(['that', 'this', 'it']);
/** A staff word, singular or plural ("the two nurses"); not "he" or "she", who may be the patient. */
function staffWord(W: PassiveWords, w: string): boolean {
  return w !== 'he' && w !== 'she' && (W.staff.has(w) || W.staff.has(w.slice(0, -1)));
}

/**
 * Whether the next sentence names who did it: its subject is one of our staff ("The nurse looking
 * after the corridor had twelve patients and missed it"), or it gives the reason and names us
 * ("This happened because the ward did not have it in stock and I did not escalate it").
 */
function nextNamesDoer(ctx: LetterContext, W: PassiveWords, from: number): boolean {
  let k = from;
  while (k < from + 30 && k < ctx.tokens.length && ctx.tokens.gap[k] !== GAP_HARD) k++;
  if (k >= from + 30 || k >= ctx.tokens.length) return false;
  // A noun phrase of our staff as subject: "The nurse", "Our pharmacist", "The two nurses" (not "GP: please...").
  // One token of slack: a time's "02:40." can leave its minutes at the start of the next sentence.
  for (let d = k; d < k + 2; d++) if (DOER_DETERMINERS.has(word(ctx, d)) && (staffWord(W, word(ctx, d + 1)) || staffWord(W, word(ctx, d + 2)))) return true;
  // Or owns it in the first person: "I was the admitting doctor, and I did not prescribe them".
  for (let m = k; m < k + 20 && m < ctx.tokens.length && (m === k || ctx.tokens.gap[m] !== GAP_HARD); m++) if (ownsAt(ctx, m)) return true;
  // Or says whose it was: "That was our mistake.", "This was my error."
  if (OWNED_THAT.has(word(ctx, k)) && word(ctx, k + 1) === 'was' && WE.has(word(ctx, k + 2)) && W.failureNouns.has(word(ctx, k + 3))) return true;
  if (!FAILING_PRONOUNS.has(word(ctx, k)) || word(ctx, k + 2) !== 'because') return false;
  // Owned only by "we", "I", "our": "This was because agency staff were covering" shifts it.
  for (let m = k + 3; m < k + 17 && joined(ctx, m); m++) if (WE.has(word(ctx, m))) return true;
  return false;
}

/** Whether "in error", "by mistake", "wrongly" or "to the wrong ..." follows the verb at `from` in its clause. */
function doneWrongly(ctx: LetterContext, W: PassiveWords, from: number): boolean {
  for (let k = from; k < from + 6 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (W.errorAdverbs.has(w)) return true;
    if ((w === 'in' || w === 'by') && W.inError.has(word(ctx, k + 1)) && joined(ctx, k + 1)) return true;
    // "to the wrong ward", "to an incorrect address", "a wrong dose".
    if ((w === 'the' || w === 'an' || w === 'a') && W.wrong.has(word(ctx, k + 1)) && joined(ctx, k + 1)) return true;
  }
  return false;
}

/** One failure told in the passive: "was" to the verb, and where "by ..." names who did it (-1 when nothing does). */
export interface FailurePassive {
  start: number;
  end: number;
  /** Token index of "by" naming the doer, or -1. */
  agent: number;
  /** "why the checks were missed": a question the letter asks, not a statement. */
  asked: boolean;
  /** The verb phrase alone, for the suggestions. */
  phrase: string;
  /** A reason in the clause names us or our staff as the doer ("because one of our nurses misread it"). */
  owned?: boolean;
  /**
   * "There was a delay" with no cause given: it is a failing only in a letter that says so elsewhere
   * (the phrase is itself a went-wrong signal, and "there was a delay in the post, so we have sent a
   * copy by email" is no failing of ours).
   */
  alone?: boolean;
}

/**
 * The failures told in the passive, in text order, whether or not they name who did it. Two checks
 * read them (this one and shifted-blame.ts): found once per letter.
 */
export function failurePassives(ctx: LetterContext): FailurePassive[] {
  return once(ctx, findFailurePassives);
}

function findFailurePassives(ctx: LetterContext): FailurePassive[] {
  const { tokens } = ctx;
  const W = ctx.words.compiled(passiveWords);
  const out: FailurePassive[] = [];
  // The words a passive's report starts at (each branch below tests one of them first).
  const starts = formFilter(ctx, 'failure-passive', (w) =>
    w === 'was' || w === 'were' || w === "wasn't" || w === "weren't" || w === 'has' || w === 'have' || w === 'had' || HAPPENED.has(w) || w === 'sustained' || w === 'came' || w === 'come' || w === 'be' || w === 'there');
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.flags[i] !== 0 || !starts(i)) continue;
    const w = word(ctx, i);
    let j = -1;
    // "could not be processed", "cannot be located": at is where the report starts, its subject before it.
    let at = i;
    if (w === 'be') {
      const m = word(ctx, i - 1);
      if (m === 'cannot' || m === "can't" || m === "couldn't") at = i - 1;
      else if (m === 'not' && (word(ctx, i - 2) === 'could' || word(ctx, i - 2) === 'can') && joined(ctx, i - 1)) at = i - 2;
      else continue;
      // "could not be" says it was impossible, not that someone failed: quiet when a person is the
      // subject ("another patient could not be seen") or the clause gives a reason or purpose for
      // what someone then did ("Because the blood could not be returned, the nurse...", "so that a
      // result cannot be filed").
      if (!joined(ctx, i) || W.unable.has(word(ctx, at - 1))) continue;
      let reason = false;
      for (let k = at - 1; k >= at - 8 && k > 0 && joined(ctx, k + 1) && !reason; k--) reason = W.unable.has(word(ctx, k));
      if (reason) continue;
      j = i + 1;
    } else if (w === 'was' || w === 'were' || w === "wasn't" || w === "weren't") j = i + 1;
    else if ((w === 'has' || w === 'have' || w === 'had') && word(ctx, i + 1) === 'been' && joined(ctx, i + 1)) j = i + 2;
    else if ((w === 'came' || w === 'come') && word(ctx, i + 1) === 'to' && word(ctx, i + 2) === 'light' && joined(ctx, i + 2)) {
      // "The omission came to light in September", "this has come to light": found out by no one.
      const s = word(ctx, i - 1) === 'has' || word(ctx, i - 1) === 'had' ? i - 1 : i;
      if (failingSubject(ctx, W, s)) out.push({ start: tokens.start[s - 1], end: tokens.end[i + 2], agent: agentAt(ctx, W, i + 3), asked: asksWhy(ctx, s), phrase: '' });
      continue;
    } else if (HAPPENED.has(w) && W.failureNouns.has(word(ctx, i - 1)) && tokens.gap[i] !== GAP_HARD) {
      const end = w === 'took' && word(ctx, i + 1) === 'place' ? i + 1 : i;
      if (w === 'took' && end === i) continue;
      const agent = agentAt(ctx, W, end + 1);
      out.push({ start: tokens.start[i - 1], end: tokens.end[end], agent, asked: false, phrase: '' });
      continue;
    } else if (w === 'there') {
      // "there was a further delay", "there had been a dispensing error": a failing with no one in
      // it. Up to three words before the failure noun ("a 5-week delay"); "no", "not", "any" deny it.
      const b = word(ctx, i + 1) === 'was' || word(ctx, i + 1) === 'were' ? i + 2 : HAVE.test(word(ctx, i + 1)) && word(ctx, i + 2) === 'been' ? i + 3 : -1;
      for (let k = b; b > 0 && k < b + 4 && joined(ctx, k) && !DENIED.has(word(ctx, k)); k++) {
        if (!W.failureNouns.has(word(ctx, k))) continue;
        // A cause given after it ("owing to a backlog", "due to staff sickness") says it explains a failing.
        let why = false;
        for (let m = k + 1; m < k + 20 && joined(ctx, m) && !why; m++) why = word(ctx, m + 1) === 'to' && (word(ctx, m) === 'due' || word(ctx, m) === 'owing');
        out.push({ start: tokens.start[i], end: tokens.end[k], agent: -1, asked: asksWhy(ctx, i), phrase: '', owned: reasonNamesDoer(ctx, W, k + 1) || ownedBefore(ctx, i), alone: !why });
        break;
      }
      continue;
    } else if (w === 'sustained' && tokens.gap[i] !== GAP_HARD && !BE.has(word(ctx, i - 1)) && (word(ctx, i + 1) === 'a' || word(ctx, i + 1) === 'an') && joined(ctx, i + 1)) {
      // "sustained a fall", "sustained a serious head injury": up to two words before the harm.
      for (let k = i + 2; k < i + 5 && joined(ctx, k); k++) {
        if (!W.harms.has(word(ctx, k))) continue;
        out.push({ start: tokens.start[i], end: tokens.end[k], agent: -1, asked: false, phrase: '' });
        break;
      }
      continue;
    }
    if (j < 0 || !joined(ctx, j) || tokens.gap[at] === GAP_HARD) continue;
    if (W.people.has(word(ctx, at - 1))) continue;
    j = pastInterjection(ctx, W, j);
    const said = word(ctx, j) === 'not' || word(ctx, j) === 'never';
    const negated = at < i || w.endsWith("n't") || said;
    if (said) j++;
    // "was not always documented", "were not properly checked": a failing in part is still one.
    if (negated && W.notFully.has(word(ctx, j)) && joined(ctx, j) && joined(ctx, j + 1)) j++;
    if (!joined(ctx, j)) continue;
    j = pastInterjection(ctx, W, j);
    // "wrongly" and "incorrectly" are not interjections elsewhere: step over one here.
    if (W.errorAdverbs.has(word(ctx, j)) && joined(ctx, j + 1)) j++;
    const verb = word(ctx, j);
    let wrongly = false;
    for (let k = i + 1; k < j && !wrongly; k++) wrongly = W.errorAdverbs.has(word(ctx, k));
    const failed =
      W.failed.has(verb) ||
      (verb === 'made' && W.failureNouns.has(word(ctx, i - 1))) ||
      (negated && W.shouldHave.has(verb)) ||
      (!negated && W.discovered.has(verb) && failingSubject(ctx, W, i) && !(word(ctx, i - 1) === 'it' && word(ctx, j + 1) === 'that')) ||
      (!negated && participle(W, verb) && (wrongly || doneWrongly(ctx, W, j + 1)));
    if (!failed) continue;
    // Particles belong to phrasal verbs ("passed on", "switched on"); no failure verb takes one
    // ("was cancelled on the day").
    const end = !W.failed.has(verb) && joined(ctx, j + 1) && W.particles.has(word(ctx, j + 1)) ? j + 1 : j;
    out.push({
      start: tokens.start[at],
      end: tokens.end[end],
      agent: agentAt(ctx, W, end + 1),
      asked: asksWhy(ctx, at),
      phrase: ctx.text.slice(tokens.start[at], tokens.end[end]),
      owned: reasonNamesDoer(ctx, W, end + 1) || nextNamesDoer(ctx, W, end + 1) || ownedBefore(ctx, at),
    });
  }
  return out;
}

const BE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
const HAVE = /^ha(?:s|d|ve)$/;
/** Before the noun, these deny the failing or make it another thing's: "no delay", "a risk of error", "a talk about delays". */
const DENIED = new Set(['no', 'not', 'never', 'any', 'of', 'about']);

/**
 * Whether the letter is about something that went wrong, or apologises for something: the context
 * these checks need. Runs per paragraph on every keystroke, so it reads the two signal lists in
 * place rather than joining them.
 */
export function aboutAFailing(ctx: LetterContext): boolean {
  return signal(ctx, 'went-wrong').length > 0 || signal(ctx, 'apology').length > 0;
}

const anyOutside = (spans: readonly Span[], from: number, to: number): boolean => spans.some((s) => s.end <= from || s.start >= to);

/** Whether a signal of a failing (a went-wrong phrase or an apology) lies outside [from, to). */
export const failingOutside = (ctx: LetterContext, from: number, to: number): boolean =>
  anyOutside(signal(ctx, 'went-wrong'), from, to) || anyOutside(signal(ctx, 'apology'), from, to);

/** Whether what the letter says around it makes this passive a failing worth flagging. */
function toldAsAFailing(ctx: LetterContext, p: FailurePassive, about: boolean): boolean {
  // "There was a delay ... owing to a backlog": a cause given says it explains a failing, whatever else the letter says.
  if (p.alone === false) return true;
  if (!about) return false;
  // "There was a delay" with no cause is itself a went-wrong signal: it needs another one.
  return !p.alone || failingOutside(ctx, p.start, p.end);
}

export const checkAgentlessPassive: LetterCheck = (ctx) => {
  const about = aboutAFailing(ctx);
  const hits: LetterHit[] = [];
  for (const p of failurePassives(ctx)) {
    if (p.agent >= 0 || p.asked || p.owned || !toldAsAFailing(ctx, p, about)) continue;
    const fell = !p.phrase && /^sustained an? fall$/i.test(ctx.text.slice(p.start, p.end));
    const suggestions = p.phrase ? [`${p.phrase} by us`, `${p.phrase} by our team`] : fell ? ['fell'] : [];
    hits.push({ start: p.start, end: p.end, suggestions });
  }
  return hits;
};
