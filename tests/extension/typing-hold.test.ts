/**
 * The word being typed is not a finding yet. Typing "Dear Sam" passed through "Dear", which the
 * endearment rule flags on its own ("thank you, dear"), so every letter began with a compassion
 * underline that vanished a moment later; "Hi" flickered on the way to "His", "Yo" on the way to
 * "You". A finding that ends at the caret (or only spaces before it) waits while the clinician is
 * typing there, and appears when they pause for TYPING_HOLD_MS or type past it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Field } from '../../extension/in-page/field.js';
import { isTyping, TYPING_HOLD_MS } from '../../extension/in-page/typing-hold.js';
import { checkedSession, realChecker } from './check-loop-harness.js';

beforeAll(() => void realChecker());
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A field typed into one key at a time (the caret at the end), checked by the real check loop; every paint is kept. */
function typist() {
  let text = '';
  const painted: string[][] = [];
  const field = {
    element: { isConnected: true },
    read: () => text,
    caret: () => text.length,
    paint: (fs: Array<{ start: number; end: number }>) => painted.push(fs.map((f) => text.slice(f.start, f.end))),
    dispose() {},
  } as unknown as Field;
  const { session } = checkedSession(field);
  return {
    session,
    painted,
    /** Types `keys` at a brisk 80 ms a key; each key is an edit, checked after the usual short delay. */
    type(keys: string) {
      for (const k of keys) {
        text += k;
        session.typed(); // the trusted beforeinput of a key
        session.schedule(); // its input event
        vi.advanceTimersByTime(80);
      }
    },
    shown: () => painted.at(-1) ?? [],
    everShown: () => [...new Set(painted.flat())].sort(),
  };
}

describe('the word being typed', () => {
  it('"Dear Sam," never shows "Dear" underlined on the way', () => {
    const t = typist();
    t.type('Dear Sam,\n\nThank you for coming to clinic.');
    vi.advanceTimersByTime(TYPING_HOLD_MS * 2);
    expect(t.everShown()).toEqual([]);
  });

  it('"His" and "You" at the start of a paragraph never show "Hi" or "Yo" underlined', () => {
    const t = typist();
    t.type('Dear Sam,\n\nHis results are back. You can ring us.');
    vi.advanceTimersByTime(TYPING_HOLD_MS * 2);
    expect(t.everShown()).toEqual([]);
  });

  it('a finding at the caret appears once the typist pauses', () => {
    const t = typist();
    t.type('Dear Sam,\n\nYou failed to attend');
    expect(t.shown()).toEqual([]);
    vi.advanceTimersByTime(TYPING_HOLD_MS);
    expect(t.shown()).toEqual(['You failed to attend']);
  });

  it('a finding shows as soon as the typist types past it', () => {
    const t = typist();
    t.type('Dear Sam,\n\nYou failed to attend.');
    expect(t.shown()).toEqual(['You failed to attend']);
  });

  it('checks that are not typing (focus, the ruleset arriving) show everything at once', () => {
    const t = typist();
    t.type('Dear Sam,\n\nYou failed to attend');
    t.session.checkNow();
    expect(t.shown()).toEqual([]); // still typing: less than TYPING_HOLD_MS since the last key
    vi.advanceTimersByTime(TYPING_HOLD_MS);
    t.session.checkNow();
    expect(t.shown()).toEqual(['You failed to attend']);
  });
});

describe('what counts as typing', () => {
  const ev = (isTrusted: boolean, inputType: string) => ({ isTrusted, inputType }) as unknown as Event;
  it('a key typed or deleted by the clinician', () => {
    for (const t of ['insertText', 'insertCompositionText', 'deleteContentBackward', 'deleteWordBackward']) expect(isTyping(ev(true, t)), t).toBe(true);
  });
  it('not a paste, an undo or a page script pretending to type: those are shown at once', () => {
    for (const t of ['insertFromPaste', 'insertFromDrop', 'historyUndo', 'historyRedo', 'insertReplacementText']) expect(isTyping(ev(true, t)), t).toBe(false);
    expect(isTyping(ev(false, 'insertText'))).toBe(false);
  });
});
