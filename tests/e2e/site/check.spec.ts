/** The check page: findings in place, a suggestion applied with a click, keyboard only, from file:// too. */
import { test, expect } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { SITE_DIR } from './site-pages';

const LETTER = 'Dear Sam\n\nYou denied any chest pain when we spoke.\n\nYours sincerely\nDr Jones';

test('shows findings highlighted in the letter and applies a suggestion with a click', async ({ page }) => {
  await page.goto('/check.html');
  await page.fill('#letter-text', LETTER);
  await page.click('#check-button');
  await expect(page.locator('#check-view mark', { hasText: 'denied' })).toBeVisible();
  const card = page.locator('#findings li', { hasText: '“denied”' });
  await expect(card).toContainText('Compassion');
  await expect(card.getByRole('link', { name: /Why\?/ })).toHaveAttribute('href', 'rules/denies.html');
  await card.getByRole('button').first().click();
  await expect(page.locator('#letter-text')).toHaveValue(/You did not have any chest pain/);
  await expect(page.locator('#check-view mark', { hasText: 'denied' })).toHaveCount(0);
  await expect(page.locator('#check-status')).toContainText('Changed “denied”');
});

test('shows the reading age and the candour checklist for a letter about something that went wrong', async ({ page }) => {
  await page.goto('/check.html');
  await page.fill('#letter-text', 'Dear Sam\n\nThere was a delay in reviewing your scan. We are sorry.\n\nYours sincerely\nDr Jones');
  await page.click('#check-button');
  await expect(page.locator('#check-summary')).toContainText('Reading age');
  await expect(page.locator('#candour-checklist')).toContainText('Candour checklist');
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/check.html');
  await page.locator('#letter-text').focus();
  await page.keyboard.type('You denied any chest pain.');
  await page.keyboard.press('Tab'); // audience
  await page.keyboard.press('Tab'); // check button
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-heading')).toBeFocused();
  // Tab through to the first suggestion button and press it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (label.startsWith('Use “')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#letter-text')).not.toHaveValue(/denied/);
});

test('runs from file:// with no request to any other host', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(SITE_DIR, 'check.html')).href);
  await page.fill('#letter-text', LETTER);
  await page.click('#check-button');
  await expect(page.locator('#findings li').first()).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
});
