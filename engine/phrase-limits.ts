/**
 * Limits on the organisation's own phrases. Each phrase becomes every phrasing its pattern stands
 * for ("{hang|hold} in there" is two), and every tab that checks a field builds all of them: a
 * settings file of 40 phrases with 10,000 phrasings each took about 1.8 s and 0.5 GB per tab. The
 * limits are far above what a real phrase list needs (the built-in rules average under 200
 * phrasings per rule across 300 rules; an organisation's list is a few dozen phrases) and far
 * below what hurts. Every way in (import, the options page, the managed policy) refuses phrases
 * over them with a message naming the limit; the checker also leaves out any it is given anyway
 * (a database written before the limits existed).
 */
import { expandPattern, phrasingTokens } from './patterns.js';

export const MAX_PHRASE_LENGTH = 200;
export const MAX_SUGGESTION_LENGTH = 200;
export const MAX_EXPLANATION_LENGTH = 1000;
export const MAX_PHRASINGS_PER_PHRASE = 50;
export const MAX_PHRASINGS_TOTAL = 2000;

const n = (x: number) => x.toLocaleString('en-GB');

/** The limits one phrase is measured against: the organisation's phrases use the defaults, trust rule packs their own (engine/pack/limits.ts). */
export interface PhraseLimits {
  maxLength: number;
  maxPhrasings: number;
}

const CUSTOM_PHRASE_LIMITS: PhraseLimits = { maxLength: MAX_PHRASE_LENGTH, maxPhrasings: MAX_PHRASINGS_PER_PHRASE };

/** The engine's tokens of each phrasing a phrase stands for. */
export type CompiledPhrasing = ReturnType<typeof phrasingTokens>;

/**
 * A phrase as the checker runs it (each phrasing's tokens), or why it cannot be used (to follow
 * "<where>.phrase "). The one place an organisation's phrase is compiled: the limits, the pack
 * builder and loader, and the extension's checker (extension/in-page/custom-rules.ts) all use it.
 */
export function compilePhrase(phrase: string, limits: PhraseLimits = CUSTOM_PHRASE_LIMITS): { phrasings: CompiledPhrasing[] } | { problem: string } {
  // Length first: it bounds the work expandPattern does below.
  if (phrase.length > limits.maxLength) return { problem: `is ${n(phrase.length)} characters long; the most allowed is ${n(limits.maxLength)}` };
  // Counted before expanding: a pattern of a few {a|b|c} groups can stand for millions.
  const bound = upperBound(phrase);
  if (bound > limits.maxPhrasings * 20) return { problem: tooMany(bound >= CAP ? `more than ${n(CAP)}` : n(bound), limits.maxPhrasings) };
  let phrasings: string[];
  try {
    phrasings = expandPattern(phrase);
  } catch (e) {
    return { problem: `cannot be used: ${(e as Error).message}` };
  }
  if (phrasings.length === 0) return { problem: 'has no words' };
  if (phrasings.length > limits.maxPhrasings) return { problem: tooMany(n(phrasings.length), limits.maxPhrasings) };
  try {
    return { phrasings: phrasings.map(phrasingTokens) };
  } catch (e) {
    return { problem: `cannot be used: ${(e as Error).message}` };
  }
}

/** How many phrasings a phrase stands for, or why it cannot be used (to follow "<where>.phrase "). */
export function measurePhrase(phrase: string, limits: PhraseLimits = CUSTOM_PHRASE_LIMITS): { phrasings: number } | { problem: string } {
  const c = compilePhrase(phrase, limits);
  return 'problem' in c ? c : { phrasings: c.phrasings.length };
}

const CAP = 1_000_000;

/**
 * How many phrasings a pattern stands for at most (repeats not taken out), capped at CAP, without
 * expanding it: a sequence multiplies, {a|b} adds its alternatives, [a] adds one for leaving it
 * out. Malformed syntax is counted loosely; expandPattern reports it afterwards.
 */
function upperBound(pattern: string): number {
  let pos = 0;
  const sequence = (): number => {
    let count = 1;
    while (pos < pattern.length && !'|}]'.includes(pattern[pos])) {
      const ch = pattern[pos++];
      let part = 1;
      if (ch === '{') part = alternatives('}');
      else if (ch === '[') part = alternatives(']') + 1;
      else while (pos < pattern.length && !'{}[]|'.includes(pattern[pos])) pos++;
      count = Math.min(CAP, count * part);
    }
    return count;
  };
  const alternatives = (close: string): number => {
    let sum = sequence();
    while (pos < pattern.length && pattern[pos] === '|') {
      pos++;
      sum = Math.min(CAP, sum + sequence());
    }
    if (pattern[pos] === close) pos++;
    return sum;
  };
  let total = sequence();
  // A stray closing bracket: count on past it (expandPattern will refuse the pattern anyway).
  while (pos < pattern.length) {
    pos++;
    total = Math.min(CAP, total * sequence());
  }
  return total;
}

function tooMany(count: string, max: number): string {
  return `stands for ${count} phrasings; the most one phrase may stand for is ${n(max)} (each {a|b} choice and [optional] part multiplies them)`;
}

/** Problems with a suggestion's or explanation's length, each starting with `where`. */
export function textLengthProblems(p: { suggestion?: unknown; explanation?: unknown }, where: string): string[] {
  const out: string[] = [];
  for (const [field, max] of [['suggestion', MAX_SUGGESTION_LENGTH], ['explanation', MAX_EXPLANATION_LENGTH]] as const) {
    const v = p[field];
    if (typeof v === 'string' && v.length > max) out.push(`${where}.${field} is ${n(v.length)} characters long; the most allowed is ${n(max)}`);
  }
  return out;
}

/** The problem with a total number of phrasings, or null. `what` names whose phrases they are. */
export function totalProblem(total: number, what = 'the phrases'): string | null {
  return total > MAX_PHRASINGS_TOTAL ? `${what} stand for ${n(total)} phrasings in all; the most allowed is ${n(MAX_PHRASINGS_TOTAL)}` : null;
}

/** Every problem with a list of phrases (each named `<where(i)>.phrase ...`), then the total. */
export function phraseListProblems(phrases: ReadonlyArray<{ phrase: string; suggestion?: unknown; explanation?: unknown }>, where: (i: number) => string): string[] {
  const problems: string[] = [];
  let total = 0;
  phrases.forEach((p, i) => {
    const m = measurePhrase(p.phrase);
    if ('problem' in m) problems.push(`${where(i)}.phrase ${m.problem}`);
    else total += m.phrasings;
    problems.push(...textLengthProblems(p, where(i)));
  });
  const t = totalProblem(total);
  if (t) problems.push(t);
  return problems;
}

/** The phrasings a list of phrases stands for in all (phrases that cannot be used count nothing). */
export function totalPhrasings(phrases: ReadonlyArray<{ phrase: string }>): number {
  return phrases.reduce((sum, p) => {
    const m = measurePhrase(p.phrase);
    return sum + ('phrasings' in m ? m.phrasings : 0);
  }, 0);
}
