/**
 * Applies a fix through the editor, never around it, so its own model sees the change and Ctrl+Z
 * undoes it in one step. First a cancelable `beforeinput` (insertReplacementText) that editors with
 * their own input handling (Quill, Lexical, Slate...) take over; if nobody cancels it, the browser's
 * own editing command, which editors that watch the DOM (ProseMirror/TipTap...) read back. Never
 * .value or innerHTML: not undoable, and frameworks revert it.
 */

import { snapshotForUndo } from './roosterjs-undo.js';
import { selectionOf } from './selection.js';

/**
 * Whether the page can read a DataTransfer this script fills. In Firefox a content script's data
 * carries the script's own principal, which the page's does not subsume: the page reads '' from it,
 * and Lexical and Slate, which take a replacement's text from its DataTransfer before its `data`,
 * inserted nothing (found by tests/e2e/firefox/model-editors.test.ts). There the event carries the
 * text in `data` alone, which every editor reads when there is no DataTransfer.
 */
function pageCanReadScriptData(): boolean {
  return typeof (globalThis as { cloneInto?: unknown }).cloneInto !== 'function';
}

function dataTransferOf(win: Window & typeof globalThis, text: string): DataTransfer {
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  return data;
}

function execInsert(doc: Document, text: string): boolean {
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}

/** Replaces the DOM range in a contenteditable. Returns false if neither path was taken. */
export function replaceInEditable(root: HTMLElement, range: Range, text: string): boolean {
  if (range.collapsed && text === '') return false; // deleting nothing would be Backspace
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  root.focus({ preventScroll: true });
  const sel = selectionOf(root);
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  // Editors with undo snapshots of their own (roosterjs) record the text as typed, then the fix.
  snapshotForUndo(root);
  const event = new win.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    ...(pageCanReadScriptData() ? { dataTransfer: dataTransferOf(win, text) } : {}),
    targetRanges: [new win.StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const notCancelled = root.dispatchEvent(event);
  if (!notCancelled) {
    snapshotForUndo(root);
    return true; // the editor applied it through its own model
  }
  if (!execInsert(doc, text)) return false;
  // The browser's own `input` says insertText; editors with an undo manager of their own (TinyMCE)
  // record a step only for a replacement, so tell them the text was replaced.
  root.dispatchEvent(new win.InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true, composed: true }));
  snapshotForUndo(root);
  return true;
}

export function replaceInTextarea(ta: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, text: string): boolean {
  if (start === end && text === '') return false; // deleting nothing would be Backspace
  ta.focus({ preventScroll: true });
  ta.setSelectionRange(start, end);
  // execCommand on a textarea fires `input` and joins the browser's own undo stack.
  if (execInsert(ta.ownerDocument, text)) return true;
  return false;
}
