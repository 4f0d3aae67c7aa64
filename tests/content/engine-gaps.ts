/**
 * Failures of the suggestion test that no wording in content/ can avoid: engine/apply.ts or a
 * letter-level check makes them. Each names the engine change that would end it; the test checks
 * that every gap still happens, so a fixed one is noticed and deleted from this list.
 */
import type { Failure } from './suggestion-audit.js';

export interface EngineGap {
  id: string;
  /** What goes wrong, and the change to engine/ that would end it. */
  why: string;
  matches(f: Failure): boolean;
}

export const ENGINE_GAPS: EngineGap[] = [
  {
    id: 'abbreviation-full-stop',
    why:
      'A finding on "i.e." or "e.g." ends before the last full stop (the tokenizer takes it for the end of the ' +
      'sentence), so "i.e. 30 minutes" becomes "that is. 30 minutes". Change: in engine/tokenize.ts, keep the ' +
      'final "." of a word made of single letters and full stops ("e.g.", "i.e.", "a.s.a.p.") as part of the word.',
    matches: (f) => /^(?:\p{L}\.)+\p{L}$/u.test(f.before.slice(f.start, f.end)) && f.before[f.end] === '.',
  },
];

/** The gap a failure belongs to, if the engine (not the content) causes it. */
export function engineGap(f: Failure): EngineGap | undefined {
  return ENGINE_GAPS.find((g) => g.matches(f));
}
