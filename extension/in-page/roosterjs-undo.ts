/**
 * roosterjs (Outlook on the web, NHSmail) keeps its own undo snapshots and takes one only on
 * certain events: a space or Enter typed, a cursor key or mouse press after new content, the end of
 * an IME composition. A fix written with execCommand fires none of them, so roosterjs never
 * recorded the text just before the fix nor the fix itself, and one Ctrl+Z went back to its last
 * snapshot: the text as it was before the last word typed (diagnosed against roosterjs 9.7,
 * roosterjs-content-model-core UndoPlugin and DOMEventPlugin).
 *
 * Its editor object is page script, out of a content script's reach, but it listens on the editor's
 * own element: a `compositionend` with no text makes its UndoPlugin take a snapshot at once (its other
 * compositionEnd handlers act only on composed text). One before the write records the typed text,
 * one after records the fix, so one Ctrl+Z steps from the second back to the first.
 */

/**
 * Whether a contenteditable root is a roosterjs editor. roosterjs gives the element it makes
 * editable an inline `user-select: text`; Lexical does too, and says so with its own attribute.
 * Other editors must not get the event: some end an IME composition of their own on it.
 */
export function isRoosterjs(root: HTMLElement): boolean {
  return root.style.userSelect === 'text' && !root.hasAttribute('data-lexical-editor');
}

/** Makes roosterjs take an undo snapshot of the editor as it is now (no-op for any other editor). */
export function snapshotForUndo(root: HTMLElement): void {
  if (!isRoosterjs(root)) return;
  const win = root.ownerDocument.defaultView;
  if (!win) return;
  root.dispatchEvent(new win.CompositionEvent('compositionend', { data: '', bubbles: true, composed: true }));
}
