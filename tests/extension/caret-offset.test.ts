/**
 * The caret is read on every check while the clinician types (the word being typed waits for it).
 * At 20,000 words a contenteditable has thousands of text nodes: finding the caret's node must cost
 * in proportion to how far the caret moved, not to the letter (last stop's review: it was an
 * indexOf over every node). Counted, not timed: reads of the node list.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readEditable, textOffset, type EditableText } from '../../extension/in-page/editable-text.js';

function letter(paragraphs: number) {
  const html = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i} of the letter.</p>`).join('');
  const { document } = parseHTML(`<!doctype html><html><body><div id="f" contenteditable="true">${html}</div></body></html>`);
  return readEditable(document.getElementById('f')!);
}

/** The same text with its node list counting every element read. */
function counted(t: EditableText) {
  const reads = { n: 0 };
  const nodes = new Proxy(t.nodes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { t: { ...t, nodes }, reads };
}

describe('the caret offset in a long contenteditable', () => {
  it('is right wherever the caret is', () => {
    const t = letter(50);
    for (const i of [0, 7, 49]) expect(textOffset(t, t.nodes[i], 3)).toBe(t.starts[i] + 3);
  });

  it('typing at the end of 5,000 paragraphs reads a few nodes per keystroke, not all of them', () => {
    const { t, reads } = counted(letter(5000));
    const last = t.nodes[4999];
    expect(textOffset(t, last, 5)).toBe(t.starts[4999] + 5); // the first read may look for it
    reads.n = 0;
    for (let k = 0; k < 10; k++) expect(textOffset(t, last, 5 + k)).toBe(t.starts[4999] + 5 + k);
    expect(reads.n).toBeLessThanOrEqual(10 * 3);
  });

  it('a caret moved to the next paragraph is found near the last one', () => {
    const { t, reads } = counted(letter(5000));
    textOffset(t, t.nodes[2500], 0);
    reads.n = 0;
    expect(textOffset(t, t.nodes[2501], 1)).toBe(t.starts[2501] + 1);
    expect(reads.n).toBeLessThanOrEqual(6);
  });

  it('a node that is not in the text is -1', () => {
    const t = letter(5);
    const stray = parseHTML('<p>x</p>').document.querySelector('p')!.firstChild!;
    expect(textOffset(t, stray, 0)).toBe(-1);
  });
});
