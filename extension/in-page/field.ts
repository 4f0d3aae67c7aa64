/**
 * A field the clinician types in: a textarea or a contenteditable root. One interface over both, so
 * the rest of the content script never asks which kind it has.
 */
import type { Finding } from '../../engine/index.js';
import { rangeFor, textOffset, type EditableText } from './editable-text.js';
import { EditableReader } from './editable-reader.js';
import { HighlightRanges } from './highlight-ranges.js';
import { MirrorOverlay } from './underline-mirror.js';
import { replaceInEditable, replaceInTextarea } from './editor-writes.js';
import { selectionOf } from './selection.js';

export interface Field {
  readonly element: HTMLElement;
  read(): string;
  paint(findings: Finding[], active: number): void;
  /** The caret's text offset, or -1. */
  caret(): number;
  rectOf(f: Finding, index: number): DOMRect | null;
  select(start: number, end: number): void;
  replace(start: number, end: number, text: string): boolean;
  place(): void;
  dispose(): void;
}

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.tagName === 'TEXTAREA';
}

/**
 * The `<input>` types we check: one-line text (subject lines, SMS composers). `type` reads back
 * as "text" when the attribute is missing or unknown. Never password, email, number, tel, url,
 * hidden and the rest: their values are not letters, and a password must never be read.
 */
const CHECKED_INPUT_TYPES = new Set(['text', 'search']);

/** An `<input>` whose text we check (see CHECKED_INPUT_TYPES). */
export function isTextInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && CHECKED_INPUT_TYPES.has((el as HTMLInputElement).type);
}

/** A field with a `value` rather than DOM text: a textarea, or a one-line text input. */
export function isValueField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return isTextarea(el) || isTextInput(el);
}

/** The editable field an element belongs to (the outermost contenteditable), or null. */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isValueField(el)) return el.readOnly || el.disabled ? null : el;
  if (el.tagName === 'INPUT') return null; // password and other types: never read
  // A document in designMode (older editors' iframes) is one field: its body.
  if (el.ownerDocument.designMode === 'on') return el.ownerDocument.body;
  const h = el as HTMLElement;
  if (!h.isContentEditable) return null;
  let root = h;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** A textarea, or a one-line text input: both have a value, a selection and the browser's undo. */
export class TextareaField implements Field {
  private overlay: MirrorOverlay;
  private text = '';
  constructor(readonly element: HTMLTextAreaElement | HTMLInputElement, ui: ShadowRoot) {
    this.overlay = new MirrorOverlay(element, ui);
  }
  read(): string {
    return (this.text = this.element.value);
  }
  paint(findings: Finding[], active: number): void {
    this.overlay.render(this.text, findings.map((f, i) => ({ start: f.start, end: f.end, lens: f.lens, active: i === active })));
  }
  caret(): number {
    return this.element.selectionStart ?? -1;
  }
  rectOf(_f: Finding, index: number): DOMRect | null {
    const r = this.overlay.markRect(index);
    if (!r || this.element.tagName !== 'INPUT') return r;
    // A text input that loses focus to the card shows its start again, so a word past its right
    // edge is out of sight: the card goes under the field's edge nearest the word, not off beyond it.
    const box = this.element.getBoundingClientRect();
    const left = Math.min(Math.max(r.left, box.left), box.right - Math.min(r.width, box.width));
    return new DOMRect(left, r.top, r.width, r.height);
  }
  select(start: number, end: number): void {
    this.element.focus({ preventScroll: false });
    this.element.setSelectionRange(start, end);
    // The mirror, and so the card placed from it, follow the field's scroll at once.
    this.overlay.place();
  }
  replace(start: number, end: number, text: string): boolean {
    return replaceInTextarea(this.element, start, end, text);
  }
  place(): void {
    this.overlay.place();
  }
  dispose(): void {
    this.overlay.remove();
  }
}

export class EditableField implements Field {
  private mapped: EditableText = { text: '', nodes: [], starts: [] };
  /** Reads only the text nodes that changed since the last check, when that is safe (editable-reader.ts). */
  readonly reader = new EditableReader();
  /** Builds ranges only for the findings whose words changed (highlight-ranges.ts). */
  readonly ranges: HighlightRanges;
  private readonly observer: MutationObserver | null;
  constructor(readonly element: HTMLElement) {
    this.ranges = new HighlightRanges(element.ownerDocument);
    // The field's own observer, so a read can take the records not yet delivered (an editor may
    // change its DOM and a fix read the text again in one task).
    this.observer = typeof MutationObserver === 'function' ? new MutationObserver((records) => this.reader.note(records)) : null;
    this.observer?.observe(element, { childList: true, characterData: true, subtree: true });
  }
  private get doc(): Document {
    return this.element.ownerDocument;
  }
  read(): string {
    // Without an observer nothing says what changed: every read is a full read.
    this.reader.note(this.observer ? this.observer.takeRecords() : [{ type: 'childList', target: this.element }]);
    const { text, change } = this.reader.read(this.element);
    this.mapped = text;
    this.ranges.textChanged(change);
    return text.text;
  }
  paint(findings: Finding[], active: number): void {
    // StaticRanges, not live Ranges: the browser updates every live Range on every edit and
    // re-validates the highlights that hold them, which at 20,000 words (about 1,000 findings) was
    // half the work of each check.
    this.ranges.paint(this.mapped, findings, active);
  }
  caret(): number {
    const sel = selectionOf(this.element);
    if (!sel || !sel.focusNode || !this.element.contains(sel.focusNode)) return -1;
    return textOffset(this.mapped, sel.focusNode, sel.focusOffset);
  }
  rectOf(f: Finding): DOMRect | null {
    const r = rangeFor(this.mapped, f.start, f.end, this.doc);
    return r ? (r.getClientRects()[0] ?? r.getBoundingClientRect()) : null;
  }
  select(start: number, end: number): void {
    const r = rangeFor(this.mapped, start, end, this.doc);
    if (!r) return;
    this.element.focus({ preventScroll: true });
    const sel = selectionOf(this.element);
    sel?.removeAllRanges();
    sel?.addRange(r);
    (r.startContainer.parentElement ?? this.element).scrollIntoView({ block: 'nearest' });
  }
  replace(start: number, end: number, text: string): boolean {
    const r = rangeFor(this.mapped, start, end, this.doc);
    return !!r && replaceInEditable(this.element, r, text);
  }
  place(): void {}
  dispose(): void {
    this.observer?.disconnect();
    this.ranges.clear();
  }
}
