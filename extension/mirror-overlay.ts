/**
 * Underlines in a textarea, which the Highlight API cannot reach: a mirror box laid exactly over the
 * textarea with the same font, padding, border, wrapping and scroll position, holding the same text
 * in transparent ink with underlined spans. It ignores the pointer, so the textarea works as before.
 */
import type { Lens } from '../engine/index.js';
import { LENS_LOOK } from './lens-style.js';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle',
  'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize', 'whiteSpace',
  'wordBreak', 'overflowWrap',
] as const;

export interface MarkSpan {
  start: number;
  end: number;
  lens: Lens;
  active: boolean;
}

export class MirrorOverlay {
  readonly box: HTMLDivElement;
  private spans: HTMLElement[] = [];
  private drawn = '';

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: ShadowRoot,
  ) {
    this.box = textarea.ownerDocument.createElement('div');
    this.box.className = 'vl-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    container.append(this.box);
  }

  render(text: string, marks: MarkSpan[]): void {
    // Re-checks with nothing new (a settings broadcast, a focus) keep the same nodes.
    const key = JSON.stringify([text, marks]);
    if (key === this.drawn) return this.place();
    this.drawn = key;
    const doc = this.textarea.ownerDocument;
    const box = this.box;
    box.textContent = '';
    this.spans = [];
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      box.append(doc.createTextNode(text.slice(at, m.start)));
      const span = doc.createElement('span');
      span.className = `vl-u${m.active ? ' vl-active' : ''}`;
      const look = LENS_LOOK[m.lens];
      span.style.textDecoration = `underline ${look.line} ${look.colour}`;
      span.textContent = text.slice(m.start, m.end);
      box.append(span);
      this.spans.push(span);
      at = m.end;
    }
    // A trailing newline needs something after it, or the mirror is one line shorter than the textarea.
    box.append(doc.createTextNode(`${text.slice(at)}\u200b`));
    this.place();
  }

  /** Screen rectangles of the n-th mark (for the card's position). */
  markRect(n: number): DOMRect | null {
    return this.spans[n]?.getBoundingClientRect() ?? null;
  }

  place(): void {
    const ta = this.textarea;
    const cs = getComputedStyle(ta);
    const s = this.box.style as unknown as Record<string, string>;
    for (const k of COPIED) s[k] = cs[k];
    const r = ta.getBoundingClientRect();
    Object.assign(this.box.style, {
      position: 'fixed',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
      boxSizing: 'border-box',
      borderColor: 'transparent',
      color: 'transparent',
      overflow: 'hidden',
      pointerEvents: 'none',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      margin: '0',
      display: ta.isConnected && r.width > 0 ? 'block' : 'none',
    });
    // The textarea's scrollbar narrows its text; pad the mirror by the same amount.
    const bar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    this.box.style.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, bar)}px`;
    this.box.scrollTop = ta.scrollTop;
    this.box.scrollLeft = ta.scrollLeft;
  }

  remove(): void {
    this.box.remove();
  }
}
