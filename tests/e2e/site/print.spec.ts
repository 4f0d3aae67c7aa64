/** Print media: rule pages and letters print as clean handouts. */
import { test, expect } from '@playwright/test';

test('a rule page prints without navigation, with its examples and source addresses', async ({ page }) => {
  await page.goto('/rules/denies.html');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nhsuk-header')).toBeHidden();
  await expect(page.locator('.nhsuk-breadcrumb')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.vl-example-box--flag')).toBeVisible();
  const after = await page.locator('.vl-sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('a letter prints before and after one under the other, full width', async ({ page }) => {
  await page.goto('/letters/index.html');
  await page.locator('#letter-list a').first().click();
  await page.emulateMedia({ media: 'print' });
  const [before, after] = await page.locator('.vl-before-after > section').all();
  const b = (await before.boundingBox())!;
  const a = (await after.boundingBox())!;
  expect(a.y).toBeGreaterThan(b.y + b.height - 1);
  expect(Math.abs(a.width - b.width)).toBeLessThan(2);
  await expect(page.locator('.nhsuk-header')).toBeHidden();
});
