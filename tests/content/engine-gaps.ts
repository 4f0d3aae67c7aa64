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

// Empty for now. 'abbreviation-full-stop' (a fix on "i.e" kept the stop: "that is. 30 minutes")
// ended when engine/tokenize.ts took the last stop of "e.g." into the word; tests/engine/fix.test.ts
// keeps it fixed.
export const ENGINE_GAPS: EngineGap[] = [];

/** The gap a failure belongs to, if the engine (not the content) causes it. */
export function engineGap(f: Failure): EngineGap | undefined {
  return ENGINE_GAPS.find((g) => g.matches(f));
}
