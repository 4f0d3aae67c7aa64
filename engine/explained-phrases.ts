/**
 * A clarity phrase the letter explains where it stands is not flagged there, nor later with the
 * same words: "your heart trace (ECG)", "the eGFR, which measures how well your kidneys work",
 * "a test called an ECG". The same explanation test the medical words and short forms use
 * (checks/explained.ts), so a phrase rule does not need its own list of explanations.
 */
import type { LetterContext } from './checks/context.js';
import { plainlyExplainedAt } from './checks/explained.js';
import type { Candidate } from './overlaps.js';

/**
 * `hits` holds, for each clarity phrase candidate, three numbers: its index in `candidates`, its
 * first token and its last token.
 */
export function dropExplainedPhrases(ctx: LetterContext, candidates: Candidate[], hits: number[]): Candidate[] {
  const key = (c: Candidate) => c.rule + ctx.text.slice(c.start, c.end).toLowerCase();
  const toldAt = new Map<string, number>();
  for (let k = 0; k < hits.length; k += 3) {
    const c = candidates[hits[k]];
    if (!toldAt.has(key(c)) && plainlyExplainedAt(ctx, hits[k + 1], hits[k + 2] + 1)) toldAt.set(key(c), c.start);
  }
  return toldAt.size === 0 ? candidates : candidates.filter((c) => !(c.start >= (toldAt.get(key(c)) ?? Infinity)));
}
