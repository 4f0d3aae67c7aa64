/** Which finding comes next, which lies under the caret, which is the same after a re-check: plain data, no DOM. */
import type { Finding } from '../../../engine/types.js';

type Span = Pick<Finding, 'start' | 'end'>;

/** The first shown finding starting at or after `at`; the first one if none does (wrapping); -1 if none is shown. */
export function nextFinding(findings: readonly Span[], shown: readonly number[], at: number): number {
  return shown.find((n) => findings[n].start >= at) ?? shown[0] ?? -1;
}

/** The last shown finding starting before `at`; the last one if none does (wrapping); -1 if none is shown. */
export function previousFinding(findings: readonly Span[], shown: readonly number[], at: number): number {
  for (let k = shown.length - 1; k >= 0; k--) if (findings[shown[k]].start < at) return shown[k];
  return shown[shown.length - 1] ?? -1;
}

/** The shortest shown finding whose words hold the caret (a phrase inside a long sentence wins), or -1. */
export function findingAt(findings: readonly Span[], shown: readonly number[], caret: number): number {
  let best = -1;
  for (const n of shown) {
    const f = findings[n];
    if (f.start <= caret && caret <= f.end && f.end > f.start && (best < 0 || f.end - f.start < findings[best].end - findings[best].start)) best = n;
  }
  return best;
}

type Identity = Pick<Finding, 'ruleId' | 'actual'>;
const occurrence = (list: readonly Identity[], n: number) => list.slice(0, n).filter((f) => f.ruleId === list[n].ruleId && f.actual === list[n].actual).length;

/**
 * The finding of `after` that is the n-th of `before` (same rule, same words, same how-many-th of
 * those), so a re-check while typing keeps the same card open; -1 if it is gone.
 */
export function sameFinding(before: readonly Identity[], n: number, after: readonly Identity[]): number {
  if (n < 0 || !before[n]) return -1;
  const { ruleId, actual } = before[n];
  let k = occurrence(before, n);
  for (let i = 0; i < after.length; i++) if (after[i].ruleId === ruleId && after[i].actual === actual && k-- === 0) return i;
  return -1;
}
