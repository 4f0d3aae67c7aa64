import { test, expect } from '@playwright/test';

test('searching from the header finds a rule and opens it', async ({ page }) => {
  await page.goto('/index.html');
  await page.fill('#search-field', 'denies');
  await page.press('#search-field', 'Enter');
  await expect(page).toHaveURL(/search\.html\?q=denies/);
  await expect(page.locator('#search-query')).toHaveValue('denies');
  const first = page.locator('#search-results li a').first();
  await expect(first).toHaveText('Denies');
  await first.click();
  await expect(page).toHaveURL(/rules\/denies\.html$/);
  await expect(page.locator('h1')).toHaveText('Denies');
});

test('search results update as you type and say how many were found', async ({ page }) => {
  await page.goto('/search.html');
  await page.fill('#search-query', 'candour');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “candour”$/);
  const titles = await page.locator('#search-results li a').allTextContents();
  expect(titles).toContain('Candour');
  await page.fill('#search-query', 'zzqqxx');
  await expect(page.locator('#search-status')).toHaveText('0 results for “zzqqxx”');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});
