/** The check page as plain data: moves between findings, the same finding after a re-check, and which mark owns each stretch of the letter. */
import { describe, expect, it } from 'vitest';
import { findingAt, nextFinding, previousFinding, sameFinding } from '../../site/client/check/finding-order.js';
import { markRuns } from '../../site/client/check/mark-runs.js';

// A sentence-long finding (0-40) holding a phrase (10-16), then two more phrases.
const spans = [
  { start: 0, end: 40 },
  { start: 10, end: 16 },
  { start: 50, end: 55 },
  { start: 70, end: 80 },
];
const all = [0, 1, 2, 3];

describe('finding order', () => {
  it('goes to the first finding starting at or after a place, wrapping to the first', () => {
    expect(nextFinding(spans, all, 10)).toBe(1);
    expect(nextFinding(spans, all, 11)).toBe(2);
    expect(nextFinding(spans, all, 81)).toBe(0);
    expect(nextFinding(spans, [2, 3], 0)).toBe(2); // hidden findings are skipped
    expect(nextFinding(spans, [], 0)).toBe(-1);
  });

  it('goes back to the last finding starting before a place, wrapping to the last', () => {
    expect(previousFinding(spans, all, 50)).toBe(1);
    expect(previousFinding(spans, all, 0)).toBe(3);
    expect(previousFinding(spans, [0, 2], 60)).toBe(2);
    expect(previousFinding(spans, [], 60)).toBe(-1);
  });

  it('under the caret, picks the shortest finding holding it: the phrase, not its sentence', () => {
    expect(findingAt(spans, all, 12)).toBe(1);
    expect(findingAt(spans, all, 16)).toBe(1); // just after the words still counts
    expect(findingAt(spans, all, 20)).toBe(0);
    expect(findingAt(spans, [0, 2, 3], 12)).toBe(0); // the phrase is filtered out
    expect(findingAt(spans, all, 45)).toBe(-1);
  });

  it('finds the same finding after a re-check by rule, words and how many of those came before', () => {
    const before = [
      { ruleId: 'just', actual: 'just' },
      { ruleId: 'denies', actual: 'denied' },
      { ruleId: 'just', actual: 'just' },
    ];
    const after = [{ ruleId: 'denies', actual: 'denied' }, { ruleId: 'just', actual: 'just' }, { ruleId: 'just', actual: 'just' }];
    expect(sameFinding(before, 2, after)).toBe(2);
    expect(sameFinding(before, 0, after)).toBe(1);
    expect(sameFinding(before, 1, after.slice(1))).toBe(-1);
    expect(sameFinding(before, -1, after)).toBe(-1);
  });
});

describe('mark runs', () => {
  it('cuts the letter into stretches, each owned by the shortest mark over it', () => {
    // A sentence 0-40 holding a phrase 10-16, a lone phrase 50-55, text to 60.
    expect(markRuns(60, [{ start: 0, end: 40 }, { start: 10, end: 16 }, { start: 50, end: 55 }])).toEqual([
      { start: 0, end: 10, mark: 0 },
      { start: 10, end: 16, mark: 1 },
      { start: 16, end: 40, mark: 0 },
      { start: 40, end: 50, mark: -1 },
      { start: 50, end: 55, mark: 2 },
      { start: 55, end: 60, mark: -1 },
    ]);
  });

  it('gives partly overlapping marks each their own part, and skips empty marks', () => {
    expect(markRuns(20, [{ start: 2, end: 12 }, { start: 8, end: 14 }, { start: 5, end: 5 }])).toEqual([
      { start: 0, end: 2, mark: -1 },
      { start: 2, end: 8, mark: 0 },
      { start: 8, end: 14, mark: 1 },
      { start: 14, end: 20, mark: -1 },
    ]);
    expect(markRuns(0, [])).toEqual([]);
  });
});
