/** The check page's moves between findings, as plain data: next, previous, under the caret, the same after a re-check. */
import { describe, expect, it } from 'vitest';
import { findingAt, nextFinding, previousFinding, sameFinding } from '../../site/client/check/finding-order.js';

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
