/**
 * Reads a contenteditable's text for each check without walking the whole field every time.
 *
 * A keystroke in a 20,000-word letter changes one text node; a full read (readEditable) visits
 * every node of the letter and rebuilds its text. Here the field's own MutationObserver says which
 * text nodes changed: when the only changes are to the characters of text nodes already in the
 * text, just those nodes are read again and spliced into the last text. Anything else (nodes added
 * or removed, a node that was empty or outside the text, an edited node left empty, many nodes at
 * once, or no earlier read) falls back to the full read, which stays the reference: the spliced text
 * is always the text a full read would give (tests/extension/editable-reader.test.ts).
 */
import { readEditable, readerText, type EditableText } from './editable-text.js';

/** The part of the text a read changed: old [from, oldTo) became new [from, newTo). */
export interface TextEdit {
  from: number;
  oldTo: number;
  newTo: number;
}

/** What a read changed: nothing, one stretch, or (after a full read) possibly anything. */
export type ReadChange = 'none' | 'all' | TextEdit;

/** More changed nodes than this in one read: a paste or an editor's own rewrite, so read it all. */
const MAX_SPLICED_NODES = 8;

/** The parts of a MutationRecord the reader looks at. */
export type TextMutation = Pick<MutationRecord, 'type' | 'target'>;

export class EditableReader {
  private last: EditableText | null = null;
  /** Each text node's index in `last.nodes`, and its length when last read. */
  private index = new Map<Text, number>();
  private lengths: number[] = [];
  private changedNodes = new Set<Text>();
  private structural = true;
  /** How many DOM nodes the last read visited (for the budget test: a keystroke visits one). */
  visited = 0;

  /** Notes what changed since the last read (the field's MutationObserver's records). */
  note(records: Iterable<TextMutation>): void {
    for (const r of records) {
      if (r.type === 'characterData' && r.target.nodeType === 3) this.changedNodes.add(r.target as Text);
      else this.structural = true;
    }
  }

  /** The field's text now, and what changed since the last read. */
  read(root: Element): { text: EditableText; change: ReadChange } {
    const spliced = this.structural || !this.last ? null : this.splice(this.last);
    this.changedNodes.clear();
    this.structural = false;
    if (spliced) return spliced;
    return { text: this.fullRead(root), change: 'all' };
  }

  private fullRead(root: Element): EditableText {
    this.visited = 0;
    const t = readEditable(root, this);
    this.last = t;
    this.index = new Map(t.nodes.map((n, i) => [n, i]));
    this.lengths = t.nodes.map((n) => n.data.length);
    return t;
  }

  /** The last text with the changed nodes read again, or null when only a full read will do. */
  private splice(last: EditableText): { text: EditableText; change: ReadChange } | null {
    this.visited = 0;
    if (this.changedNodes.size === 0) return { text: last, change: 'none' };
    if (this.changedNodes.size > MAX_SPLICED_NODES) return null;
    const order: number[] = [];
    for (const node of this.changedNodes) {
      const i = this.index.get(node);
      // Not in the text (it was empty, or inside a script or style) or empty now: the walk decides
      // where its paragraph breaks go, so it reads the whole field again.
      if (i === undefined || node.data.length === 0) return null;
      order.push(i);
    }
    order.sort((a, b) => a - b);
    const n = last.nodes.length;
    const oldEnd = (i: number) => last.starts[i] + this.lengths[i];
    let text = '';
    let at = 0; // next unread position in the old text
    let shift = 0;
    const starts = last.starts.slice();
    let k = 0;
    for (let i = order[0]; i < n; i++) {
      starts[i] = last.starts[i] + shift;
      if (k < order.length && order[k] === i) {
        k++;
        const node = last.nodes[i];
        this.visited++;
        text += last.text.slice(at, last.starts[i]) + readerText(node.data);
        at = oldEnd(i);
        shift += node.data.length - this.lengths[i];
        this.lengths[i] = node.data.length;
      }
    }
    text += last.text.slice(at);
    const lastChanged = order[order.length - 1];
    const from = last.starts[order[0]];
    const oldTo = lastChanged + 1 < n ? last.starts[lastChanged + 1] : last.text.length;
    const t: EditableText = { text, nodes: last.nodes, starts };
    this.last = t;
    return { text: t, change: { from, oldTo, newTo: oldTo + shift } };
  }
}
