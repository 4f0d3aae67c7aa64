/**
 * Reads the text of a contenteditable the way the engine needs it, and maps engine offsets back to
 * DOM positions. Blocks (paragraphs, list items, divs) are separated by a blank line, so phrases never
 * match across two paragraphs, and <br> is a line break. Nothing here writes to the DOM.
 */

/** The text and, for each text node, where its characters start in that text. */
export interface EditableText {
  text: string;
  nodes: Text[];
  starts: number[];
}

/**
 * The engine's view of one text node's characters. A no-break space is a space to the reader, and a
 * zero-width space a word break; both are one character, so offsets still line up with the DOM.
 */
export function readerText(data: string): string {
  return data.replace(/\u00a0/g, ' ').replace(/\u200b|\ufeff/g, ' ');
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL', 'BODY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT']);

/** `stats.visited` counts the DOM nodes the walk visits (the budget test reads it). */
export function readEditable(root: Element, stats?: { visited: number }): EditableText {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  let pendingBreak = false;
  const breakBlock = () => {
    if (text.length > 0) pendingBreak = true;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (stats) stats.visited++;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        if (pendingBreak) {
          text += '\n\n';
          pendingBreak = false;
        }
        nodes.push(child as Text);
        starts.push(text.length);
        text += readerText(data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') {
          // A trailing <br> only keeps an empty line open in most editors; it is not a line break.
          if (el.nextSibling || !BLOCK.has(node.nodeName)) {
            if (pendingBreak) {
              text += '\n\n';
              pendingBreak = false;
            }
            text += '\n';
          }
          continue;
        }
        const block = BLOCK.has(el.tagName);
        if (block) breakBlock();
        walk(el);
        if (block) breakBlock();
      }
    }
  };
  walk(root);
  return { text, nodes, starts };
}

/** Index of the text node holding `offset` (the last node starting at or before it). */
function nodeIndexAt(t: EditableText, offset: number, preferNext: boolean): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  // At the very end of one node and the start of the next: a range start belongs to the next node.
  if (!preferNext && lo > 0 && t.starts[lo] === offset) return lo - 1;
  return lo;
}

export function domPoint(t: EditableText, offset: number, preferNext = true): { node: Text; offset: number } | null {
  if (t.nodes.length === 0) return null;
  const i = nodeIndexAt(t, offset, preferNext);
  const node = t.nodes[i];
  return { node, offset: Math.max(0, Math.min(node.data.length, offset - t.starts[i])) };
}

export function rangeFor(t: EditableText, start: number, end: number, doc: Document): Range | null {
  const a = domPoint(t, start, true);
  const b = domPoint(t, end, false);
  if (!a || !b) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

/** Per node list, where the caret's text node was last found: typing keeps it there or next door. */
const lastCaretNode = new WeakMap<readonly Text[], number>();

/**
 * Index of `node` in `nodes`, looked for outwards from where the caret was last found: the caret is
 * read on every check while the clinician types, and a search from the start would cost the whole
 * letter's node count at every keystroke.
 */
function indexNear(nodes: readonly Text[], node: Text): number {
  const n = nodes.length;
  const from = Math.min(lastCaretNode.get(nodes) ?? n - 1, n - 1);
  for (let d = 0; d < n; d++) {
    const after = from + d;
    const before = from - d;
    if (after >= n && before < 0) break;
    if (after < n && nodes[after] === node) return remember(nodes, after);
    if (d > 0 && before >= 0 && nodes[before] === node) return remember(nodes, before);
  }
  return -1;
}
function remember(nodes: readonly Text[], i: number): number {
  lastCaretNode.set(nodes, i);
  return i;
}

/** The text offset of a DOM position (for the caret), or -1 when it is not in the text. */
export function textOffset(t: EditableText, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const i = indexNear(t.nodes, node as Text);
    return i < 0 ? -1 : t.starts[i] + offset;
  }
  // An element position: the first text node at or after it, or the end of the last one inside it.
  const child = node.childNodes[offset] ?? null;
  if (child) {
    for (let i = 0; i < t.nodes.length; i++) {
      const n = t.nodes[i];
      if (child === n || child.contains(n) || (child.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) return t.starts[i];
    }
    return t.text.length;
  }
  for (let i = t.nodes.length - 1; i >= 0; i--) {
    if (node.contains(t.nodes[i])) return t.starts[i] + t.nodes[i].data.length;
  }
  return -1;
}
