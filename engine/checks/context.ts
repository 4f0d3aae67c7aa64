/** What every letter-level check is given: the text once tokenised, split and scanned. */
import type { Audience, CompiledRule } from '../types.js';
import type { TokenList } from '../token-list.js';
import type { Sentence } from '../sentences.js';
import type { MedicalTerms } from '../medical/terms.js';
import { hasContactPlaceholder, hasEmail } from './contact-scan.js';
import type { WordClasses } from './words.js';
import { GAP_CLAUSE, GAP_HARD } from '../tokenize.js';

export interface Span {
  start: number;
  end: number;
}

export interface LetterContext {
  text: string;
  tokens: TokenList;
  /** Split on first use: most checks never need them. */
  readonly sentences: readonly Sentence[];
  audience: Audience;
  /** Signal phrases from rule params (e.g. "sign-off", "apology"), by name, in text order. */
  signals: ReadonlyMap<string, readonly Span[]>;
  /** The medical vocabulary, built on first use; null when the ruleset has none. */
  readonly medical: MedicalTerms | null;
  /** The ruleset's word classes (checks/words.ts), built once per checker. */
  words: WordClasses;
}

/** A letter-level finding before the engine fills in rule details and line numbers. */
export interface LetterHit extends Span {
  message?: string;
  suggestions?: string[];
}

export type LetterCheck = (ctx: LetterContext, rule: CompiledRule) => LetterHit[];

export function signal(ctx: LetterContext, name: string): readonly Span[] {
  return ctx.signals.get(name) ?? [];
}

export function numberParam(rule: CompiledRule, name: string, fallback: number): number {
  const v = rule.params?.[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b(?:111|999|18001)\b/;

/** A phone number, an email address, or a placeholder for one. */
export function hasContactDetails(text: string): boolean {
  // An email address has an "@" and a placeholder a bracket: includes() rules most letters out
  // faster than the scans, which read every character.
  return (
    PHONE.test(text) ||
    (text.includes('@') && hasEmail(text)) ||
    ((text.includes('{{') || text.includes('[') || text.includes('<<') || text.includes('\u00ab')) && hasContactPlaceholder(text))
  );
}

/** Whether the text reads as a letter (a sign-off), not a short message or a fragment. */
export function looksLikeLetter(ctx: LetterContext): boolean {
  return signal(ctx, 'sign-off').length > 0;
}

/** The sign-off, or failing that the last line: where advice about the whole letter is anchored. */
export function anchorAtEnd(ctx: LetterContext): Span {
  const signOff = signal(ctx, 'sign-off');
  if (signOff.length) return signOff[signOff.length - 1];
  const { tokens } = ctx;
  const last = tokens.length - 1;
  return { start: tokens.start[last], end: tokens.end[last] };
}

export function wordCount(ctx: LetterContext): number {
  return ctx.tokens.length;
}

/**
 * Token i's normal form (lower case, curly apostrophes straightened; the lexicon's string, so no
 * string is built), or '' outside the letter. The grammar checks read their words through this.
 */
export function word(ctx: LetterContext, i: number): string {
  return i >= 0 && i < ctx.tokens.length ? ctx.tokens.norm(i) : '';
}

/** Token i as written (a slice of the letter), for the checks that read case or symbols. */
export function written(ctx: LetterContext, i: number): string {
  return ctx.text.slice(ctx.tokens.start[i], ctx.tokens.end[i]);
}

/** Whether token j continues the sentence of token j - 1 (no sentence end, bracket or quote between). */
export function joined(ctx: LetterContext, j: number): boolean {
  return j < ctx.tokens.length && ctx.tokens.gap[j] !== GAP_HARD;
}

/** Whether token j continues the clause of token j - 1 (as joined, and no comma or dash between). */
export function sameClause(ctx: LetterContext, j: number): boolean {
  return j < ctx.tokens.length && ctx.tokens.gap[j] !== GAP_HARD && ctx.tokens.gap[j] !== GAP_CLAUSE;
}

/** Results several checks read from one letter (see once). Keyed by the letter: a new check gets a new one. */
const perLetter = new WeakMap<LetterContext, Map<unknown, unknown>>();

/**
 * make(ctx), worked out once per letter however many checks ask: a scan that two checks read
 * (the failures told in the passive) runs once per check() rather than once per reader.
 */
export function once<T>(ctx: LetterContext, make: (ctx: LetterContext) => T): T {
  let results = perLetter.get(ctx);
  if (!results) perLetter.set(ctx, (results = new Map()));
  if (results.has(make)) return results.get(make) as T;
  const value = make(ctx);
  results.set(make, value);
  return value;
}

/**
 * A check's first test on every word of the letter, worked out once per word form and remembered
 * in the checker's lexicon under `name` (lexicon.ts memo): most words pass no check's first test,
 * and a byte read per word replaces a Set lookup or a few string comparisons per word per check.
 * `test` must depend on the normal form alone. Call it after tokenising (any check may).
 */
export function formFilter(ctx: LetterContext, name: string, test: (norm: string) => boolean): (i: number) => boolean {
  const { tokens } = ctx;
  const known = tokens.lexicon?.memo(name);
  if (!known) return (i) => test(word(ctx, i));
  const form = tokens.form;
  return (i) => {
    if (i < 0 || i >= tokens.length) return test('');
    const f = form[i];
    if (f < 0) return test(tokens.norm(i)); // a placeholder: no form
    let answer = known[f];
    if (answer === 0) known[f] = answer = test(tokens.norm(i)) ? 2 : 1;
    return answer === 2;
  };
}
