/**
 * An editor embedded from another site, in Firefox (MV2): the content script runs in the frame
 * (all_frames), checks the textarea there and draws its underlines, badge and card in the frame's
 * own document. (Firefox MV2 has match_about_blank but no match_origin_as_fallback; the build asks
 * for neither: about:blank and srcdoc frames are left to their parent's script, docs/extension.md.) The page is served on 127.0.0.1 and the
 * frame on localhost (another origin and site, so Fission runs it in a process of its own).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { chord, launchFirefox, openExtensionPage, openPage, PAGES, type Firefox } from './firefox.js';
import { InPageUi } from './in-page-ui.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from '../extension/letters.js';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await ff?.close();
});
afterEach(() => {
  expect(ff.offMachine, 'requests that tried to leave the machine').toEqual([]);
});

async function crossFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().startsWith('http://localhost:'))) !== undefined).toBe(true);
  await frame!.waitForSelector('#ta');
  return frame!;
}

describe('an editor in a frame from another site, in Firefox', () => {
  it('textarea: underlines and a badge inside the frame; the keyboard opens the card, Enter fixes, one Ctrl+Z restores', async () => {
    const page = await openPage(ff, `${PAGES}/cross-origin.html`);
    const frame = await crossFrame(page);
    const ui = new InPageUi(page, frame);
    const text = () => frame.$eval('#ta', (el) => (el as HTMLTextAreaElement).value);
    await frame.click('#ta');
    await page.keyboard.type(LETTER);
    await expect.poll(() => ui.underlines(), { timeout: 15_000 }).toEqual(FLAGGED);
    await expect.poll(() => ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
    // Drawn in the frame, inside the field and the frame's viewport; nothing of ours in the top page.
    expect(await page.$$eval('values-lens-ui', (els) => els.length)).toBe(0);
    const badge = (await ui.badgeBox())!;
    const field = await frame.$eval('#ta', (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    });
    expect(badge.left).toBeGreaterThanOrEqual(field.left);
    expect(badge.right).toBeLessThanOrEqual(Math.min(field.right, field.width));
    expect(badge.top).toBeGreaterThanOrEqual(field.top);
    expect(badge.bottom).toBeLessThanOrEqual(Math.min(field.bottom, field.height));

    const before = await text();
    await chord(page, 'Control+Home');
    await chord(page, 'Alt+Shift+KeyN');
    await expect.poll(() => ui.cardText()).toContain('Compassion');
    await expect.poll(() => ui.focused()).toBe(FIX_TO);
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.cardText()).toBeNull();
    await expect.poll(text).toBe(before.replace(FIX_FROM, FIX_TO));
    await expect.poll(() => ui.underlines()).toEqual(['nocte']);
    await frame.focus('#ta');
    await chord(page, 'Control+KeyZ');
    await expect.poll(text).toBe(before);
    await expect.poll(() => ui.underlines()).toEqual(FLAGGED);
    await page.close();
  });

  it('the side bar and popup show the focused field in the frame, not the page\'s; a finding clicked in the side bar is selected in the frame', async () => {
    const page = await openPage(ff, `${PAGES}/cross-origin.html`);
    const frame = await crossFrame(page);
    await page.click('#top-editor');
    await page.keyboard.type('You failed to attend.');
    await expect.poll(() => new InPageUi(page).underlines(), { timeout: 15_000 }).toEqual(['You failed to attend']);
    await frame.click('#ta');
    await page.keyboard.type('Take one tablet nocte.');
    await expect.poll(() => new InPageUi(page, frame).underlines(), { timeout: 15_000 }).toEqual(['nocte']);

    const probe = await openExtensionPage(ff, 'options.html');
    const tabId = await probe.evaluate(async () => {
      const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).browser;
      for (const t of await b.tabs.query({})) if (t.id !== undefined && (await b.tabs.sendMessage(t.id, { type: 'page:get-report' }).catch(() => null))) return t.id;
      return -1;
    });
    await probe.close();
    const section = (p: Page, lens: string) => p.evaluate((l) => document.querySelector(`[aria-label="${l} findings"]`)?.textContent ?? null, lens);
    const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => section(panel, 'Clarity')).toContain('nocte');
    expect(await section(panel, 'Compassion')).toBeNull();
    const button = await panel.$('[aria-label="Clarity findings"] button');
    await button!.click();
    await expect
      .poll(() => frame.evaluate(() => {
        const t = document.activeElement as HTMLTextAreaElement;
        return `${t.id}: ${t.value.slice(t.selectionStart, t.selectionEnd)}`;
      }))
      .toBe('ta: nocte');
    await panel.close();

    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.evaluate(() => document.querySelector('[aria-label="Findings in the focused field"]')?.textContent ?? '')).toMatch(/Compassion: 0.*Clarity: 1/);
    expect(await popup.evaluate(() => document.getElementById('vl-frame-note')?.textContent ?? '')).toContain('localhost');
    await popup.close();
    await page.close();
  });
});
