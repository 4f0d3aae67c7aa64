/**
 * Underlines in a textarea or a one-line text input, which the Highlight API cannot reach: a mirror box laid exactly over the
 * textarea with the same font, padding, border and wrapping, holding the same text in transparent
 * ink with underlined spans. It ignores the pointer, so the textarea works as before.
 *
 * Built for long letters (profiled at 20,000 words): each line of the text is its own block, and a
 * render replaces only the lines whose text or marks changed, so the browser re-lays out one
 * paragraph per keystroke instead of the whole letter. The mirror follows the textarea's scroll with
 * a transform, and all measuring happens before any writing, so a render never forces an extra layout.
 */
import type { Lens } from '../../engine/index.js';
import { LENS_LOOK } from '../../engine/index.js';
import { markSegments, splitLines, type LineRun } from './mirror-lines.js';

const COPIED = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
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

interface DrawnLine {
  key: string;
  el: HTMLElement;
  /** The span of each of the line's marked runs, in order (unmarked runs are plain text, with no span). */
  spans: HTMLElement[];
}

export class MirrorOverlay {
  readonly box: HTMLDivElement;
  private readonly lines: HTMLDivElement;
  private drawn: DrawnLine[] = [];
  /** The first span of each mark passed to the last render (null if it had no visible text). */
  private markSpans: Array<HTMLElement | null> = [];
  private appliedStyle = '';

  constructor(
    private readonly textarea: HTMLTextAreaElement | HTMLInputElement,
    container: ShadowRoot,
  ) {
    const doc = textarea.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'vl-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.lines = doc.createElement('div');
    this.lines.className = 'vl-lines';
    this.box.append(this.lines);
    container.append(this.box);
  }

  render(text: string, marks: MarkSpan[]): void {
    const look = this.measure(); // before any DOM change: reading layout after one would force it
    const runs = splitLines(text, markSegments(marks));
    const next = runs.map((line) => ({ line, key: lineKey(line, marks) }));
    // Keep the lines that are unchanged at both ends; rebuild the ones between.
    let head = 0;
    while (head < next.length && head < this.drawn.length && next[head].key === this.drawn[head].key) head++;
    let tail = 0;
    while (
      tail < next.length - head &&
      tail < this.drawn.length - head &&
      next[next.length - 1 - tail].key === this.drawn[this.drawn.length - 1 - tail].key
    ) tail++;
    const removed = this.drawn.slice(head, this.drawn.length - tail);
    const before = this.drawn[this.drawn.length - tail]?.el ?? null;
    for (const d of removed) d.el.remove();
    const added = next.slice(head, next.length - tail).map(({ line, key }) => this.buildLine(line, key, marks));
    for (const d of added) this.lines.insertBefore(d.el, before);
    this.drawn = [...this.drawn.slice(0, head), ...added, ...this.drawn.slice(this.drawn.length - tail)];

    this.markSpans = marks.map(() => null);
    this.drawn.forEach((d, i) => {
      // d.spans holds the marked runs only, in order: count those, not every run of the line.
      let span = 0;
      for (const run of runs[i].runs) {
        if (run.mark < 0) continue;
        this.markSpans[run.mark] ??= d.spans[span];
        span++;
      }
    });
    this.apply(look);
  }

  private buildLine(line: LineRun, key: string, marks: MarkSpan[]): DrawnLine {
    const doc = this.textarea.ownerDocument;
    const el = doc.createElement('div');
    const spans: HTMLElement[] = [];
    // An empty line still takes a line's height, as it does in the textarea.
    if (line.text === '') el.append(doc.createElement('br'));
    for (const run of line.runs) {
      const text = line.text.slice(run.start, run.end);
      if (run.mark < 0) {
        el.append(doc.createTextNode(text));
        continue;
      }
      const m = marks[run.mark];
      const span = doc.createElement('span');
      span.className = `vl-u${m.active ? ' vl-active' : ''}`;
      const look = LENS_LOOK[m.lens];
      span.style.textDecoration = `underline ${look.line} ${look.colour}`;
      span.textContent = text;
      el.append(span);
      spans.push(span);
    }
    return { key, el, spans };
  }

  /** Screen rectangle of the n-th mark (for the card's position). */
  markRect(n: number): DOMRect | null {
    return this.markSpans[n]?.getBoundingClientRect() ?? null;
  }

  place(): void {
    this.apply(this.measure());
  }

  /** Everything the mirror copies from the textarea, read in one go. */
  private measure(): Record<string, string> {
    const ta = this.textarea;
    const cs = getComputedStyle(ta);
    const r = ta.getBoundingClientRect();
    const style: Record<string, string> = {};
    for (const k of COPIED) style[k] = cs[k];
    // The textarea's scrollbar narrows its text; pad the mirror by the same amount.
    const bar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    Object.assign(style, {
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
      paddingRight: `${parseFloat(cs.paddingRight) + Math.max(0, bar)}px`,
      // Not scrollTop: setting that needs the mirror's layout at once, a forced layout per render.
      '--scroll': `translate(${-ta.scrollLeft}px, ${-ta.scrollTop}px)`,
    });
    if (ta.tagName === 'INPUT') Object.assign(style, oneLine(cs, r.height));
    return style;
  }

  /** Writes the measured style, only when it changed: unchanged writes still cost a style pass. */
  private apply(style: Record<string, string>): void {
    const key = JSON.stringify(style);
    if (key === this.appliedStyle) return;
    this.appliedStyle = key;
    const { '--scroll': transform, ...box } = style;
    Object.assign(this.box.style, box);
    this.lines.style.transform = transform;
  }

  remove(): void {
    this.box.remove();
  }
}

/**
 * A text input's one line: it never wraps (it scrolls sideways, which the transform follows), its
 * text is centred in its height whatever its line-height says, and it is cut off at the padding, as
 * the input's own text is.
 */
function oneLine(cs: CSSStyleDeclaration, height: number): Record<string, string> {
  const px = (v: string) => parseFloat(v) || 0;
  const inner = height - px(cs.borderTopWidth) - px(cs.borderBottomWidth) - px(cs.paddingTop) - px(cs.paddingBottom);
  return {
    whiteSpace: 'pre',
    overflowWrap: 'normal',
    lineHeight: `${Math.max(0, inner)}px`,
    clipPath: `inset(${cs.borderTopWidth} ${px(cs.borderRightWidth) + px(cs.paddingRight)}px ${cs.borderBottomWidth} ${px(cs.borderLeftWidth) + px(cs.paddingLeft)}px)`,
  };
}

/** Everything that decides how a line is drawn, as one comparable string. */
function lineKey(line: LineRun, marks: MarkSpan[]): string {
  let key = line.text;
  for (const r of line.runs) {
    if (r.mark < 0) continue;
    const m = marks[r.mark];
    key += `\u0000${r.start},${r.end},${m.lens},${m.active ? 1 : 0}`;
  }
  return key;
}
