/**
 * A trust's rule pack, end to end (issue 13): built from the Markdown rule files of
 * examples/packs/example-trust with the CLI, imported on the options page, seen working in a
 * field (underline, card naming the pack), its "Why?" showing the pack's own explanation offline,
 * then removed. A bad file is refused with the pack's own problems.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { openExtensionPage } from './extension-pages.js';
import { InsightsPage } from './insights-page.js';

const dir = mkdtempSync(join(tmpdir(), 'values-lens-pack-'));
const PACK = join(dir, 'example-trust.pack.json');
const BAD = join(dir, 'bad.pack.json');

test.beforeAll(() => {
  // The pack is built as a trust builds it: the CLI over the rule files (their examples run as tests).
  execFileSync(process.execPath, ['bin/values-lens.mjs', 'pack', 'build', 'examples/packs/example-trust', '--out', PACK], { stdio: 'pipe', timeout: 240_000 });
  writeFileSync(BAD, JSON.stringify({ format: 'values-lens-pack', formatVersion: 1, name: 'Bad Name', version: '1.0', organisation: 'X', description: '', rules: [], phrases: [] }));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
test.setTimeout(300_000);

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);

test('a pack built from Markdown, imported on the options page, flags in a field; its "Why?" shows its own explanation', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await options.locator('#import-pack').setInputFiles(PACK);
  await expect(options.getByRole('status')).toHaveText('Imported example-trust 1.0.0 from Example NHS Foundation Trust (a made-up trust) (4 rules).');
  const row = options.locator('tr[data-pack="example-trust"]');
  await expect(row).toContainText('1.0.0');
  await expect(row).toContainText('Example NHS Foundation Trust (a made-up trust)');
  await expect(row.locator('td').nth(3)).toHaveText('4');
  await options.screenshot({ path: 'artifacts/extension/options-packs.png' });
  // The search finds the pack's rule by the words it flags, as it finds a built-in rule.
  await options.getByRole('searchbox', { name: 'Find a rule' }).fill('Westmoor Hospitals NHS Trust');
  await expect(options.locator('#rule-search-results input[data-rule="example-trust/old-trust-name"]')).toBeVisible();
  await options.getByRole('searchbox', { name: 'Find a rule' }).fill('');
  expect(await axe(options)).toEqual([]);

  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type('Westmoor Hospitals NHS Trust wrote to you in March.');
  await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual(['Westmoor Hospitals NHS Trust']);
  await ed.clickPhrase('Westmoor Hospitals NHS Trust');
  const card = await ed.ui.cardText();
  expect(card).toContain('Old trust name');
  expect(card).toContain('became part of Example NHS Foundation Trust in 2025');
  expect(card).toContain('From Example NHS Foundation Trust (a made-up trust) (pack example-trust 1.0.0)');
  expect(card).toContain('Example NHS Foundation Trust'); // the suggestion button
  await ed.ui.screenshot('.vl-card', 'artifacts/extension/card-pack.png');
  // Insights names the pack's rule and counts it in its lens, like a built-in rule.
  const insights = await InsightsPage.open(browser2);
  await expect.poll(async () => (await insights.table('Rules that found most')).slice(1).map((r) => r.slice(0, 2))).toContainEqual(['Old trust name', 'Clarity']);
  expect(await insights.exportCsv()).toMatch(/,example-trust\/old-trust-name,clarity,seen,\d+/);
  await insights.page.close();
  expect(await ed.ui.axeViolations(WCAG)).toEqual([]);

  // "Turn off this rule" works for a pack rule, and the options page lists it to turn on again.
  await ed.ui.press('Turn off this rule');
  await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual([]);
  await options.reload();
  await options.click('button[aria-controls="rules-clarity"]'); // lenses start collapsed
  const box = options.locator('input[data-rule="example-trust/old-trust-name"]');
  await expect(box).not.toBeChecked();
  await box.check();
  await ed.page.bringToFront();
  await ed.editor.click();
  await ed.page.keyboard.type(' ');
  await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual(['Westmoor Hospitals NHS Trust']);
  await ed.clickPhrase('Westmoor Hospitals NHS Trust');

  const opened = browser2.context.waitForEvent('page');
  await ed.ui.press('Why?');
  const why = await opened;
  await why.waitForLoadState();
  expect(why.url()).toBe(`chrome-extension://${browser2.extensionId}/why.html#example-trust/old-trust-name`);
  await expect(why.getByRole('heading', { level: 1 })).toHaveText('Old trust name');
  await expect(why.getByText('A rule from Example NHS Foundation Trust (a made-up trust): pack example-trust 1.0.0, imported on the options page.')).toBeVisible();
  await expect(why.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(why.getByText(/Since the merger in 2025 our letters, phone lines and web pages use the new name only/)).toBeVisible();
  await expect(why.getByText('Before: Westmoor Hospitals NHS Trust is committed to your care.')).toBeVisible();
  await expect(why.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await why.screenshot({ path: 'artifacts/extension/why-pack.png', fullPage: true });
  expect(await axe(why)).toEqual([]);
  expect(await why.locator('script:not([src])').count(), 'no inline script: the pack\'s text is text').toBe(0);

  // Removed on the options page: the field is no longer flagged for it.
  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove pack example-trust' }).click();
  await expect(options.getByRole('status')).toHaveText('Removed example-trust 1.0.0.');
  await expect(options.locator('tr[data-pack="example-trust"]')).toHaveCount(0);
  await ed.page.bringToFront();
  await ed.editor.click();
  await ed.page.keyboard.type(' ');
  await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual([]);
});

test('a bad pack file is refused with the pack\'s own problems, and nothing is imported', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await options.locator('#import-pack').setInputFiles(BAD);
  const alert = options.locator('#pack-problems');
  await expect(alert).toContainText('That file was not imported: 3 problems.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'name "Bad Name" must be kebab-case (a-z, 0-9 and single hyphens)',
    'version "1.0" is not a semantic version (such as 1.0.0 or 2.1.0-beta.1)',
    'rules is empty: a pack needs at least one rule',
  ]);
  await expect(options.locator('#packs-heading + p')).toContainText('No pack imported yet.');
  await expect(options.locator('tr[data-pack]')).toHaveCount(0);
  expect(await axe(options)).toEqual([]);
});
