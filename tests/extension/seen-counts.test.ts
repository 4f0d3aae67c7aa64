/**
 * The insights page's "findings per lens" counts what the clinician saw, not what flickered past
 * while a word was half typed: typing "You" passes through "Yo", which the informal-greeting rule
 * flags for a moment at the start of a paragraph. A CI run counted that as a respect finding in a
 * letter with none. A finding is counted once it has stood for COUNT_SETTLE_MS after the last
 * check, or at once when the clinician acts on it (a fix, an ignore): acting on it means they saw it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COUNT_SETTLE_MS } from '../../extension/in-page/field-session.js';
import type { Field } from '../../extension/in-page/field.js';
import { checkedSession, realChecker } from './check-loop-harness.js';

const LETTER = 'Dear Sam,\n\nYou failed to attend your appointment. Take one tablet nocte.';

beforeAll(() => void realChecker());
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A field whose text the test sets, checked by the real check loop; what is sent is kept. */
function typing() {
  let text = '';
  const field = { element: { isConnected: true }, read: () => text, paint() {}, dispose() {} } as unknown as Field;
  const { session, sent } = checkedSession(field);
  const seen = () => sent.flatMap((m) => (m.type === 'content:seen' ? m.ruleIds : [])).sort();
  return { session, seen, set: (t: string) => (text = t) };
}

describe('counting what the clinician saw', () => {
  it('a finding on a half-typed word ("Yo" on the way to "You") is not counted; the letter\'s own findings are, once each', () => {
    const { session, seen, set } = typing();
    // One character at a time, a check after each, at a brisk typist's 80 ms a key.
    for (let i = 1; i <= LETTER.length; i++) {
      set(LETTER.slice(0, i));
      session.checkNow();
      vi.advanceTimersByTime(80);
    }
    vi.advanceTimersByTime(COUNT_SETTLE_MS);
    expect(seen()).toEqual(['failed-to-attend', 'nocte-mane']);
    // Checked again and again later: still counted once.
    for (let i = 0; i < 5; i++) {
      session.checkNow();
      vi.advanceTimersByTime(COUNT_SETTLE_MS);
    }
    expect(seen()).toEqual(['failed-to-attend', 'nocte-mane']);
  });

  it('acting on a finding before it settled counts what is on screen at once', () => {
    const { session, seen, set } = typing();
    set(LETTER);
    session.checkNow();
    expect(seen()).toEqual([]);
    session.flushCount();
    expect(seen()).toEqual(['failed-to-attend', 'nocte-mane']);
    vi.advanceTimersByTime(COUNT_SETTLE_MS);
    expect(seen()).toEqual(['failed-to-attend', 'nocte-mane']);
  });

  it('a field that goes away drops what had not settled', () => {
    const { session, seen, set } = typing();
    set(LETTER);
    session.checkNow();
    session.dispose();
    vi.advanceTimersByTime(COUNT_SETTLE_MS);
    expect(seen()).toEqual([]);
  });
});
