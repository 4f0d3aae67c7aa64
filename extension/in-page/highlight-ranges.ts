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

export class HighlightRanges {
  /** What the last paint drew, in the findings' order (the engine's: by start, longest first). */
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

  /**
   * Walks the new findings and the last paint's side by side, both in the engine's order (start,
   * then longest first), which a shift by the edit's length keeps: a finding outside the edited
   * stretch takes the range painted for the same words and lens, with no Map or key to build.
   * Anything out of that order is simply built again, never matched wrongly.
   */
  paint(text: EditableText, findings: readonly Finding[], active: number): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(this.doc)) return;
    const edit = this.pending;
    this.pending = 'none';
    const old = edit === 'all' ? [] : this.painted;
    const kept = new Uint8Array(old.length);
    const next: Painted[] = [];
    const added = new Map<Lens, AbstractRange[]>();
    let activeRange: AbstractRange | null = null;
    let j = 0;
    this.built = 0;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      let entry: Painted | null = null;
      const shift = wasAt(f, edit);
      if (shift !== null) {
        const start = f.start - shift;
        const end = f.end - shift;
        while (j < old.length && (old[j].start < start || (old[j].start === start && old[j].end > end))) j++;
        for (let k = j; k < old.length && old[k].start === start && old[k].end === end; k++) {
          if (kept[k] || old[k].lens !== f.lens) continue;
          kept[k] = 1;
          // A new entry: `old` keeps the last paint's offsets, which the walk compares against.
          entry = { start: f.start, end: f.end, lens: f.lens, range: old[k].range };
          break;
        }
      }
      if (!entry) {
        const range = this.build(win, text, f.start, f.end);
        if (!range) continue;
        this.built++;
        entry = { start: f.start, end: f.end, lens: f.lens, range };
        const list = added.get(f.lens);
        if (list) list.push(range);
        else added.set(f.lens, [range]);
      }
      next.push(entry);
      if (i === active) activeRange = entry.range;
    }
    // What was painted and not kept goes: every range after a full read.
    const removed = new Map<Lens, AbstractRange[]>();
    const gone = edit === 'all' ? this.painted : old.filter((_, k) => !kept[k]);
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

/**
 * How far the finding's words moved since the last paint, if its DOM positions are unchanged: 0
 * before the edited stretch, the edit's length after it; null inside it (its range is built again).
 */
function wasAt(f: Finding, edit: ReadChange): number | null {
  if (edit === 'all') return null;
  if (edit === 'none' || f.end < edit.from) return 0;
  return f.start >= edit.newTo ? edit.newTo - edit.oldTo : null;
}
