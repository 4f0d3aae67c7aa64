/**
 * Someone trying the extension saw a field left unchecked after opening the popup or the side
 * panel before typing (2 runs of 2, and 3 of 4, in one script; not confirmed since). These open
 * each of them first, at once and after the page has settled, then type into the page's field,
 * which must be checked. Run them repeatedly: --repeat-each=5.
 *
 * What was found: nothing about the popup or side panel. The field was checked, but seconds late:
 * every answer from the background waited for the managed policy, and Chromium's first
 * storage.managed read after the browser starts took 1.9 to 6.6 s here (later reads, under 3 ms).
 * A script that opened the popup and typed soon after the browser started saw no underline yet.
 * The background now answers with the policy it read last time while the first read is slow
 * (policy-cache.ts), so after a restart the field is checked at once; on a brand-new profile,
 * with no policy read yet, it still waits (a provisional "no policy" could break an IT
 * department's site list for those seconds).
 */
import type { Page } from '@playwright/test';
import { test, expect, PAGES, type Browser } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { FLAGGED, LETTER } from './letters.js';

type Chrome = { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };

/**
 * Opens the test page and gives its tab id, found without sending its content script anything
 * (what the popup and side panel ask it is what is being tested): the tab that is new.
 */
async function openPage(b: Browser, waitForLoad: boolean): Promise<{ page: Page; tabId: number; probe: Page }> {
  const probe = await b.context.newPage();
  await probe.goto(`chrome-extension://${b.extensionId}/options.html`);
  const ids = () => probe.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({})).map((t) => t.id!));
  const before = await ids();
  const page = await b.context.newPage();
  const loading = page.goto(`${PAGES}/textarea.html`, { waitUntil: waitForLoad ? 'load' : 'commit' });
  if (waitForLoad) await loading;
  const fresh = (await ids()).filter((id) => !before.includes(id));
  expect(fresh, 'one new tab').toHaveLength(1);
  await loading;
  return { page, tabId: fresh[0], probe };
}

for (const which of ['popup', 'sidepanel'] as const) {
  for (const when of ['before the page has loaded', 'after the page has loaded'] as const) {
    test(`${which} opened ${when}, then typing: the field is checked`, async ({ browser2 }) => {
      const { page, tabId, probe } = await openPage(browser2, when === 'after the page has loaded');
      const ed = new EditorPage(page, 'textarea');
      const ext = await browser2.context.newPage();
      await ext.goto(`chrome-extension://${browser2.extensionId}/${which}.html?tab=${tabId}`);
      await expect(ext.getByText('Loading…')).toHaveCount(0);
      await probe.close();
      if (which === 'popup') await ext.close(); // a popup closes when the page is clicked
      await page.bringToFront();
      await ed.type(LETTER);
      await expect(ed.editor).toHaveValue(LETTER);
      await expect.poll(() => ed.underlined(), { timeout: 10_000 }).toEqual(FLAGGED);
      if (which === 'sidepanel') {
        await ext.bringToFront();
        await expect(ext.getByRole('region', { name: 'Clarity findings' }).getByRole('button')).toContainText(['nocte']);
      }
    });
  }
}

test('after the browser restarts, popup first, then typing: the field is checked at once (not after the first policy read)', async ({ browser2 }) => {
  // A first run, so the extension has read the policy once; then a restart, which makes the browser's
  // first storage.managed read slow again.
  const first = await openPage(browser2, true);
  await new EditorPage(first.page, 'textarea').type('Take it nocte.');
  await expect.poll(() => new EditorPage(first.page, 'textarea').underlined(), { timeout: 15_000 }).toEqual(['nocte']);
  await browser2.restart();

  const { page, tabId, probe } = await openPage(browser2, true);
  const popup = await browser2.context.newPage();
  await popup.goto(`chrome-extension://${browser2.extensionId}/popup.html?tab=${tabId}`);
  await probe.close();
  await popup.close();
  await page.bringToFront();
  const ed = new EditorPage(page, 'textarea');
  await ed.type(LETTER);
  const typed = Date.now();
  await expect.poll(() => ed.underlined(), { timeout: 15_000, intervals: [50] }).toEqual(FLAGGED);
  expect(Date.now() - typed, 'ms from the last keystroke to the underline').toBeLessThan(1500);
});
