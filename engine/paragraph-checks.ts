/**
 * Letter-level checks paragraph by paragraph, for checking a letter on every pause in typing (the
 * extension, with `cacheParagraphs`): a keystroke then re-runs a check over the edited paragraph
 * and its neighbours, not over the whole letter, and the findings are exactly a full check's.
 *
 * A check listed here reads, for a finding in a paragraph, only that paragraph, the few words and
 * characters beside it (a bracket after a term, the word before a postcode's second half) and a
 * few facts about the letter that `reads` names (is it about something that went wrong, where its
 * sign-off is). So each paragraph's findings are kept by a stretch of text (the paragraph with
 * CONTEXT_TOKENS words and CONTEXT_CHARS characters either side) and those facts. Checks that
 * clear a term once the letter explains it anywhere keep the names each paragraph explains
 * (checks/term-hits.ts), and that step runs over all paragraphs' names on every check: a
 * keystroke that explains a term in one paragraph clears it in every other.
 *
 * The checks not listed (who the reader is, from the greeting on; contact details anywhere) read
 * the whole letter: they run over it every time. tests/engine/paragraph-checks.test.ts types
 * random edits into real letters and compares every finding with a check without the cache.
 */
import type { CheckKind, CompiledRule } from './types.js';
import { signal, type LetterCheck, type LetterContext, type LetterHit, type Span } from './checks/context.js';
import { unnamed, type TermHits } from './checks/term-hits.js';
import { checkBlockCapitals } from './checks/block-capitals.js';
import { checkSentenceLength } from './checks/sentence-length.js';
import { checkPercentageRisk } from './checks/percentage-risk.js';
import { aboutAFailing, checkAgentlessPassive, failingOutside } from './checks/agentless-passive.js';
import { checkPrematureReassurance } from './checks/premature-reassurance.js';
import { checkShiftedBlame } from './checks/shifted-blame.js';
import { checkConditionalThreat } from './checks/conditional-threat.js';
import { checkBehaviourLabel } from './checks/behaviour-label.js';
import { medicalWordTerms } from './checks/medical-words.js';
import { shortFormTerms } from './checks/abbreviations.js';
import { ownCopy, type Paragraph } from './paragraphs.js';
import { TokenList } from './token-list.js';
import { Letter } from './letter.js';
import type { MedicalTerms } from './medical/terms.js';
import type { WordClasses } from './checks/words.js';
import { work } from './work.js';

/** Words either side of a paragraph that a check may read (the postcode and title tests read one). */
const CONTEXT_TOKENS = 2;
/**
 * Characters either side: more than the 48 that explained.ts reads beside a term, so that test,
 * and its "is the letter's start in reach", come out as over the whole letter.
 */
const CONTEXT_CHARS = 64;
/** Stretches kept; past this the cache starts again (a letter has tens of paragraphs, a long one hundreds). */
const CACHE_LIMIT = 2000;

export interface ParagraphCheck {
  run(ctx: LetterContext, rule: CompiledRule): TermHits;
  /** What the check reads beyond its stretch of text, as a short key, given the stretch [from, to). */
  reads?(ctx: LetterContext, from: number, to: number): string;
}

const wentWrong = (ctx: LetterContext): string => (signal(ctx, 'went-wrong').length > 0 ? 'went-wrong' : '');

const local = (check: LetterCheck): ParagraphCheck => ({ run: (ctx, rule) => unnamed(check(ctx, rule)) });

/** Where the sign-off starts, relative to the stretch: short forms and side letters stop there. */
function signOffAt(ctx: LetterContext, from: number, to: number): string {
  const signOff = signal(ctx, 'sign-off');
  if (signOff.length === 0) return 'none';
  return String(Math.min(Math.max(signOff[signOff.length - 1].start - from, -1), to - from + 1));
}

export const PARAGRAPH_CHECKS: Partial<Record<CheckKind, ParagraphCheck>> = {
  'block-capitals': local(checkBlockCapitals),
  'sentence-length': local(checkSentenceLength),
  'percentage-risk': local(checkPercentageRisk),
  // And, for "there was a delay", whether a signal lies outside the stretch.
  'agentless-passive': { ...local(checkAgentlessPassive), reads: (ctx, from, to) => (aboutAFailing(ctx) ? (failingOutside(ctx, from, to) ? 'failing+' : 'failing') : '') },
  // Both read one sentence (or a few words either side) and whether the letter is about a failing.
  'premature-reassurance': { ...local(checkPrematureReassurance), reads: wentWrong },
  'shifted-blame': { ...local(checkShiftedBlame), reads: wentWrong },
  'medical-words': { run: (ctx, rule) => (ctx.medical ? medicalWordTerms(ctx, ctx.medical, rule.message) : unnamed([])) },
  abbreviations: { run: (ctx) => shortFormTerms(ctx), reads: signOffAt },
  // Both read one sentence, or a few words either side within a paragraph.
  'conditional-threat': local(checkConditionalThreat),
  'behaviour-label': local(checkBehaviourLabel),
};

/** A paragraph's findings, relative to its stretch, and placed in the letter where it was last seen. */
interface Part extends TermHits {
  placed: Map<number, LetterHit[]>;
}

/** The part's hits placed with the stretch at `at` (a repeated paragraph may stand at a few places). */
function placedAt(part: Part, at: number): LetterHit[] {
  let placed = part.placed.get(at);
  if (!placed) {
    if (part.placed.size >= 4) part.placed.clear();
    placed = part.hits.map((hit) => ({ ...hit, start: hit.start + at, end: hit.end + at }));
    part.placed.set(at, placed);
  }
  return placed;
}

/** A paragraph with the words and characters beside it, and what the checks found there before. */
interface Stretch {
  /** Tokens [from, to): the paragraph's [first, end) and its neighbours. */
  from: number;
  to: number;
  first: number;
  end: number;
  /** The paragraph's characters [start, stop) in the letter. */
  start: number;
  stop: number;
  /** Where the stretch's text starts in the letter. */
  at: number;
  text: string;
  /** The neighbouring words as the tokenizer saw them, and the paragraph's place in the stretch. */
  edges: string;
  found: Map<string, Part>;
}

export class ParagraphChecks {
  /** Each stretch's findings: by its text, the words beside it, then rule, audience and what the check reads beyond it. */
  private cache = new Map<string, { text: string; byEdges: Map<string, Map<string, Part>> }>();

  constructor(
    private readonly medicalTerms: () => MedicalTerms | null,
    private readonly words: WordClasses,
  ) {}

  /** The letter's stretches, worked out once per check of the letter, before the checks run. */
  stretches(text: string, tokens: TokenList, paragraphs: readonly Paragraph[]): Stretch[] {
    const out: Stretch[] = [];
    for (const [first, end, start, stop] of paragraphs) {
      const from = Math.max(0, first - CONTEXT_TOKENS);
      const to = Math.min(tokens.length, end + CONTEXT_TOKENS);
      const at = Math.max(0, tokens.start[from] - CONTEXT_CHARS);
      const stretch = text.slice(at, Math.min(text.length, tokens.end[to - 1] + CONTEXT_CHARS));
      // A quote or an address may reach beyond the stretch: the words beside the paragraph are
      // part of the key as the tokenizer saw them.
      let edges = `${first - from} ${to - end} ${tokens.start[first] - at}:`;
      const edge = (i: number) => `${tokens.start[i] - at},${tokens.end[i] - at},${tokens.gap[i]},${tokens.flags[i]};`;
      for (let i = from; i < first; i++) edges += edge(i);
      for (let i = end; i < to; i++) edges += edge(i);
      let kept = this.cache.get(stretch);
      if (!kept) {
        if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
        // A copy of its own, for the key and for the checks to read: a slice (and the strings the
        // checks slice from it for their messages) would keep the whole letter alive.
        const own = ownCopy(stretch);
        this.cache.set(own, (kept = { text: own, byEdges: new Map() }));
      }
      let found = kept.byEdges.get(edges);
      if (!found) kept.byEdges.set(edges, (found = new Map()));
      out.push({ from, to, first, end, start, stop, at, text: kept.text, edges, found });
    }
    work.steps += paragraphs.length;
    return out;
  }

  /** The check's hits over the whole letter, as `check` run over the letter at once finds them. */
  run(ctx: LetterContext, rule: CompiledRule, ruleIndex: number, check: ParagraphCheck, stretches: readonly Stretch[]): LetterHit[] {
    const parts: Part[] = [];
    const which = `${ruleIndex} ${ctx.audience} `;
    for (const s of stretches) {
      const key = check.reads ? which + check.reads(ctx, s.at, s.at + s.text.length) : which;
      let part = s.found.get(key);
      if (!part) s.found.set(key, (part = this.runOver(ctx, rule, check, s)));
      parts.push(part);
    }
    work.steps += stretches.length;
    const explained = new Set<string>();
    for (const part of parts) for (const [name] of part.explained) explained.add(name);
    const hits: LetterHit[] = [];
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p];
      if (part.hits.length === 0) continue;
      // The hits where the stretch is now: the same objects from check to check while it stays put.
      const placed = placedAt(part, stretches[p].at);
      for (let k = 0; k < placed.length; k++) {
        if (explained.size > 0 && part.names[k].some((n) => explained.has(n))) continue;
        hits.push(placed[k]);
      }
    }
    return hits;
  }

  /** The check over the stretch, keeping what starts in the paragraph's own tokens. */
  private runOver(ctx: LetterContext, rule: CompiledRule, check: ParagraphCheck, s: Stretch): Part {
    const { tokens } = ctx;
    const view = new TokenList();
    view.reset(s.text, tokens.lexicon);
    for (let i = s.from; i < s.to; i++) view.push(tokens.start[i] - s.at, tokens.end[i] - s.at, tokens.gap[i], tokens.flags[i], tokens.word[i], tokens.form[i]);
    work.steps += s.to - s.from;
    const signals = new Map<string, Span[]>();
    for (const [name, spans] of ctx.signals) signals.set(name, spans.map((span) => ({ start: span.start - s.at, end: span.end - s.at })));
    const found = check.run(new Letter(s.text, view, ctx.audience, signals, this.medicalTerms, this.words), rule);
    // Findings on the neighbouring words belong to their own paragraphs (and were read without all
    // their context). A finding is the paragraph's if it starts in the paragraph's characters, not
    // only in its words: the "+" of "+ve" is no token, and the finding starts with it.
    const lo = s.start - s.at;
    const hi = s.stop - s.at;
    const mine = (at: number) => at >= lo && at <= hi;
    const keep = found.hits.map((h) => mine(h.start));
    return {
      hits: found.hits.filter((_, k) => keep[k]),
      names: found.names.filter((_, k) => keep[k]),
      explained: found.explained.filter(([, at]) => mine(at)),
      placed: new Map(),
    };
  }
}
