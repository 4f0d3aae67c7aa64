/**
 * The findings of a check that clears a term once the letter explains it anywhere (medical words,
 * short forms), kept apart from that letter-wide step: engine/paragraph-checks.ts then runs the
 * check paragraph by paragraph and applies the step across them, with the same result.
 */
import type { LetterHit } from './context.js';

export interface TermHits {
  hits: LetterHit[];
  /** For each hit, the names it goes by: it is dropped when the letter explains any of them. */
  names: ReadonlyArray<readonly string[]>;
  /** The names the text explains, each with where the explained use starts. */
  explained: ReadonlyArray<readonly [name: string, at: number]>;
}

export const NO_NAMES: readonly string[] = [];

/** The hits whose names the text explains nowhere. */
export function unexplained(terms: TermHits): LetterHit[] {
  if (terms.explained.length === 0) return terms.hits;
  const explained = new Set(terms.explained.map(([name]) => name));
  return terms.hits.filter((_, k) => !terms.names[k].some((n) => explained.has(n)));
}

/** Hits of a check with no names (a local check's) as TermHits. */
export function unnamed(hits: LetterHit[]): TermHits {
  return { hits, names: hits.map(() => NO_NAMES), explained: [] };
}
