/**
 * Fixes go through the browser's own editing, so the textarea's undo stack holds them: Ctrl+Z in
 * the letter undoes a fix in one step, and "Undo last fix" asks the same stack. The letter's text
 * is only ever in the textarea and in this page's memory; nothing here stores it.
 */

/** Replaces [start, end) so Ctrl+Z undoes it (setRangeText and .value are not on the undo stack). */
export function replaceThroughEditing(textarea: HTMLTextAreaElement, start: number, end: number, insert: string): void {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  const done = insert === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, insert);
  // Where the editing command is unavailable the fix still lands, without undo.
  if (!done) textarea.setRangeText(insert, start, end, 'end');
}

/** One fix as the undo button needs it: the text after it, where it was, and what it said. */
export interface AppliedFix {
  after: string;
  start: number;
  actual: string;
}

/**
 * The fixes made since the last edit by hand, newest last. The browser's undo can only take back
 * a fix while the letter is still as that fix left it: typing in between would make "undo" undo
 * the typing, so the stack is forgotten as soon as the text differs.
 */
export class FixHistory {
  private fixes: AppliedFix[] = [];

  record(fix: AppliedFix): void {
    this.fixes.push(fix);
  }

  /** The fix that undo would take back, if the letter is still as it left it. */
  last(text: string): AppliedFix | undefined {
    const top = this.fixes[this.fixes.length - 1];
    if (top && top.after === text) return top;
    this.fixes = [];
    return undefined;
  }

  /** Takes back the last fix through the browser's undo; false if the letter did not return to before it. */
  undo(textarea: HTMLTextAreaElement): AppliedFix | undefined {
    const top = this.last(textarea.value);
    if (!top) return undefined;
    this.fixes.pop();
    textarea.focus({ preventScroll: true });
    document.execCommand('undo');
    return textarea.value === top.after ? undefined : top;
  }
}
