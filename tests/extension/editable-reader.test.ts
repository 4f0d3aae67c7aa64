/**
 * The contenteditable reader that reads only the changed text nodes (editable-reader.ts) must give
 * exactly the text and offsets a full read gives, after any edit: random edits to random text
 * nodes, compared with readEditable after each. Edits it cannot splice fall back to a full read.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { EditableReader, type TextMutation } from '../../extension/in-page/editable-reader.js';
import { readEditable } from '../../extension/in-page/editable-text.js';
import { seeded } from '../seeded-random.js';
import { textNodes } from './text-nodes.js';

function field(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="f" contenteditable="true">${html}</div></body></html>`);
  return document.getElementById('f') as unknown as HTMLElement;
}

/** What the browser's MutationObserver reports for a change to a text node's characters. */
const typed = (node: Text): TextMutation => ({ type: 'characterData', target: node });

function expectSameAsFullRead(reader: EditableReader, root: HTMLElement) {
  const { text } = reader.read(root);
  const full = readEditable(root);
  expect(text.text).toBe(full.text);
  expect(text.starts).toEqual(full.starts);
  expect(text.nodes).toEqual(full.nodes);
}

const LETTER = '<p>Dear Ms Jones,</p><p>You failed to <b>attend</b> your appointment.<br>We regret&nbsp;any inconvenience.</p>' +
  '<ul><li>First</li><li>Second point</li></ul><div>Yours sincerely,<br></div><p>Dr Amina Rahman</p>';

describe('reading a contenteditable after an edit', () => {
  it('reads only the edited text node, and gives the text a full read gives', () => {
    const root = field(LETTER);
    const reader = new EditableReader();
    expectSameAsFullRead(reader, root);
    const last = textNodes(root).at(-1)!;
    last.data += ' (consultant)';
    reader.note([typed(last)]);
    const { text, change } = reader.read(root);
    expect(text.text).toBe(readEditable(root).text);
    expect(reader.visited).toBe(1);
    const from = text.text.indexOf('Dr Amina Rahman');
    expect(change).toEqual({ from, oldTo: from + 'Dr Amina Rahman'.length, newTo: text.text.length });
  });

  it('reports nothing changed when nothing did, and reads nothing', () => {
    const root = field(LETTER);
    const reader = new EditableReader();
    const first = reader.read(root).text;
    const again = reader.read(root);
    expect(again.change).toBe('none');
    expect(again.text.text).toBe(first.text);
    expect(reader.visited).toBe(0);
  });

  it('matches a full read after many random edits to random nodes (spaces, no-break spaces, deletions)', () => {
    const root = field(LETTER.repeat(6));
    const reader = new EditableReader();
    reader.read(root);
    const random = seeded(7);
    const nodes = textNodes(root);
    const pieces = ['a', ' ', '\u00a0', 'failed to attend', '\u200b', 'x y'];
    for (let step = 0; step < 300; step++) {
      const edits = 1 + Math.floor(random() * 3);
      const changed: TextMutation[] = [];
      for (let e = 0; e < edits; e++) {
        const node = nodes[Math.floor(random() * nodes.length)];
        const at = Math.floor(random() * (node.data.length + 1));
        // Insert or delete, never leaving the node empty (that case has its own test).
        if (random() < 0.3 && node.data.length > 1) node.data = node.data.slice(0, Math.max(0, at - 1)) + node.data.slice(at) || 'z';
        else node.data = node.data.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + node.data.slice(at);
        changed.push(typed(node));
      }
      reader.note(changed);
      expectSameAsFullRead(reader, root);
      expect(reader.visited).toBeLessThanOrEqual(edits);
    }
  });

  it('reads the whole field again when nodes are added or removed', () => {
    const root = field(LETTER);
    const reader = new EditableReader();
    reader.read(root);
    const p = root.ownerDocument.createElement('p');
    p.textContent = 'A new paragraph.';
    root.append(p);
    reader.note([{ type: 'childList', target: root }]);
    expectSameAsFullRead(reader, root);
    expect(reader.read(root).text.text).toContain('Dr Amina Rahman\n\nA new paragraph.');
  });

  it('reads the whole field again when an edited node is left empty or was not in the text', () => {
    const root = field('<p>One</p><p>Two</p><p>Three</p>');
    const reader = new EditableReader();
    reader.read(root);
    const two = textNodes(root)[1];
    two.data = '';
    reader.note([typed(two)]);
    expectSameAsFullRead(reader, root);
    expect(reader.read(root).text.text).toBe('One\n\nThree');
    // Now empty, so not in the text: typing into it again needs the walk to place its paragraph break.
    two.data = 'Back';
    reader.note([typed(two)]);
    expectSameAsFullRead(reader, root);
    expect(reader.visited).toBeGreaterThan(3);
  });
});
