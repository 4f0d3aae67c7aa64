/** "Spot the problem", by keyboard only: mark words, check, see what the guidance says and a score kept only in the tab. */
import { test, expect, type Page } from '@playwright/test';

async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: mark words, check, read why, score, next passage', async ({ page }) => {
  await page.goto('/practice.html');
  const first = page.locator('#passage-1');
  await expect(page.locator('#passage-2')).toBeHidden();
  await expect(first.getByText('What the guidance says')).toBeHidden();
  // One tab stop for the passage, then the arrow keys move from word to word.
  await tabTo(page, 'Unfortunately,');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveText('mistakes');
  await page.keyboard.press('Space');
  await expect(first.getByRole('button', { name: 'mistakes' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(first.getByRole('button', { name: 'handled.' })).toHaveAttribute('aria-pressed', 'true');
  // Pressing a marked word again unmarks it.
  await page.keyboard.press('Space');
  await expect(first.getByRole('button', { name: 'handled.' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await tabTo(page, 'Check my answer');
  await page.keyboard.press('Enter');
  const feedback = first.locator('.vl-practice__feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('You found 1 of 1. You marked "Unfortunately,", which the guidance would keep.');
  await expect(first.locator('details[open]')).toContainText('The guidance would change one thing');
  await expect(first.getByRole('link', { name: 'Mistakes were made' })).toBeVisible();
  await expect(page.locator('#practice-score')).toHaveText('Your score: problems found 1 of 1, in 1 passage; 1 word marked that the guidance would keep.');
  // The words show what was found and missed, not only by colour (solid or dashed underline, struck through).
  await expect(first.locator('.vl-word--found')).toHaveText(['mistakes', 'were', 'made']);
  await expect(first.locator('.vl-word--extra')).toHaveText(['Unfortunately,']);

  await tabTo(page, 'Next passage');
  await page.keyboard.press('Enter');
  const second = page.locator('#passage-2');
  await expect(first).toBeHidden();
  await expect(second).toBeVisible();
  await expect(second.locator('.vl-word').first()).toBeFocused();
  // Checking with nothing marked misses the problem.
  await tabTo(page, 'Check my answer');
  await page.keyboard.press('Enter');
  await expect(second.locator('.vl-practice__feedback')).toContainText('You found 0 of 1.');
  await expect(second.locator('.vl-word--missed')).not.toHaveCount(0);
  await expect(page.locator('#practice-score')).toHaveText('Your score: problems found 1 of 2, in 2 passages; 1 word marked that the guidance would keep.');

  // Nothing is stored: the score is gone on reload, and no storage was written.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('#practice-score')).toBeHidden();
  await expect(page.locator('#passage-1')).toBeVisible();
});

test('a passage with nothing to change says so when nothing is marked', async ({ page }) => {
  await page.goto('/practice.html');
  const fine = page.locator('.vl-practice__item').filter({ hasText: 'Nothing here: the guidance would not change this passage' }).first();
  const id = await fine.getAttribute('id');
  const index = Number(id!.replace('passage-', ''));
  for (let i = 1; i < index; i++) {
    await page.locator(`#passage-${i}`).getByRole('button', { name: 'Check my answer' }).click();
    await page.locator(`#passage-${i}`).getByRole('button', { name: 'Next passage' }).click();
  }
  await fine.getByRole('button', { name: 'Check my answer' }).click();
  await expect(fine.locator('.vl-practice__feedback')).toContainText('Right: nothing to change here.');
});
