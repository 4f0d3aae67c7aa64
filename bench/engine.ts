/** Engine timings: throughput over the corpus, one 1,000-word letter, compile time. */
import { createChecker } from '../engine/checker.js';
import type { CompiledRuleset } from '../engine/types.js';
import { countWords } from './corpus.js';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * Words per second for `check` run on each letter in turn, best of `rounds` passes, after a
 * warm-up on the first 50 letters (so the JIT has compiled the hot paths, for every tool alike).
 */
export function throughput(letters: readonly string[], check: (text: string) => unknown, rounds = 3): number {
  const words = letters.reduce((n, l) => n + countWords(l), 0);
  for (const l of letters.slice(0, 50)) check(l);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const l of letters) check(l);
    best = Math.min(best, performance.now() - t0);
  }
  return words / (best / 1000);
}

/** Median and p95 of one call on the same letter, after warm-up. `what` is check (findings) or analyse (plus the summary). */
export function letterTimings(ruleset: CompiledRuleset, letter: string, what: 'check' | 'analyse' = 'check', runs = 3000) {
  const checker = createChecker(ruleset);
  const run = what === 'check' ? () => checker.check(letter) : () => checker.analyse(letter);
  for (let i = 0; i < 300; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

export function compileTime(ruleset: CompiledRuleset, runs = 50): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const copy = JSON.parse(JSON.stringify(ruleset)) as CompiledRuleset;
    const t0 = performance.now();
    createChecker(copy);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}
