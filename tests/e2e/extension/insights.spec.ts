/**
 * Issue 13: the insights page draws the stored counts (charts with tables, CSV, forget), and the
 * card's "This is wrong here" makes a report the clinician reads first, with no letter text unless
 * they tick the box.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, PAGES } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { FIX_FROM, FIX_TO, LETTER } from './letters.js';
import { InsightsPage, reportText, toggleFlaggedWords } from './insights-page.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: import('@playwright/test').Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

test('after a fix and an ignore, insights shows them as charts and tables; CSV exports them; forget empties it (axe-clean throughout)', async ({ browser2 }) => {
  test.setTimeout(180_000); // a long walk through the page, with axe three times, on a shared machine
  const empty = await InsightsPage.open(browser2);
  await expect(empty.page.getByRole('heading', { name: 'Nothing counted yet' })).toBeVisible();
  expect(await axe(empty.page)).toEqual([]);
  await empty.page.close();

  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  await ed.clickPhrase(FIX_FROM);
  await ed.ui.press(FIX_TO);
  await expect.poll(() => ed.underlined()).toEqual(['nocte']);
  await ed.clickPhrase('nocte');
  await ed.ui.press('Ignore here');
  await expect.poll(() => ed.underlined()).toEqual([]);

  const insights = await InsightsPage.open(browser2);
  const { page } = insights;
  await expect(page.getByRole('img')).toHaveCount(3);
  for (const name of [/^Findings per lens/, /^Rules that found most/, /^Fixes applied, findings ignored/]) await expect(page.getByRole('img', { name })).toBeVisible();
  await expect.poll(() => insights.lastRow('Findings per lens')).toMatchObject({ Compassion: '1', Clarity: '1', Candour: '0', Respect: '0' });
  expect(await insights.lastRow('Fixes applied')).toMatchObject({ 'Fixes applied': '1', Ignored: '1', 'Reported as wrong': '0' });
  expect((await insights.table('Rules that found most')).slice(1).map((r) => r[0]).sort()).toEqual(['Failed to attend', 'Latin times of day (nocte, mane)']);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'artifacts/extension/insights.png', fullPage: true });

  const csv = await insights.exportCsv();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('day,rule,lens,kind,count');
  expect(lines.slice(1).map((l) => l.split(',').slice(1).join(',')).sort()).toEqual([
    'failed-to-attend,compassion,fixed,1',
    'failed-to-attend,compassion,seen,1',
    'nocte-mane,clarity,ignored,1',
    'nocte-mane,clarity,seen,1',
  ]);

  // Forget asks first: Cancel keeps everything.
  await page.getByRole('button', { name: 'Forget all counts' }).click();
  await expect(page.getByRole('button', { name: 'Yes, forget all counts' })).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('img')).toHaveCount(3);
  await page.getByRole('button', { name: 'Forget all counts' }).click();
  await page.getByRole('button', { name: 'Yes, forget all counts' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing counted yet' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('All counts are forgotten.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nothing counted yet' })).toBeVisible();
});

test('"This is wrong here": the report shows no letter text until the box is ticked, and is copied and saved as shown', async ({ browser2 }) => {
  await browser2.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PAGES });
  const ed = new EditorPage(await browser2.context.newPage(), 'contenteditable');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  await ed.clickPhrase(FIX_FROM);
  await ed.ui.press('This is wrong here');
  // Keyboard users land on the first choice in the report.
  await expect.poll(() => ed.ui.run((root) => root.activeElement?.matches('.vl-report-words input') ?? false)).toBe(true);
  const plain = (await reportText(ed.ui))!;
  expect(plain.split('\n').map((l) => l.split(':')[0])).toEqual(['Values Lens', 'Rule', 'Pack', 'Severity', 'Extension version', 'Flagged words']);
  expect(plain).toContain('Rule: failed-to-attend');
  expect(plain).toContain('Flagged words: (not included)');
  for (const word of ['Sam', 'appointment', 'tablet', 'nocte', FIX_FROM]) expect(plain).not.toContain(word);
  expect(await ed.ui.axeViolations(WCAG)).toEqual([]);
  await ed.page.screenshot({ path: 'artifacts/extension/false-alarm-report.png' });

  // The keyboard ticks it (focus is on it), the mouse unticks it.
  await ed.page.keyboard.press('Space');
  await expect.poll(() => reportText(ed.ui)).toContain(`Flagged words: ${FIX_FROM}`);
  await toggleFlaggedWords(ed.ui);
  await expect.poll(() => reportText(ed.ui)).toContain('Flagged words: (not included)');

  await ed.ui.press('Copy');
  await expect.poll(() => ed.page.evaluate(() => navigator.clipboard.readText())).toBe(plain);
  const download = ed.page.waitForEvent('download');
  await ed.ui.press('Save as file');
  const file = await download;
  expect(file.suggestedFilename()).toBe('values-lens-false-alarm-failed-to-attend.txt');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(plain);
  // No address in the policy: no e-mail button.
  expect(await ed.ui.box('.vl-card button', { name: 'E-mail' })).toBeNull();

  const insights = await InsightsPage.open(browser2);
  await expect.poll(() => insights.lastRow('Fixes applied')).toMatchObject({ 'Reported as wrong': '1' });
});

test('a page\'s script cannot open the report or tick its box (only real input counts)', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'contenteditable');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  await ed.clickPhrase(FIX_FROM);
  await expect.poll(() => ed.ui.cardText()).not.toBeNull();
  // Synthetic clicks from script (isTrusted false) on the button, as a page that reached it would send.
  await ed.ui.run((root) => {
    const b = [...root.querySelectorAll('button')].find((x) => x.textContent === 'This is wrong here')!;
    b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  expect(await reportText(ed.ui)).toBeNull();
  await ed.ui.press('This is wrong here');
  await expect.poll(() => reportText(ed.ui)).not.toBeNull();
  await ed.ui.run((root) => root.querySelector<HTMLInputElement>('.vl-report-words input')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  expect(await ed.ui.run((root) => root.querySelector<HTMLInputElement>('.vl-report-words input')!.checked)).toBe(false);
  expect(await reportText(ed.ui)).toContain('Flagged words: (not included)');
});
