/**
 * A busy editor is still checked (issue 11, defect 13). An editor that changes its own DOM about
 * 700 times a second never pauses the 20 ms the check waits for after a change, so checking
 * stopped until it calmed down. The page (pages/busy-editor.html) adds "You failed to attend." and
 * keeps changing for 10 seconds: the underline must come while it is still changing. Unit test of
 * the wait itself: tests/extension/field-session.test.ts.
 */
import { test, expect } from './fixtures.js';
import { PAGES } from './fixtures.js';
import { highlightedTexts } from './editor-page.js';

interface Busy {
  changes: number;
  done: boolean;
  stop?: boolean;
}

test('an editor changing its DOM 700 times a second is still checked while it changes', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  await page.goto(`${PAGES}/busy-editor.html`);
  await page.locator('#editor').click();
  // The extension is running on the field (on a new profile its first check can wait seconds).
  await expect.poll(() => highlightedTexts(page), { timeout: 30_000 }).toEqual(['nocte']);

  await page.evaluate(() => (window as unknown as { __startBusy(ms: number): void }).__startBusy(10_000));
  await expect.poll(() => highlightedTexts(page), { timeout: 9_000, intervals: [100] }).toEqual(['nocte', 'You failed to attend']);
  const busy = await page.evaluate(() => (window as unknown as { __busy: Busy }).__busy);
  expect(busy.done, 'the page was still changing its editor when the underline came').toBe(false);
  expect(busy.changes, 'the page changed its editor many times').toBeGreaterThan(30);
  await page.evaluate(() => ((window as unknown as { __busy: Busy }).__busy.stop = true));
});
