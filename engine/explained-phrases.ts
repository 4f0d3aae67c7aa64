/**
 * A clarity phrase the letter plainly explains where it stands is not flagged there, nor later
 * with the same words: "your eGFR (a measure of how well your kidneys filter blood)", "a test
 * called an ECG", "TTO stands for ...". Only the strict test of checks/explained.ts
 * (plainlyExplainedAt) is used: the looser one the medical words read lost marks on phrase rules'
 * shorthand. So "the eGFR, which measures ..." and "heart trace (ECG)" are not read as explained
 * here ("heart trace" is in ecg-heart-tracing's own unlessLetterHas).
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
