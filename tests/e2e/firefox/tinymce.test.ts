/**
 * TinyMCE 6 in Firefox: TinyMCE writes its iframe with document.open()/write() there (srcdoc in
 * Chromium), which dropped every listener the content script had added, so nothing was checked.
 * Underlines, the fix from the keyboard, and one Ctrl+Z through TinyMCE's own undo manager.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chord, launchFirefox, openPage, PAGES, type Firefox } from './firefox.js';
import { UI_HOST_TAG } from '../../../extension/in-page/ui-root.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from '../extension/letters.js';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await ff?.close();
});

/** The texts underlined in TinyMCE's iframe (its window has its own highlight registry). */
function frameHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = document.querySelector('iframe')!.contentWindow as Window & typeof globalThis;
    const found: { at: number; text: string }[] = [];
    for (const [name, h] of w.CSS.highlights) {
      if (!name.startsWith('vlens-') || name.endsWith('-active')) continue;
      for (const s of h as unknown as Iterable<AbstractRange>) {
        const r = w.document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        const all = w.document.createRange();
        all.selectNodeContents(w.document.body);
        all.setEnd(s.startContainer, s.startOffset);
        found.push({ at: all.toString().length, text: r.toString() });
      }
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.text);
  });
}

const tinyText = (page: Page) =>
  page.evaluate(() => (window as unknown as { tinymce: { activeEditor: { getContent(o: object): string } } }).tinymce.activeEditor.getContent({ format: 'text' }));

describe('TinyMCE in Firefox', () => {
  it('underlines; the keyboard opens the card, Enter fixes through TinyMCE, one Ctrl+Z restores', async () => {
    const page = await openPage(ff, `${PAGES}/tinymce.html`);
    await page.waitForSelector('body[data-ready]');
    await page.click('iframe');
    await page.keyboard.type(LETTER);
    await expect.poll(() => frameHighlights(page), { timeout: 15_000 }).toEqual(FLAGGED);
    const before = await tinyText(page);
    await chord(page, 'Control+Home');
    await chord(page, 'Alt+Shift+KeyN');
    // The card is drawn in the iframe's closed UI root: from outside, focus shows as its host.
    await expect.poll(() => page.evaluate(() => document.querySelector('iframe')!.contentDocument!.activeElement?.tagName.toLowerCase())).toBe(UI_HOST_TAG);
    await page.keyboard.press('Enter');
    await expect.poll(() => tinyText(page)).toBe(before.replace(FIX_FROM, FIX_TO));
    await page.click('iframe');
    await chord(page, 'Control+KeyZ');
    await expect.poll(() => tinyText(page)).toBe(before);
  });
});
