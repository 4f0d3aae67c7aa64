/** The example letters gallery filters by lens and letter type. */
import { test, expect } from '@playwright/test';

test('filtering by lens and type shows only matching letters', async ({ page }) => {
  await page.goto('/letters/index.html');
  const all = await page.locator('#letter-list > li').count();
  await page.selectOption('#filter-lens', 'candour');
  const visible = page.locator('#letter-list > li:visible');
  const n = await visible.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(all);
  for (const lenses of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lenses ?? ''))) expect(lenses.split(' ')).toContain('candour');
  await expect(page.locator('#letter-count')).toHaveText(`${n} letter${n === 1 ? '' : 's'}`);
  const type = await visible.first().getAttribute('data-type');
  await page.selectOption('#filter-type', type!);
  for (const t of await page.locator('#letter-list > li:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type))) expect(t).toBe(type);
});
