/**
 * The card over a textarea is placed from the mirror's span for its finding (underline-mirror.ts).
 * The spans were looked up by the run's index in its line, but only marked runs have a span, so
 * any finding after unmarked text on its line got no span (or another finding's), and the card
 * fell back to the textarea's own box, far from the words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { MirrorOverlay, type MarkSpan } from '../../extension/in-page/underline-mirror.js';

function mirror() {
  const { document, window } = parseHTML('<!doctype html><html><body><textarea></textarea><div id="ui"></div></body></html>');
  // linkedom lays nothing out: each element's box is its text, so a span's box says which words it holds.
  vi.stubGlobal('getComputedStyle', () => new Proxy({}, { get: () => '0px' }));
  window.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return { left: 0, top: 0, width: 0, height: 0, right: 0, bottom: 0, text: this.textContent } as unknown as DOMRect;
  };
  const textarea = document.querySelector('textarea') as unknown as HTMLTextAreaElement;
  return new MirrorOverlay(textarea, document.getElementById('ui') as unknown as ShadowRoot);
}

const wordsAt = (m: MirrorOverlay, n: number) => (m.markRect(n) as unknown as { text?: string } | null)?.text ?? null;

afterEach(() => vi.unstubAllGlobals());

describe('the textarea mirror', () => {
  it('places each finding on its own words, wherever it is on its line', () => {
    const text = 'Dear Ann,\nYou failed to attend. We regret any inconvenience.\nBest wishes';
    const at = (words: string) => text.indexOf(words);
    const marks: MarkSpan[] = [
      { start: at('failed to attend'), end: at('failed to attend') + 'failed to attend'.length, lens: 'respect', active: false },
      { start: at('regret any inconvenience'), end: at('regret any inconvenience') + 'regret any inconvenience'.length, lens: 'candour', active: true },
    ];
    const m = mirror();
    m.render(text, marks);
    expect(wordsAt(m, 0)).toBe('failed to attend');
    expect(wordsAt(m, 1)).toBe('regret any inconvenience');
  });

  it("finds a mark's words after a re-render that keeps the unchanged lines", () => {
    const m = mirror();
    m.render('One.\nTwo words here.', []);
    const text = 'One.\nTwo words here.';
    m.render(text, [{ start: text.indexOf('words'), end: text.indexOf('words') + 5, lens: 'clarity', active: false }]);
    expect(wordsAt(m, 0)).toBe('words');
  });
});
