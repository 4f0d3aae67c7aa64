/** The NHS value pages, the glossary and everyday searches, in a real browser. */
import { test, expect } from '@playwright/test';

test('the NHS values index leads to a value page with examples, questions and rules', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'NHS values' }).click();
  await expect(page.locator('h1')).toHaveText('The six NHS values in a letter');
  await expect(page.locator('.vl-card-grid > li')).toHaveCount(6);
  await page.getByRole('link', { name: 'Everyone counts' }).click();
  await expect(page).toHaveURL(/nhs-values\/everyone-counts\.html$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Questions for a group' })).toBeVisible();
  await expect(page.locator('.vl-pair').first()).toContainText('Before:');
  await expect(page.locator('.vl-pair mark').first()).toBeVisible();
  // The full list of rules is folded away until asked for.
  const clarity = page.locator('details', { hasText: 'Clarity:' });
  await clarity.locator('summary').click();
  await clarity.getByRole('link').first().click();
  await expect(page).toHaveURL(/rules\/[a-z0-9-]+\.html$/);
  await expect(page.getByRole('link', { name: 'Everyone counts' })).toBeVisible();
});

test('searching "candor" from the header opens the candour lens first', async ({ page }) => {
  await page.goto('/glossary.html');
  await page.fill('#search-field', 'candor');
  await page.press('#search-field', 'Enter');
  const first = page.locator('#search-results li a').first();
  await expect(first).toHaveText('Candour');
  await first.click();
  await expect(page).toHaveURL(/values\/candour\.html$/);
});

test('everyday searches find the pages a new starter wants', async ({ page }) => {
  await page.goto('/search.html');
  await page.fill('#search-query', 'shortness of breath');
  await expect(page.locator('#search-results li a', { hasText: 'SOB (short of breath)' })).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/results? for “shortness of breath”, also searching for: breathless, SOB, dyspnoea/);
  await page.fill('#search-query', 'sorry');
  await expect(page.locator('#search-results li a').first()).toHaveText('Candour');
  const titles = (await page.locator('#search-results li a').allTextContents()).slice(0, 5);
  expect(titles).toContain('Duty of candour after a missed wrist fracture');
});

test('the glossary lists "administer" once, with its other forms', async ({ page }) => {
  await page.goto('/glossary.html');
  await page.getByRole('navigation', { name: 'Glossary by first letter' }).getByRole('link', { name: 'A', exact: true }).click();
  await expect(page).toHaveURL(/#letter-A$/);
  await expect(page.locator('dt', { hasText: /^administer$/ })).toHaveCount(1);
  await expect(page.locator('dt', { hasText: /^administered$/ })).toHaveCount(0);
  await expect(page.locator('dt', { hasText: /^administer$/ }).locator('xpath=following-sibling::dd[1]')).toContainText('Also: administered');
});

test('the extension page says how to install it in each browser', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'Get the browser extension' }).first().click();
  for (const name of ['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox', 'How a trust deploys it', 'What it stores']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
});
