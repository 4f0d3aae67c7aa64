/**
 * Storage faults in the real browser (issue 6): IndexedDB refuses to open the extension's database,
 * as it does in a damaged profile ("Internal error opening backing store"). Pages must still be checked
 * with the default settings, the options page must say what is wrong, and a change made there must
 * still take effect (in memory) for this session. The unit tests (tests/extension/storage-faults)
 * cover quota and blocked upgrades with fake-indexeddb.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { openExtensionPage } from './extension-pages.js';
import { FLAGGED, LETTER } from './letters.js';

test('a database the extension cannot open: pages are still checked with defaults, the options page says so, changes still apply', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await expect(options.locator('#storage-problem')).toHaveCount(0);
  // Chromium's error for a damaged profile, from every open in the background from now on...
  await browser2.worker.evaluate(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
  });
  // ...and the background's open connection closed, as Dexie does when another asks for a newer version.
  await options.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('values-lens', 100_000);
        req.onsuccess = () => {
          req.result.close();
          ok();
        };
        req.onerror = () => fail(req.error);
      }),
  );
  await options.reload();
  const notice = options.getByRole('alert').filter({ hasText: "can't open or save your settings" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('still checking what you write, with the default settings');
  const axe = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  const popup = await openExtensionPage(browser2, 'popup.html');
  await expect(popup.getByRole('alert')).toContainText("can't be saved on this computer");
  expect((await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);
  await popup.close();

  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(FLAGGED);

  // Turning the clarity lens off works for this session, and the page says it is not saved.
  await options.bringToFront();
  await options.getByRole('checkbox', { name: 'Clarity lens' }).uncheck();
  await expect(options.getByRole('status')).toContainText('not saved');
  await ed.page.bringToFront();
  await ed.editor.click();
  await ed.page.keyboard.type(' ');
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend']);
});
