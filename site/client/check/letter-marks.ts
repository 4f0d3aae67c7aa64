/**
 * Findings marked inline in the letter, as the extension marks a textarea.
 *
 * Why a backdrop behind the textarea rather than a contenteditable painted with the CSS Custom
 * Highlight API:
 * - the textarea stays the only editor, so typing, pasting, spell check and Ctrl+Z are the
 *   browser's own, and a fix made with execCommand('insertText') joins that same undo stack;
 * - a textarea is a labelled form control that every screen reader handles the same way; a
 *   contenteditable needs ARIA to pass for one and still behaves differently between readers;
 * - it holds plain text only: a paste from Word brings no markup, images or links that could load
 *   anything, so no request can leave the page, and "Copy letter" copies exactly what was checked.
 * The backdrop holds the same text in transparent ink, laid out with the textarea's own font,
 * padding, border and wrapping, with each finding's words tinted and underlined in its lens's
 * colour and line style (so lenses differ by more than colour). It is aria-hidden and ignores the
 * pointer: keyboards and screen readers reach the marks through the findings list, in text order.
 * The textarea grows with its text (no inner scroll bar), so the two can never scroll apart.
 */
import type { Lens } from '../../../engine/types.js';
import { markRuns } from './mark-runs.js';

export interface Mark {
  start: number;
  end: number;
  lens: Lens;
}

/** The textarea's computed styles that decide where each character lands. */
const LAYOUT = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textIndent', 'tabSize', 'wordBreak',
] as const;

export class LetterMarks {
  /** The spans of each mark of the last paint (a sentence holding a phrase is cut in two around it). */
  private spans: HTMLElement[][] = [];
  private active = -1;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    private readonly backdrop: HTMLElement,
  ) {
    textarea.classList.add('vl-editor__text--marked');
    this.fit();
    // The site's type scale changes at the tablet breakpoint: copy the font again when it may have.
    window.addEventListener('resize', () => this.fit());
  }

  /** Copies the textarea's layout onto the backdrop and grows the textarea to show all its text. */
  fit(): void {
    const ta = this.textarea;
    const cs = getComputedStyle(ta);
    for (const k of LAYOUT) this.backdrop.style[k] = cs[k];
    ta.style.height = 'auto';
    const borders = cs.boxSizing === 'border-box' ? parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth) : -(parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom));
    ta.style.height = `${ta.scrollHeight + borders}px`;
  }

  /** Draws `text` with `marks`; `active` (an index into marks, or -1) is the finding that is open. */
  paint(text: string, marks: readonly Mark[], active: number): void {
    this.spans = marks.map(() => []);
    this.active = active;
    const parts = markRuns(text.length, marks).map((run) => {
      const words = text.slice(run.start, run.end);
      if (run.mark < 0) return words;
      const span = document.createElement('span');
      // The lens class gives the colour and the line style (see site/styles/_check.scss).
      span.className = `vl-mark-in vl-mark-in--${marks[run.mark].lens}${run.mark === active ? ' vl-mark-in--active' : ''}`;
      span.textContent = words;
      this.spans[run.mark].push(span);
      return span;
    });
    this.backdrop.classList.remove('vl-editor__backdrop--stale');
    this.backdrop.replaceChildren(...parts);
  }

  /**
   * Makes the n-th mark of the last paint the open one (-1: none). Only two marks' classes change:
   * repainting a long letter to move one highlight cost half a second at 5,000 words.
   */
  setActive(n: number): void {
    for (const span of this.spans[this.active] ?? []) span.classList.remove('vl-mark-in--active');
    for (const span of this.spans[n] ?? []) span.classList.add('vl-mark-in--active');
    this.active = n;
  }

  /** The letter changed since the last paint: hide the marks until the next, rather than misplace them. */
  stale(): void {
    this.backdrop.classList.add('vl-editor__backdrop--stale');
    this.fit();
  }

  /** Scrolls the page so the n-th mark of the last paint is in view. */
  reveal(n: number): void {
    this.spans[n]?.[0]?.scrollIntoView({ block: 'nearest' });
  }
}
