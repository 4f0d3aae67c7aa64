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
 * Writers also give the verdict with no frame at all, the failing itself the subject: "this delay
 * will have had little effect on...", "this would not have changed management", "the delay is of
 * no clinical significance". verdictAt reads that shape: a failing as subject, an auxiliary, then
 * only auxiliaries, denials and degree words up to an outcome, told as past or as a judgement
 * ("has not affected", "would not have changed", "is of no significance"), never as a plan
 * ("this will not affect your place on the list").
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
 * - verdict-auxiliaries: the auxiliaries a frameless verdict is built from ("has", "would", "is").
 * - judged-auxiliaries: those that tell a verdict on what the failing did: past, perfect or
 *   conditional, not a plan ("will not affect").
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
  subjects: ReadonlySet<string>;
  glue: ReadonlySet<string>;
  verdicts: ReadonlySet<string>;
  aux: ReadonlySet<string>;
  judged: ReadonlySet<string>;
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
    subjects: w.set('failing-subjects'),
    glue: w.set('verdict-glue'),
    verdicts: w.set('verdict-outcomes'),
    aux: w.set('verdict-auxiliaries'),
    judged: w.set('judged-auxiliaries'),
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

/** How far a noun subject may be from its auxiliary ("the delay in reporting your scan has..."), and the auxiliary from the outcome. */
const SUBJECT_REACH = 5;
const CHAIN_REACH = 6;

/** The frameless verdict whose failing subject is at s ("this delay will have had little effect"), or null. */
function verdictAt(ctx: LetterContext, W: ReassuranceWords, s: number, from: number, to: number): LetterHit | null {
  // "this" and "that" are the subject only straight before their auxiliary or as a failing's determiner.
  let pronoun = word(ctx, s) === 'this' || word(ctx, s) === 'that';
  let head = s;
  if (pronoun && W.subjects.has(word(ctx, s + 1))) [head, pronoun] = [s + 1, false];
  let a = head + 1;
  for (; a < to && a <= head + SUBJECT_REACH && !W.aux.has(word(ctx, a)); a++) if (pronoun || ctx.tokens.gap[a] === GAP_HARD) return null;
  if (a >= to || !W.aux.has(word(ctx, a))) return null;
  // "We do not feel that this short delay will have made any difference": a denied opinion before it.
  let denied = false;
  for (let k = Math.max(from, s - 5); k < s; k++) if (W.opinion.has(word(ctx, k)) && negation(word(ctx, k - 1))) denied = true;
  let judged = W.judged.has(word(ctx, a));
  for (let k = a; k < to && k <= a + CHAIN_REACH; k++) {
    const w = word(ctx, k);
    if (k > a && ctx.tokens.gap[k] === GAP_HARD) return null;
    if (negation(w) || W.minimisers.has(w)) denied = true;
    judged ||= W.judged.has(w);
    if (W.outcomes.has(w) || W.verdicts.has(w)) return denied && judged ? { start: ctx.tokens.start[s], end: ctx.tokens.end[k], suggestions: [] } : null;
    if (k > a && !W.aux.has(w) && !W.glue.has(w) && !negation(w) && !W.minimisers.has(w)) return null;
  }
  return null;
}

/** Whether the sentence [from, to) reports a finding. */
function reportsFinding(ctx: LetterContext, from: number, to: number, finding: (i: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (finding(k)) return true;
  return false;
}

export const checkPrematureReassurance: LetterCheck = (ctx) => {
  if (signal(ctx, 'went-wrong').length === 0) return [];
  const W = ctx.words.compiled(reassuranceWords);
  const hits: LetterHit[] = [];
  const finding = formFilter(ctx, 'reassurance-finding', (w) => W.findings.has(w));
  const frame = formFilter(ctx, 'reassurance-frame', (w) => W.opinion.has(w) || W.certain.has(w) || W.denying.has(w) || W.subjects.has(w));
  for (const s of ctx.sentences) {
    if (reportsFinding(ctx, s.firstToken, s.lastToken, finding)) continue;
    for (let f = s.firstToken; f < s.lastToken; f++) {
      if (!frame(f)) continue;
      const hit = reassuranceAt(ctx, W, f, s.firstToken, s.lastToken) ?? (W.subjects.has(word(ctx, f)) ? verdictAt(ctx, W, f, s.firstToken, s.lastToken) : null);
      if (!hit) continue;
      hits.push(hit);
      // Then on past it: "you were not considered high risk and we do not feel that this delay
      // will have made any difference" gives two reassurances in one sentence.
      while (f < s.lastToken && ctx.tokens.start[f] < hit.end) f++;
    }
  }
  return hits;
};
