/**
 * The options page a clinician can use (issue 13: "9,142 px of 304 checkboxes in browser-default
 * styling, with no search"): it fits about three screens at first load, lenses are collapsed with
 * their counts, the search finds a rule by the words it flags, a change says "Saved", and the
 * page passes axe. Screenshots go to artifacts/extension/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { openExtensionPage } from './extension-pages.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = process.env.VL_OPTIONS_SHOTS ?? 'artifacts/extension';

test('at first load the options page fits about three screens, with every lens collapsed and counted', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  await expect(options.getByRole('heading', { name: 'Values Lens options' })).toBeVisible();
  await expect(options.getByRole('checkbox', { name: 'Clarity lens' })).toBeChecked();
  await options.screenshot({ path: `${SHOTS}/options-first-load.png`, fullPage: true });
  await options.screenshot({ path: `${SHOTS}/options-first-screen.png` });
  const height = await options.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(3 * 800);

  for (const lens of ['Candour', 'Compassion', 'Respect', 'Clarity']) {
    const show = options.getByRole('button', { name: `Show rules of the ${lens} lens` });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
  }
  // No rule's checkbox is on the page until its lens is opened.
  await expect(options.locator('input[data-rule]')).toHaveCount(0);
  const counts = await options.locator('.vl-lens__count').allTextContents();
  expect(counts).toHaveLength(4);
  for (const c of counts) expect(c).toMatch(/^(\d+) of \1 rules on$/);

  // Keyboard: Tab reaches the disclosure, Enter opens it, the rules appear.
  await options.getByRole('button', { name: 'Show rules of the Compassion lens' }).focus();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('button', { name: 'Hide rules of the Compassion lens' })).toHaveAttribute('aria-expanded', 'true');
  await expect(options.locator('#rules-compassion input[data-rule="failed-to-attend"]')).toBeChecked();
  await options.locator('#rules-compassion input[data-rule="failed-to-attend"]').uncheck();
  await expect(options.getByRole('status')).toHaveText('Saved: “Failed to attend” off.');
  await expect(options.locator('[data-lens="compassion"] .vl-lens__count')).toHaveText(/^(\d+) of (\d+) rules on$/);
  const [on, total] = (await options.locator('[data-lens="compassion"] .vl-lens__count').textContent())!.match(/\d+/g)!.map(Number);
  expect(on).toBe(total - 1);

  // WCAG 1.4.10: at 320 CSS px (400% zoom of 1280) it reflows into one column, with no sideways scrolling.
  await options.setViewportSize({ width: 320, height: 800 });
  expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await options.screenshot({ path: `${SHOTS}/options-320px.png`, fullPage: true });
});

test('the search finds a rule by the words it flags, and switches it from the results', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  const search = options.getByRole('searchbox', { name: 'Find a rule' });
  // Words the rule flags that are not in its title ("Latin times of day (nocte, mane)" is found by "take it nocte").
  await search.fill('you failed to attend');
  const results = options.locator('#rule-search-results');
  await expect(results.locator('input[data-rule="failed-to-attend"]')).toBeVisible();
  await search.fill('take one tablet nocte');
  await expect(results.locator('input[data-rule="nocte-mane"]')).toBeVisible();
  await search.fill('failed to attend');
  await expect(results.locator('input[data-rule="failed-to-attend"]')).toBeVisible();
  await expect(options.locator('.vl-search__summary')).toHaveText(/rules? match/);
  await options.getByRole('button', { name: 'Show rules of the Clarity lens' }).click();
  await options.screenshot({ path: `${SHOTS}/options-search-and-lens.png`, fullPage: true });

  await results.locator('input[data-rule="failed-to-attend"]').uncheck();
  await expect(options.getByRole('status')).toHaveText('Saved: “Failed to attend” off.');
  await options.screenshot({ path: `${SHOTS}/options-search-saved-screen.png` });
  await options.mouse.wheel(0, 900);
  await expect(options.getByRole('status')).toBeInViewport();
  await options.screenshot({ path: `${SHOTS}/options-lens-open-screen.png` });
  await options.reload();
  await options.getByRole('searchbox', { name: 'Find a rule' }).fill('failed to attend');
  await expect(options.locator('#rule-search-results input[data-rule="failed-to-attend"]')).not.toBeChecked();

  await search.fill('zzzz qqqq');
  await expect(options.locator('.vl-search__summary')).toHaveText('No rules match “zzzz qqqq”.');
});

test('the options page, a lens open and a search shown, passes axe (WCAG 2.2 AA)', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await expect(options.getByRole('heading', { name: 'Values Lens options' })).toBeVisible();
  await options.getByRole('button', { name: 'Show rules of the Respect lens' }).click();
  await options.getByRole('searchbox', { name: 'Find a rule' }).fill('attend');
  await options.getByRole('radio', { name: 'Changes and must-fix only' }).check();
  await expect(options.getByRole('status')).toHaveText('Saved: showing changes and must-fix only.');
  const r = await new AxeBuilder({ page: options }).withTags(WCAG).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
