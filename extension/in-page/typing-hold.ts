/**
 * The word being typed is not a finding yet. Typing "Dear Sam" passes through "Dear" (which the
 * endearment rule flags on its own, as in "thank you, dear"), "His" through "Hi", "You" through
 * "Yo": showing those for a moment made every letter flicker. So while the clinician is typing, a
 * finding that ends at the caret, or with only spaces between it and the caret, waits; it appears
 * when they type past it (a full stop, the next word) or pause for TYPING_HOLD_MS. This is what
 * the best checkers do: they judge a word once it is finished.
 */
import type { Finding } from '../../engine/index.js';

/** How long after the last keystroke a finding at the caret waits before it is shown anyway. */
export const TYPING_HOLD_MS = 800;

/** Whether `f` ends at the caret, or only spaces lie between its end and the caret. */
export function atWritingPoint(text: string, f: Finding, caret: number): boolean {
  if (caret < 0 || f.end > caret) return false;
  for (let i = f.end; i < caret; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/**
 * The findings to show now, and how long until the held ones should be looked at again (0: none
 * held). Reads the caret only while the clinician is typing: a check for any other reason shows all.
 */
export function holdWhileTyping(text: string, findings: Finding[], msSinceEdit: number, caret: () => number): { shown: Finding[]; recheckIn: number } {
  if (msSinceEdit >= TYPING_HOLD_MS || findings.length === 0) return { shown: findings, recheckIn: 0 };
  const at = caret();
  if (at < 0) return { shown: findings, recheckIn: 0 };
  const shown = findings.filter((f) => !atWritingPoint(text, f, at));
  return { shown, recheckIn: shown.length < findings.length ? TYPING_HOLD_MS - msSinceEdit : 0 };
}

/** Keys typed or deleted one at a time: the input that leaves a half-finished word at the caret. */
const TYPING_INPUT = new Set(['insertText', 'insertCompositionText', 'deleteContentBackward', 'deleteContentForward', 'deleteWordBackward', 'deleteWordForward']);

/** Whether an event is the clinician typing (trusted, and one of TYPING_INPUT), not a paste, an undo or a page's script. */
export function isTyping(e: Event): boolean {
  return e.isTrusted && TYPING_INPUT.has((e as InputEvent).inputType);
}
