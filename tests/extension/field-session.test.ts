/**
 * The check debounce (issue 11, defect 13): an editor that changes its DOM 700 times a second
 * never paused 20 ms, so the debounce kept moving and checking stopped until it calmed down.
 * A check must still run at least every MAX_CHECK_WAIT_MS while changes keep coming.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_DELAY_MS, FieldSession, MAX_CHECK_WAIT_MS } from '../../extension/in-page/field-session.js';
import type { Field } from '../../extension/in-page/field.js';

const field = { dispose() {} } as unknown as Field;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FieldSession.schedule', () => {
  it('checks once, CHECK_DELAY_MS after the last of a quick burst of edits', () => {
    const runs: number[] = [];
    const s = new FieldSession(field, () => runs.push(Date.now()));
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) {
      s.schedule();
      vi.advanceTimersByTime(2);
    }
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(runs).toEqual([t0 + 8 + CHECK_DELAY_MS]);
  });

  it('checks every change within 500 ms while an editor changes 700 times a second for 3 seconds', () => {
    const runs: number[] = [];
    const changes: number[] = [];
    const s = new FieldSession(field, () => runs.push(Date.now()));
    // 700 changes a second: one every 1.43 ms (fake timers count whole ms, so 10 every 14 ms).
    for (let ms = 0; ms < 3000; ms += 14) {
      for (let i = 0; i < 10; i++) {
        changes.push(Date.now());
        s.schedule();
      }
      vi.advanceTimersByTime(14);
    }
    vi.advanceTimersByTime(MAX_CHECK_WAIT_MS);
    expect(MAX_CHECK_WAIT_MS).toBeLessThanOrEqual(500);
    expect(runs.length).toBeGreaterThanOrEqual(3000 / MAX_CHECK_WAIT_MS);
    // The longest any change waited for a check that saw it.
    const waited = changes.map((t) => runs.find((r) => r >= t)! - t);
    expect(Math.max(...waited)).toBeLessThanOrEqual(MAX_CHECK_WAIT_MS);
  });

  it('checkNow runs at once and starts the wait afresh', () => {
    const runs: number[] = [];
    const s = new FieldSession(field, () => runs.push(Date.now()));
    s.schedule();
    s.checkNow();
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toHaveLength(1);
  });
});

describe('FieldSession.checkSoon (a keystroke the clinician typed)', () => {
  it('checks once, as soon as the keystroke\'s own DOM changes are in, not after the debounce', async () => {
    const runs: number[] = [];
    const s = new FieldSession(field, () => runs.push(Date.now()));
    // The editor's DOM change (our observer asks for a debounced check), then the input event.
    s.schedule();
    s.checkSoon();
    s.checkSoon(); // a second event of the same keystroke
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(CHECK_DELAY_MS * 2);
    expect(runs).toHaveLength(1); // the debounced check it replaced does not run as well
  });

  it('a field that went away is not checked', async () => {
    const runs: number[] = [];
    const s = new FieldSession(field, () => runs.push(Date.now()));
    s.checkSoon();
    s.dispose();
    await Promise.resolve();
    expect(runs).toEqual([]);
  });
});
