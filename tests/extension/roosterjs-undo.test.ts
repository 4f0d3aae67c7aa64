/**
 * roosterjs (Outlook on the web) snapshots for its undo on a `compositionend`; other editors may end
 * an IME composition of their own on one, so only roosterjs gets it (roosterjs-undo.ts). The whole
 * path, against the real roosterjs, is tests/e2e/extension/roosterjs.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isRoosterjs } from '../../extension/in-page/roosterjs-undo.js';

function editor(attrs: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body><div id="e" ${attrs}></div></body></html>`);
  return document.getElementById('e') as unknown as HTMLElement;
}

describe('roosterjs undo snapshots', () => {
  it('recognises the element roosterjs made editable (inline user-select: text)', () => {
    expect(isRoosterjs(editor('contenteditable="true" style="user-select: text;"'))).toBe(true);
  });

  it('leaves other editors alone: plain contenteditable, and Lexical (which sets user-select: text too)', () => {
    expect(isRoosterjs(editor('contenteditable="true"'))).toBe(false);
    expect(isRoosterjs(editor('contenteditable="true" data-lexical-editor="true" style="user-select: text;"'))).toBe(false);
  });
});
