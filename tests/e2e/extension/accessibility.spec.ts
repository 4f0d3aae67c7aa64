import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { openExtensionPage, webTabId } from './extension-pages.js';
import { LETTER } from './letters.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the card, badge, popup, side panel and options pass axe (WCAG 2.2 AA)', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'contenteditable');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  await ed.page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ed.ui.cardText()).not.toBeNull();
  // The card and badge are in a closed shadow root, out of AxeBuilder's reach: axe runs inside it (in-page-ui.ts).
  expect(await ed.ui.axeViolations(WCAG)).toEqual([]);

  const probe = await openExtensionPage(browser2, 'options.html');
  const tabId = await webTabId(probe);
  await expect(probe.getByRole('heading', { name: 'Values Lens options' })).toBeVisible();
  for (const page of [probe, await openExtensionPage(browser2, `popup.html?tab=${tabId}`), await openExtensionPage(browser2, `sidepanel.html?tab=${tabId}`)]) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(r.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});
