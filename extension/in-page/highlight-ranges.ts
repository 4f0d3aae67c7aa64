/**
 * A contenteditable field's highlight ranges, kept from check to check. A check returns every
 * finding of the letter, but a keystroke changes only the findings in the edited text node: the
 * ranges of the others still point at the same DOM positions (a StaticRange names a node and an
 * offset in it, and other nodes did not change). So each paint reuses the range of every finding
 * found again outside the edited stretch, builds ranges only for the rest, and hands the browser
 * just the ranges added and removed. After a full read (nodes added or removed) every range is built again.
 */
import type { Finding, Lens } from '../../engine/index.js';
import { domPoint, type EditableText } from './editable-text.js';
import type { ReadChange } from './editable-reader.js';
import { highlightsSupported, updateHighlight } from './underline-highlights.js';

interface Painted {
  start: number;
  end: number;
  lens: Lens;
  range: AbstractRange;
}

/** One number per span, for a Map without building strings (texts of up to 2^26 characters). */
const spanKey = (start: number, end: number) => start * 67_108_864 + end;

export class HighlightRanges {
  private painted: Painted[] = [];
  private active: AbstractRange | null = null;
  /** How the text changed since the last paint: 'all' until the first. */
  private pending: ReadChange = 'all';
  /** Ranges the last paint built (the rest were kept): the budget test reads it. */
  built = 0;

  constructor(private readonly doc: Document) {}

  /** Tells what a read of the field changed (editable-reader.ts). */
  textChanged(change: ReadChange): void {
    if (change === 'none') return;
    // Two edits before one paint: their stretches could be combined, but this is rare; rebuild.
    this.pending = this.pending === 'none' ? change : 'all';
  }

  paint(text: EditableText, findings: readonly Finding[], active: number): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(this.doc)) return;
    const edit = this.pending;
    this.pending = 'none';
    const old = new Map<number, Painted[]>();
    if (edit !== 'all') for (const p of this.painted) {
      const k = spanKey(p.start, p.end);
      const list = old.get(k);
      if (list) list.push(p);
      else old.set(k, [p]);
    }
    const next: Painted[] = [];
    const added = new Map<Lens, AbstractRange[]>();
    let activeRange: AbstractRange | null = null;
    this.built = 0;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      let range = edit === 'all' ? null : this.kept(old, f, edit);
      if (!range) {
        range = this.build(win, text, f.start, f.end);
        if (!range) continue;
        this.built++;
        const list = added.get(f.lens);
        if (list) list.push(range);
        else added.set(f.lens, [range]);
      }
      next.push({ start: f.start, end: f.end, lens: f.lens, range });
      if (i === active) activeRange = range;
    }
    // What was painted and not kept goes: every range after a full read, else those left in `old`.
    const removed = new Map<Lens, AbstractRange[]>();
    const gone = edit === 'all' ? this.painted : [...old.values()].flat();
    for (const p of gone) {
      const list = removed.get(p.lens);
      if (list) list.push(p.range);
      else removed.set(p.lens, [p.range]);
    }
    for (const lens of new Set([...added.keys(), ...removed.keys()])) updateHighlight(this.doc, lens, removed.get(lens) ?? [], added.get(lens) ?? []);
    if (activeRange !== this.active) updateHighlight(this.doc, 'active', this.active ? [this.active] : [], activeRange ? [activeRange] : []);
    this.painted = next;
    this.active = activeRange;
  }

  /** Takes every range out of the highlights (the field is gone). */
  clear(): void {
    this.pending = 'all';
    this.paint({ text: '', nodes: [], starts: [] }, [], -1);
  }

  /**
   * The range painted last time for this finding, if its words lie outside the edited stretch (so
   * its DOM positions are unchanged); it is taken out of `old`.
   */
  private kept(old: Map<number, Painted[]>, f: Finding, edit: Exclude<ReadChange, 'all'>): AbstractRange | null {
    let start = f.start;
    let end = f.end;
    if (edit !== 'none') {
      const shift = edit.newTo - edit.oldTo;
      if (f.end < edit.from) {
        /* before the edit: same offsets */
      } else if (f.start >= edit.newTo) {
        start -= shift;
        end -= shift;
      } else return null;
    }
    const list = old.get(spanKey(start, end));
    if (!list) return null;
    const at = list.findIndex((p) => p.lens === f.lens);
    if (at < 0) return null;
    const [p] = list.splice(at, 1);
    return p.range;
  }

  private build(win: Window & typeof globalThis, text: EditableText, start: number, end: number): AbstractRange | null {
    if (end <= start) return null; // nothing to underline
    const a = domPoint(text, start, true);
    const b = domPoint(text, end, false);
    if (!a || !b) return null;
    // Built straight from the two points: a live Range first (as rangeFor makes) would be one more
    // object for the browser to keep up to date until it is collected.
    if (a.node === b.node && a.offset > b.offset) return null;
    return new win.StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
  }
}
