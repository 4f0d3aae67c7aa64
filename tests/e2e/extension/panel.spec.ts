import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { openExtensionPage, webTabId } from './extension-pages.js';

const APOLOGY_LETTER =
  'Dear Sam,\n\nWe are writing about the mistake with your X-ray. The fracture was missed. You failed to attend the follow-up clinic. Take the tablets nocte.';

test('the side panel lists the focused field\'s findings by lens, with readability and the candour checklist; clicking one shows it in the page', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'tiptap');
  await ed.goto();
  await ed.type(APOLOGY_LETTER);
  await expect.poll(() => ed.underlined()).toContain('You failed to attend');
  const probe = await openExtensionPage(browser2, 'options.html');
  const tabId = await webTabId(probe);
  await probe.close();
  const panel = await openExtensionPage(browser2, `sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 380, height: 800 });
  const compassion = panel.getByRole('region', { name: 'Compassion findings' });
  await expect(compassion.getByRole('button')).toContainText(['failed to attend']);
  await expect(panel.getByRole('region', { name: 'Clarity findings' }).getByRole('button')).toContainText(['nocte']);
  await expect(panel.getByText(/Reading age \d/)).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Candour checklist' })).toBeVisible();
  await expect(panel.getByLabel('Writing to')).toHaveValue('patient');
  await panel.screenshot({ path: 'artifacts/extension/side-panel.png', fullPage: true });

  await compassion.getByRole('button').first().click();
  await ed.page.bringToFront();
  await expect.poll(() => ed.ui.cardText()).toContain('Failed to attend');

  // Live: fixing the letter in the page updates the panel.
  await ed.ui.press('You did not attend');
  await panel.bringToFront();
  await expect(panel.getByRole('region', { name: 'Compassion findings' })).toHaveCount(0);
});

test('the popup shows this tab\'s counts and turns checking off for the site', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type('You failed to attend. Take it nocte.');
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  const probe = await openExtensionPage(browser2, 'options.html');
  const tabId = await webTabId(probe);
  await probe.close();
  const popup = await openExtensionPage(browser2, `popup.html?tab=${tabId}`);
  const counts = popup.getByRole('list', { name: 'Findings in the focused field' });
  await expect(counts).toContainText('Compassion: 1');
  await expect(counts).toContainText('Clarity: 1');
  await popup.screenshot({ path: 'artifacts/extension/popup.png' });
  await popup.getByLabel(/Check what I write on/).uncheck();
  await ed.page.bringToFront();
  await expect.poll(() => ed.underlined()).toEqual([]);
  await expect.poll(() => ed.ui.badgeLabel()).toBeNull();
});

test('the side panel groups a rule that fires more than once (axe 0 when open), and each place is reachable by keyboard', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type('Dear Sam,\n\nTake one tablet nocte. Then another nocte. And a third nocte. You failed to attend.');
  await expect.poll(() => ed.underlined()).toHaveLength(4);
  const probe = await openExtensionPage(browser2, 'options.html');
  const tabId = await webTabId(probe);
  await probe.close();
  const panel = await openExtensionPage(browser2, `sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 380, height: 800 });
  const clarity = panel.getByRole('region', { name: 'Clarity findings' });
  const group = clarity.getByRole('button', { name: /Latin times of day.*: 3 places/ });
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  // One entry for three places, not three.
  await expect(clarity.getByRole('button')).toHaveCount(1);
  await group.focus();
  await panel.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(clarity.getByRole('button', { name: /^\d of 3: nocte$/ })).toHaveText(['1 of 3: nocte', '2 of 3: nocte', '3 of 3: nocte']);
  await panel.screenshot({ path: 'artifacts/extension/side-panel-grouped.png', fullPage: true });
  const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Enter'); // the second place
  await ed.page.bringToFront();
  await expect.poll(() => ed.ui.cardText()).toContain('nocte');
  await expect.poll(() => ed.page.evaluate(() => {
    const t = document.querySelector('textarea')!;
    return t.value.slice(0, t.selectionStart).split('nocte').length - 1;
  })).toBe(1);
});
