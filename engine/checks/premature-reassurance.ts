/**
 * In a letter about something that went wrong, a reassurance about its outcome that nobody can
 * give yet: "I am confident that the delay will not have altered your treatment", "it is very
 * unlikely that this delay will have any bearing on the outcome", "we consider the risk to you to
 * be low", "I do not believe the error affected his recovery". Writers say it in an open set of
 * wordings, so this check reads grammar, not phrases: in one sentence,
 * - a frame of certainty or likelihood ("confident", "assure", "unlikely", "do not believe",
 *   "consider"), not itself doubted ("not yet sure", "cannot be certain", "sure whether");
 * - then, within a few words, an outcome ("outcome", "treatment", "harm", "bearing", "affected");
 * - denied or made small: a "not", "no" or "never" between the two, a frame that denies by itself
 *   ("unlikely"), or "low", "minimal" just after the outcome;
 * - about the failing ("this", "the delay", "the error" near the frame or between it and the
 *   outcome), unless the outcome is a risk or harm, which is the failing's own;
 * and nothing if the sentence reports a finding ("the review found that...").
 */
import { GAP_HARD } from '../tokenize.js';
import { formFilter, signal, word, type LetterCheck, type LetterContext, type LetterHit } from './context.js';
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/premature-reassurance.md),
 * built once per checker (words.ts):
 * - certainty: the writer's certainty: a claim, whatever follows.
 * - denying-likelihood: likelihood words that deny by themselves: "unlikely to have changed".
 * - opinion-frames: opinions, a reassurance only with a denial ("we would not expect", "I consider the
 *   risk low"). "We do not think you have come to any harm" is left alone: good letters hedge that
 *   way, and "think" says the writer may be wrong.
 * - outcomes: what the failing might have changed.
 * - own-outcomes: outcomes that are the failing's own: "the risk to you is low" needs no "the delay" beside it.
 * - minimisers: made small after the outcome: "the risk to you to be low".
 * - doubting: before a frame, these doubt it: "not yet sure", "cannot be certain", "unable to say".
 * - failing-named: words that name the failing, so that the reassurance is about it.
 * - finding-words: a finding, not a guess: "the review found that the delay did not affect...".
 */
interface ReassuranceWords {
  certain: ReadonlySet<string>;
  denying: ReadonlySet<string>;
  opinion: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
  ownOutcomes: ReadonlySet<string>;
  minimisers: ReadonlySet<string>;
  doubting: ReadonlySet<string>;
  failing: ReadonlySet<string>;
  findings: ReadonlySet<string>;
}

function reassuranceWords(w: WordClasses): ReassuranceWords {
  return {
    certain: w.set('certainty'),
    denying: w.set('denying-likelihood'),
    opinion: w.set('opinion-frames'),
    outcomes: w.set('outcomes'),
    ownOutcomes: w.set('own-outcomes'),
    minimisers: w.set('minimisers'),
    doubting: w.set('doubting'),
    failing: w.set('failing-named'),
    findings: w.set('finding-words'),
  };
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'without', 'nor', 'neither']);
/** After a frame, these make it a question: "sure whether", "certain if". */
const OPEN = new Set(['whether', 'if', 'how', 'what', 'why', 'when']);

/** How far after the frame the outcome may come, and the minimiser after the outcome. */
const REACH = 18;
const MINIMISER_REACH = 5;

function negation(w: string): boolean {
  return NEGATIONS.has(w) || w.endsWith("n't");
}

/** How far before the frame the failing may be named: "the delay is unlikely to have changed...". */
const FAILING_BEFORE = 8;

/** The reassurance whose frame is at f in the sentence [from, to), or null. */
function reassuranceAt(ctx: LetterContext, W: ReassuranceWords, f: number, from: number, to: number): LetterHit | null {
  const frame = word(ctx, f);
  const opinion = W.opinion.has(frame);
  if (!opinion && !W.certain.has(frame) && !W.denying.has(frame)) return null;
  // "not yet sure", "cannot be certain": the writer doubts; "sure whether": the writer asks.
  if (!opinion) for (let k = Math.max(from, f - 2); k < f; k++) if (W.doubting.has(word(ctx, k))) return null;
  if (f + 1 < to && OPEN.has(word(ctx, f + 1))) return null;
  // "I do not believe", "we would not expect": the denial before an opinion starts the finding.
  let start = f;
  let denied = W.denying.has(frame);
  if (opinion) {
    for (let k = Math.max(from, f - 2); k < f; k++) {
      if (negation(word(ctx, k))) {
        denied = true;
        start = Math.min(start, k);
      }
    }
  }
  let failing = false;
  for (let k = Math.max(from, f - FAILING_BEFORE); k < f; k++) failing ||= W.failing.has(word(ctx, k));
  for (let k = f + 1; k < to && k <= f + REACH; k++) {
    const w = word(ctx, k);
    if (ctx.tokens.gap[k] === GAP_HARD) return null;
    if (negation(w)) denied = true;
    failing ||= W.failing.has(w);
    if (!W.outcomes.has(w)) continue;
    // A reassurance about the failing: named near it ("the impact of this delay"), or an outcome
    // that is the failing's own (a risk, harm).
    let about = failing || W.ownOutcomes.has(w);
    for (let m = k + 1; !about && m < to && m <= k + MINIMISER_REACH; m++) about = W.failing.has(word(ctx, m));
    if (!about) continue;
    let end = denied ? k : -1;
    for (let m = k + 1; end < 0 && m < to && m <= k + MINIMISER_REACH; m++) if (W.minimisers.has(word(ctx, m))) end = m;
    if (end < 0) continue;
    return { start: ctx.tokens.start[start], end: ctx.tokens.end[end], suggestions: [] };
  }
  return null;
}

/** Whether the sentence [from, to) reports a finding. */
function reportsFinding(ctx: LetterContext, from: number, to: number, finding: (i: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (finding(k)) return true;
  return false;
}

export const checkPrematureReassurance: LetterCheck = (ctx) => {
  if (ctx.audience === 'clinician' || signal(ctx, 'went-wrong').length === 0) return [];
  const W = ctx.words.compiled(reassuranceWords);
  const hits: LetterHit[] = [];
  const finding = formFilter(ctx, 'reassurance-finding', (w) => W.findings.has(w));
  const frame = formFilter(ctx, 'reassurance-frame', (w) => W.opinion.has(w) || W.certain.has(w) || W.denying.has(w));
  for (const s of ctx.sentences) {
    if (reportsFinding(ctx, s.firstToken, s.lastToken, finding)) continue;
    for (let f = s.firstToken; f < s.lastToken; f++) {
      if (!frame(f)) continue;
      const hit = reassuranceAt(ctx, W, f, s.firstToken, s.lastToken);
      if (!hit) continue;
      hits.push(hit);
      break; // one per sentence: the sentence is the reassurance
    }
  }
  return hits;
};
