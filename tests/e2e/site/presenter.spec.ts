/** Presenter mode: keyboard driven, a URL per slide, speaker notes, Esc to stop. */
import { test, expect } from '@playwright/test';

test('arrows, space, notes and Esc drive the deck, and each slide has a URL', async ({ page }) => {
  await page.goto('/present/compassion.html');
  await page.getByRole('button', { name: 'Start presenting' }).click();
  await expect(page).toHaveURL(/#slide-1$/);
  await expect(page.locator('#slide-1')).toBeVisible();
  await expect(page.locator('#slide-2')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('#slide-2')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/#slide-3$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('#slide-2 .vl-notes')).toBeHidden();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#slide-2\/notes$/);
  await expect(page.locator('#slide-2 .vl-notes')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#deck-controls')).toBeHidden();
  await expect(page.locator('#slide-3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start presenting' })).toBeFocused();
});

test('opening a slide URL starts the deck at that slide', async ({ page }) => {
  await page.goto('/present/clarity.html#slide-3');
  await expect(page.locator('#slide-3')).toBeVisible();
  await expect(page.locator('#slide-1')).toBeHidden();
  await expect(page.locator('#deck-counter')).toHaveText(/^Slide 3 of \d+$/);
  await page.keyboard.press('End');
  const total = await page.locator('.vl-slide').count();
  await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
});

test('a flagged example is followed by what is wrong and a better version', async ({ page }) => {
  await page.goto('/present/respect.html');
  const kinds = await page.locator('.vl-slide').evaluateAll((els) => els.map((e) => e.className.replace(/.*vl-slide--/, '')));
  const first = kinds.indexOf('question');
  expect(first).toBeGreaterThan(0);
  expect(kinds.slice(first, first + 3)).toEqual(['question', 'reveal', 'better']);
  await expect(page.locator('.vl-slide--reveal').first().locator('mark')).not.toHaveCount(0);
});
