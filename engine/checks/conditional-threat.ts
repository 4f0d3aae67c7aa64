/**
 * A threat: a condition about what the reader does (or does not do), and a penalty that follows
 * it. "If these are not done your prescription will be stopped", "Failure to wear the aids will
 * result in poor outcomes", "Any further requests will be declined", "If his needs continue to
 * increase, we may have to ask you to look for a nursing placement", "Because you are not yet
 * clean, we are unable to reduce your supervision". Writers put it a hundred ways, so phrase lists
 * (threat-of-sanctions) miss most; this check reads the grammar of one sentence:
 * - a CONDITION on the reader's conduct: "if", "unless", "until", "because" or "should" and a
 *   person ("you", "he", "these", "your ...") with a conduct verb negated ("do not attend", "are
 *   not done") or a conduct verb that is itself the fault ("miss", "continue to", "relapse");
 *   "failure to ..."; "any further requests"; "..., or you will ...";
 * - and a PENALTY: a modal, then a sanction on the reader or what is theirs ("your prescription
 *   will be stopped", "you will be discharged", "we will remove you"), something withheld ("we may
 *   not be able to offer", "you will not be seen"), "will result in", or harm to their health
 *   ("your liver will not recover").
 * Both are needed. "If your kidney function gets worse, we will stop the metformin" has no conduct
 * and a medicine, not the reader, on the receiving end; "If you do not need further tests, you
 * will be discharged" has no conduct verb ("need"); "You will be discharged home on Monday" has no
 * condition. One pass over each sentence's words.
 */
import { GAP_CLAUSE, GAP_HARD } from '../tokenize.js';
import { formFilter, word, type LetterCheck, type LetterContext, type LetterHit } from './context.js';
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/conditional-threat.md),
 * built once per checker (words.ts):
 * - conduct-verbs: things the reader is asked to do: not doing them is the fault a threat punishes.
 *   Not "keep": "if you cannot keep fluids down" is a symptom.
 * - fault-conduct: conduct that is the fault without "not": "if you miss", "if he continues to drink".
 * - repeats, repeated-things: "any further requests", "further non-attendance": more of the same,
 *   as the condition.
 * - penalty-skipped: words passed over between the modal and the penalty ("will then be", "may need to").
 * - sanctioned: done to the reader or theirs: "will be stopped", "you will be discharged".
 * - withheld: withheld from the reader: "will not be seen", "we may not be able to offer".
 * - imposed: a sanction we impose on the reader: "we will discharge you", "we may have to ask you to".
 * - theirs: what is the reader's and can be taken away: the subject of "will be stopped".
 * - condition-people: people a rule is laid down for, with the condition in a "who" clause after
 *   them: "Patients who miss two appointments will be discharged", "anyone who is abusive".
 * - harm: harm to the reader's health as the penalty: "his liver will fail", "you could die".
 */
interface ThreatWords {
  conduct: ReadonlySet<string>;
  fault: ReadonlySet<string>;
  repeats: ReadonlySet<string>;
  repeatedThings: ReadonlySet<string>;
  skipped: ReadonlySet<string>;
  sanctioned: ReadonlySet<string>;
  withheld: ReadonlySet<string>;
  imposed: ReadonlySet<string>;
  theirs: ReadonlySet<string>;
  harm: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

function threatWords(w: WordClasses): ThreatWords {
  return {
    conduct: w.set('conduct-verbs'),
    fault: w.set('fault-conduct'),
    repeats: w.set('repeats'),
    repeatedThings: w.set('repeated-things'),
    skipped: w.set('penalty-skipped'),
    sanctioned: w.set('sanctioned'),
    withheld: w.set('withheld'),
    imposed: w.set('imposed'),
    theirs: w.set('theirs'),
    harm: w.set('harm'),
    people: w.set('condition-people'),
  };
}

const NEGATIONS = new Set(['not', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't", "haven't", "hasn't", 'never', 'unable', 'without']);
/** Who a condition is about: the reader, the person they care for, or what was asked of them. */
const CONDITION_SUBJECTS = new Set(['you', 'he', 'she', 'they', 'your', 'his', 'her', 'their', 'these', 'this', 'we']);
const CUES = new Set(['if', 'unless', 'until', 'because', 'should']);

const MODALS = new Set(['will', 'may', 'might', 'could', 'would', 'shall', 'can', "won't", 'cannot', "can't", "wouldn't", "couldn't"]);
const READER_OBJECTS = new Set(['you', 'your', 'him', 'his', 'her', 'them', 'their']);

/** A name: "If Kai is not brought". */
function named(ctx: LetterContext, i: number): boolean {
  const c = ctx.text.charCodeAt(ctx.tokens.start[i]);
  const d = ctx.text.charCodeAt(ctx.tokens.start[i] + 1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

/** Whether token j starts a new clause or sentence (a comma, a sentence end). */
function clauseBreak(ctx: LetterContext, j: number): boolean {
  return ctx.tokens.gap[j] === GAP_CLAUSE || ctx.tokens.gap[j] === GAP_HARD;
}

/**
 * The condition on the reader's conduct in the sentence [from, to), if any: the token it starts
 * at, or -1. Each word is read a bounded number of times (a cue reads at most 12 words on).
 */
function conditionAt(ctx: LetterContext, W: ThreatWords, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const w = word(ctx, i);
    if (w === 'failure' || w === 'failing') {
      if (i + 1 < to && word(ctx, i + 1) === 'to') return i;
      continue;
    }
    if (W.repeats.has(w) || (w === 'any' && i + 1 < to && W.repeats.has(word(ctx, i + 1)))) {
      const next = w === 'any' ? i + 2 : i + 1;
      if (next < to && W.repeatedThings.has(word(ctx, next))) return i;
      continue;
    }
    // "..., or you will be discharged": the must before it is the condition.
    if ((w === 'or' || w === 'otherwise') && i + 1 < to && CONDITION_SUBJECTS.has(word(ctx, i + 1))) return i;
    // "..., or he will end up in intensive care again if not": the same must, named after it.
    if (w === 'if' && word(ctx, i + 1) === 'not') return i;
    // "Patients who miss two appointments will be ...": the condition in a "who" clause, its verb next.
    const who = w === 'who' && W.people.has(word(ctx, i - 1));
    if (!who && (!CUES.has(w) || i + 1 >= to || !(CONDITION_SUBJECTS.has(word(ctx, i + 1)) || named(ctx, i + 1)))) continue;
    // "Unless we hear from you", "unless you attend": "if not", with the conduct in it.
    if (w === 'unless') return i;
    // "should" opens a condition only at the start of a clause: "Should you miss..." not "you should".
    if (w === 'should' && i > from && !clauseBreak(ctx, i)) continue;
    let negated = false;
    for (let k = i + 1; k < to && k <= i + 12; k++) {
      if (k > i + 1 && clauseBreak(ctx, k)) break;
      const v = word(ctx, k);
      if (MODALS.has(v) && k > i + 2 && !NEGATIONS.has(v)) break; // the main clause has begun
      if (NEGATIONS.has(v) || v.endsWith("n't")) {
        // "no longer want", "not need": a wish, not a fault.
        negated = true;
        continue;
      }
      if (W.fault.has(v) && !(v === 'keep' && word(ctx, k + 1) !== 'missing')) return i;
      // "until he demonstrates adherence": the conduct asked for, not yet done, is the condition.
      if ((negated || w === 'until') && W.conduct.has(v)) return i;
      if (w === 'because' && negated) return i;
    }
  }
  return -1;
}

interface Penalty {
  start: number;
  end: number;
  /** Harm to their health ("his liver will fail"): read only with its condition. */
  harm?: boolean;
}

/** A penalty whose modal is at m: its words [start, end]; null when the words after it are no penalty. */
function penaltyAt(ctx: LetterContext, W: ThreatWords, m: number, to: number): Penalty | null {
  const modal = word(ctx, m);
  let negated = modal.endsWith("n't") || modal === 'cannot';
  let passive = false;
  let k = m + 1;
  for (; k < to && !clauseBreak(ctx, k) && W.skipped.has(word(ctx, k)); k++) {
    const w = word(ctx, k);
    if (w === 'not' || w === 'no') negated = true;
    if (w === 'be' && word(ctx, k + 1) !== 'able' && word(ctx, k + 1) !== 'forced' && word(ctx, k + 1) !== 'obliged') passive = true;
  }
  if (k >= to || clauseBreak(ctx, k)) return null;
  const v = word(ctx, k);
  const subject = subjectBefore(ctx, m);
  if (v === 'result' || v === 'lead') return word(ctx, k + 1) === 'in' || word(ctx, k + 1) === 'to' ? { start: subject, end: k + 1 } : null;
  // Harm to their health: "he will die", "his liver will fail" ("will not recover" is withheld).
  if (!negated && W.harm.has(v)) return { start: subject, end: k, harm: true };
  if (negated) return W.withheld.has(v) ? { start: subject, end: k } : null;
  if (passive) {
    if (!W.sanctioned.has(v) || v === 'offered') return null;
    // "your prescription will be stopped", "you will be discharged", "requests will be declined".
    for (let s = subject; s < m; s++) if (W.theirs.has(word(ctx, s)) || W.people.has(word(ctx, s)) || READER_OBJECTS.has(word(ctx, s)) || word(ctx, s) === 'he' || word(ctx, s) === 'she' || word(ctx, s) === 'they') return { start: subject, end: k };
    return null;
  }
  if (W.imposed.has(v) && k + 1 < to && READER_OBJECTS.has(word(ctx, k + 1))) {
    if (v === 'ask' && word(ctx, k + 2) !== 'to') return null;
    return { start: subject, end: k + 1 };
  }
  return null;
}

/** Where the clause of the modal at m starts (up to 6 words back). */
function subjectBefore(ctx: LetterContext, m: number): number {
  let s = m;
  while (s > 0 && m - s < 6 && !clauseBreak(ctx, s)) s--;
  return s;
}

export const checkConditionalThreat: LetterCheck = (ctx) => {
  const { tokens } = ctx;
  const W = ctx.words.compiled(threatWords);
  const hits: LetterHit[] = [];
  const modal = formFilter(ctx, 'conditional-threat', (w) => MODALS.has(w) || w === 'unable');
  for (const sentence of ctx.sentences) {
    const from = sentence.firstToken;
    const to = sentence.lastToken;
    if (to - from < 4) continue;
    let hasModal = false;
    for (let i = from; i < to && !hasModal; i++) hasModal = modal(i);
    if (!hasModal) continue;
    const cue = conditionAt(ctx, W, from, to);
    if (cue < 0) continue;
    for (let m = from; m < to; m++) {
      const w = word(ctx, m);
      if (!MODALS.has(w) && !(w === 'unable' && word(ctx, m + 1) === 'to')) continue;
      if (tokens.flags[m] !== 0) continue;
      // "unable to reduce": a modal already negated.
      const penalty = w === 'unable' ? unableAt(ctx, W, m, to) : penaltyAt(ctx, W, m, to);
      if (!penalty) continue;
      // A penalty in its own clause after the condition is underlined alone: the condition often
      // holds a phrase finding ("If you fail to attend, your surgery may be cancelled"), and one
      // span over both gave way to it, so the threat was lost.
      // Without a comma, the penalty starts at its own subject when it has one ("If you fail to
      // attend you will be discharged"): the same reason, one clause later.
      const subject = penalty.start > cue && clauseBreak(ctx, penalty.start) ? penalty.start : penalty.harm ? -1 : penaltySubject(ctx, cue, m);
      const own = subject >= 0;
      const start = own ? subject : Math.min(cue, penalty.start);
      const end = own ? penalty.end : Math.max(penalty.end, cue);
      hits.push({ start: tokens.start[start], end: tokens.end[end], suggestions: [] });
      break;
    }
  }
  return hits;
};

/**
 * The subject of a penalty that follows its condition with no comma: a person or "your ..." at
 * most 3 words before the modal, after the condition's own subject. -1 when there is none.
 */
function penaltySubject(ctx: LetterContext, cue: number, m: number): number {
  for (let s = m - 1; s > cue + 1 && s >= m - 3; s--) {
    const w = word(ctx, s);
    if (CONDITION_SUBJECTS.has(w) || READER_OBJECTS.has(w)) return s;
  }
  return -1;
}

/** "we are unable to reduce your supervision": something withheld. */
function unableAt(ctx: LetterContext, W: ThreatWords, m: number, to: number): Penalty | null {
  const k = m + 2;
  if (k >= to || clauseBreak(ctx, k)) return null;
  return W.withheld.has(word(ctx, k)) ? { start: subjectBefore(ctx, m), end: k } : null;
}
