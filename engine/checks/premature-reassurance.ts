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

/** The writer's certainty: a claim, whatever follows. */
const CERTAIN = new Set(['confident', 'sure', 'certain', 'assure', 'assured', 'reassure', 'reassured', 'satisfied', 'convinced', 'confidently']);
/** Likelihood words that deny by themselves: "unlikely to have changed". */
const DENYING = new Set(['unlikely', 'improbable', 'doubtful']);
/**
 * Opinions: a reassurance only with a denial ("we would not expect", "I consider the risk low").
 * "We do not think you have come to any harm" is left alone: good letters hedge that way, and
 * "think" says the writer may be wrong.
 */
const OPINION = new Set(['feel', 'consider', 'expect', 'anticipate', 'judge', 'anticipated', 'expected', 'considered', 'felt']);

/** What the failing might have changed. */
const OUTCOMES = new Set([
  'outcome', 'outcomes', 'prognosis', 'recovery', 'treatment', 'harm', 'harmed', 'effect', 'effects', 'affect', 'affected',
  'alter', 'altered', 'bearing', 'impact', 'impacted', 'difference', 'consequence', 'consequences', 'damage', 'damaged', 'risk',
  'risks', 'survival', 'worse', 'worsened', 'detriment', 'detrimental',
]);
/** Outcomes that are the failing's own: "the risk to you is low" needs no "the delay" beside it. */
const OWN_OUTCOMES = new Set(['risk', 'risks', 'harm', 'harmed', 'damage', 'damaged', 'detriment']);

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'without', 'nor', 'neither']);
/** Made small after the outcome: "the risk to you to be low". */
const MINIMISERS = new Set(['low', 'minimal', 'negligible', 'little', 'small', 'minor', 'slight', 'remote', 'tiny']);
/** Before a frame, these doubt it: "not yet sure", "cannot be certain", "unable to say". */
const DOUBTING = new Set(['not', 'cannot', "can't", 'yet', 'never', 'unable', 'less', 'fully']);
/** After a frame, these make it a question: "sure whether", "certain if". */
const OPEN = new Set(['whether', 'if', 'how', 'what', 'why', 'when']);

/** Words that name the failing, so that the reassurance is about it. */
const FAILING = new Set([
  'this', 'these', 'delay', 'delays', 'delayed', 'wait', 'error', 'errors', 'mistake', 'mistakes', 'incident', 'fall', 'omission',
  'oversight', 'lapse', 'missed', 'lost', 'problem', 'issue', 'event', 'happened', 'late', 'later', 'overdose', 'dose', 'miss',
]);
/** A finding, not a guess: "the review found that the delay did not affect...". */
const FINDINGS = new Set(['found', 'showed', 'shown', 'shows', 'confirmed', 'confirms', 'concluded', 'results', 'scan', 'tests']);

/** How far after the frame the outcome may come, and the minimiser after the outcome. */
const REACH = 18;
const MINIMISER_REACH = 5;

function negation(w: string): boolean {
  return NEGATIONS.has(w) || w.endsWith("n't");
}

/** How far before the frame the failing may be named: "the delay is unlikely to have changed...". */
const FAILING_BEFORE = 8;

/** The reassurance whose frame is at f in the sentence [from, to), or null. */
function reassuranceAt(ctx: LetterContext, f: number, from: number, to: number): LetterHit | null {
  const frame = word(ctx, f);
  const opinion = OPINION.has(frame);
  if (!opinion && !CERTAIN.has(frame) && !DENYING.has(frame)) return null;
  // "not yet sure", "cannot be certain": the writer doubts; "sure whether": the writer asks.
  if (!opinion) for (let k = Math.max(from, f - 2); k < f; k++) if (DOUBTING.has(word(ctx, k))) return null;
  if (f + 1 < to && OPEN.has(word(ctx, f + 1))) return null;
  // "I do not believe", "we would not expect": the denial before an opinion starts the finding.
  let start = f;
  let denied = DENYING.has(frame);
  if (opinion) {
    for (let k = Math.max(from, f - 2); k < f; k++) {
      if (negation(word(ctx, k))) {
        denied = true;
        start = Math.min(start, k);
      }
    }
  }
  let failing = false;
  for (let k = Math.max(from, f - FAILING_BEFORE); k < f; k++) failing ||= FAILING.has(word(ctx, k));
  for (let k = f + 1; k < to && k <= f + REACH; k++) {
    const w = word(ctx, k);
    if (ctx.tokens.gap[k] === GAP_HARD) return null;
    if (negation(w)) denied = true;
    failing ||= FAILING.has(w);
    if (!OUTCOMES.has(w)) continue;
    // A reassurance about the failing: named near it ("the impact of this delay"), or an outcome
    // that is the failing's own (a risk, harm).
    let about = failing || OWN_OUTCOMES.has(w);
    for (let m = k + 1; !about && m < to && m <= k + MINIMISER_REACH; m++) about = FAILING.has(word(ctx, m));
    if (!about) continue;
    let end = denied ? k : -1;
    for (let m = k + 1; end < 0 && m < to && m <= k + MINIMISER_REACH; m++) if (MINIMISERS.has(word(ctx, m))) end = m;
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
  const hits: LetterHit[] = [];
  const finding = formFilter(ctx, 'reassurance-finding', (w) => FINDINGS.has(w));
  const frame = formFilter(ctx, 'reassurance-frame', (w) => OPINION.has(w) || CERTAIN.has(w) || DENYING.has(w));
  for (const s of ctx.sentences) {
    if (reportsFinding(ctx, s.firstToken, s.lastToken, finding)) continue;
    for (let f = s.firstToken; f < s.lastToken; f++) {
      if (!frame(f)) continue;
      const hit = reassuranceAt(ctx, f, s.firstToken, s.lastToken);
      if (!hit) continue;
      hits.push(hit);
      break; // one per sentence: the sentence is the reassurance
    }
  }
  return hits;
};
