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

test('the letters deck: each letter as sent, then marked, then rewritten; a long letter scrolls from the keyboard', async ({ page }) => {
  await page.goto('/present/letters.html#slide-2');
  const kinds = await page.locator('.vl-slide').evaluateAll((els) => els.map((e) => e.className.replace(/.*vl-slide--/, '')));
  const letters = kinds.filter((k) => k === 'question').length;
  expect(letters).toBeGreaterThanOrEqual(13);
  expect(kinds.slice(1, 4)).toEqual(['question', 'reveal', 'better']);
  const marked = page.locator('#slide-3 .vl-slide__letter mark');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-3')).toBeVisible();
  await expect(marked).not.toHaveCount(0);
  // The rewrite has no marks, and links to the letter's own page.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-4 .vl-slide__letter mark')).toHaveCount(0);
  await expect(page.locator('#slide-4').getByRole('link')).toHaveAttribute('href', /^\.\.\/letters\/[a-z0-9-]+\.html$/);
  // Tab reaches the letter; down then scrolls it rather than changing slide, and right still moves on.
  await page.setViewportSize({ width: 800, height: 480 });
  const box = page.locator('#slide-4 .vl-slide__letter');
  await box.focus();
  await expect(box).toBeFocused();
  expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/#slide-4$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#slide-5$/);
});
