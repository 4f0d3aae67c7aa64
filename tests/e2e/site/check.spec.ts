/**
 * The check page: findings marked in the letter itself, a findings list in text order beside it,
 * fixes that move focus to the next finding, filters, undo and "Copy letter", with the keyboard
 * alone, and from file:// too.
 */
import { test, expect, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { SITE_DIR } from './site-pages';

const LETTER = 'Dear Sam\n\nYou denied any chest pain when we spoke.\n\nYours sincerely\nDr Jones';
/** Three findings in this order: "denied" (compassion), "just" (compassion), "failed to attend" (compassion). */
const THREE = 'Dear Sam\n\nYou denied any chest pain. It is just a scratch. You failed to attend on Monday.\n\nYours sincerely\nDr Jones';

const letter = (page: Page) => page.locator('#letter-text');
const mark = (page: Page, words: string) => page.locator('#letter-backdrop .vl-mark-in', { hasText: words });
const finding = (page: Page, words: string) => page.locator('#findings li', { hasText: `“${words}”` });
/** The button that opens the finding. */
const toggle = (page: Page, words: string) => finding(page, words).locator('.vl-finding__toggle');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** From the top of the page, Tab until the letter has focus (never more than 60 presses). */
async function tabToLetter(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await letter(page).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the letter');
}

/** Types the letter and checks it, all with the keyboard; focus ends on the findings heading. */
async function typeAndCheck(page: Page, text: string): Promise<void> {
  await page.goto('/check.html');
  await tabToLetter(page);
  await page.keyboard.insertText(text);
  await page.keyboard.press('Tab'); // who it is to
  await page.keyboard.press('Tab'); // Check letter
  await page.keyboard.press('Enter');
  await expect(page.locator('#findings-heading')).toBeFocused();
}

test('marks findings in the letter and applies a suggestion from the finding', async ({ page }) => {
  await page.goto('/check.html');
  await letter(page).fill(LETTER);
  await page.click('#check-button');
  await expect(mark(page, 'denied')).toHaveCount(1);
  await expect(mark(page, 'denied')).toHaveClass(/vl-mark-in--compassion/);
  const item = finding(page, 'denied');
  await expect(item).toContainText('Compassion');
  await expect(item).toContainText('Change this');
  await item.getByRole('button', { name: /denied/ }).click();
  await expect(item.getByRole('button', { name: /denied/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(mark(page, 'denied')).toHaveClass(/vl-mark-in--active/);
  await expect(item.getByRole('link', { name: /Why\?/ })).toHaveAttribute('href', 'rules/denies.html');
  await item.getByRole('button', { name: /^Use/ }).first().click();
  await expect(letter(page)).toHaveValue(/You did not have any chest pain/);
  await expect(mark(page, 'denied')).toHaveCount(0);
  await expect(page.locator('#check-status')).toContainText('Changed “denied”');
  // The re-check that follows typing must not talk over what the fix announced.
  await page.waitForTimeout(1000);
  await expect(page.locator('#check-status')).toContainText('Changed “denied”');
});

test('choosing "Clinician (a colleague)" says under the choice what it changes and checks again: the shorthand goes, the candour stays', async ({ page }) => {
  await page.goto('/check.html');
  await expect(page.locator('#audience-hint')).toHaveText(/^Everything is checked/);
  await letter(page).fill('Dear Dr Shah\n\nPlease take one tablet bd. The referral was not actioned.\n\nYours sincerely\nDr Jones');
  await page.click('#check-button');
  await expect(mark(page, 'bd')).toHaveCount(1);
  await page.selectOption('#audience', 'clinician');
  await expect(page.locator('#audience-hint')).toHaveText(/^Medical words, shorthand, long sentences and capitals are not flagged/);
  await expect(page.locator('#audience')).toHaveAttribute('aria-describedby', 'audience-hint');
  await expect(mark(page, 'bd')).toHaveCount(0);
  await expect(mark(page, 'was not actioned')).toHaveCount(1);
});

test('a click on marked words in the letter opens their finding', async ({ page }) => {
  await page.goto('/check.html');
  await letter(page).fill(THREE);
  await page.click('#check-button');
  await mark(page, 'just').scrollIntoViewIfNeeded();
  const box = await mark(page, 'just').boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(toggle(page, 'just')).toHaveAttribute('aria-expanded', 'true');
  await expect(letter(page)).toBeFocused(); // the caret stays where it was put
});

test('on a phone, a tap on marked words names their finding at the foot of the screen, with a way to it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/check.html');
  await letter(page).fill(THREE);
  await page.click('#check-button');
  await mark(page, 'just').scrollIntoViewIfNeeded();
  const box = (await mark(page, 'just').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const bar = page.locator('#caret-finding');
  await expect(bar).toContainText('“just”: Compassion, Worth a thought.');
  expect((await bar.boundingBox())!.y + 10).toBeLessThan(700); // on screen, not below the letter
  await bar.getByRole('button', { name: 'Go to this finding' }).click();
  await expect(toggle(page, 'just')).toBeFocused();
  await expect(toggle(page, 'just')).toHaveAttribute('aria-expanded', 'true');
});

test('shows the reading age and the candour checklist for a letter about something that went wrong', async ({ page }) => {
  await page.goto('/check.html');
  await letter(page).fill('Dear Sam\n\nThere was a delay in reviewing your scan. We are sorry.\n\nYours sincerely\nDr Jones');
  await page.click('#check-button');
  await expect(page.locator('#check-summary')).toContainText('Reading age');
  await expect(page.locator('#candour-checklist')).toContainText('Candour checklist');
});

test('keyboard only: check, move through findings, fix one, focus lands on the next, Ctrl+Z undoes', async ({ page }) => {
  await typeAndCheck(page, THREE);
  await expect(page.locator('#check-status')).toHaveText('3 findings.');
  await expect(page.getByText('Alt+Shift+N next finding')).toBeVisible();

  await page.keyboard.press('Alt+Shift+N');
  const denied = toggle(page, 'denied');
  await expect(denied).toBeFocused();
  await expect(denied).toHaveAttribute('aria-expanded', 'true');
  await expect(mark(page, 'denied')).toHaveClass(/vl-mark-in--active/);
  await page.keyboard.press('Alt+Shift+N');
  await expect(toggle(page, 'just')).toBeFocused();
  await page.keyboard.press('Alt+Shift+P');
  await expect(denied).toBeFocused();
  await expect(toggle(page, 'just')).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Use “did not have”');
  await page.keyboard.press('Enter');
  await expect(letter(page)).toHaveValue(/You did not have any chest pain/);
  const next = toggle(page, 'just');
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-expanded', 'true');
  // Focus stayed beside the letter: the page did not jump back to its top.
  expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

  await page.keyboard.press('Escape');
  await expect(letter(page)).toBeFocused();
  expect(await letter(page).evaluate((ta: HTMLTextAreaElement) => ta.value.slice(ta.selectionStart, ta.selectionEnd))).toBe('just');
  await page.keyboard.press('Control+z');
  await expect(letter(page)).toHaveValue(THREE);
  await expect(mark(page, 'denied')).toHaveCount(1); // checked again as the letter changed
  // Nothing of the letter is kept anywhere but the page.
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, location.href.includes('chest')])).toEqual([0, 0, false]);
});

test('"Undo last fix" takes a fix back and returns to its finding', async ({ page }) => {
  await typeAndCheck(page, THREE);
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Use "did not have"
  await expect(letter(page)).toHaveValue(/did not have/);
  await page.locator('#undo-fix').focus();
  await page.keyboard.press('Enter');
  await expect(letter(page)).toHaveValue(THREE);
  await expect(toggle(page, 'denied')).toBeFocused();
  await expect(page.locator('#check-status')).toContainText('Undone');
  await expect(page.locator('#undo-fix')).toBeHidden();
});

test('the last fix wraps focus to the first finding left, and no findings left focuses the heading', async ({ page }) => {
  await typeAndCheck(page, 'Dear Sam\n\nYou denied any chest pain. You failed to attend on Monday.');
  await page.keyboard.press('Alt+Shift+P'); // the last finding
  await expect(toggle(page, 'You failed to attend')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(toggle(page, 'denied')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#check-status')).toContainText('No findings left');
  await expect(page.locator('#findings-heading')).toBeFocused();
});

test('filtering by lens hides that lens in the list and in the letter, and says how many are shown', async ({ page }) => {
  // "regarding" is clarity; "denied" is compassion.
  await typeAndCheck(page, 'Dear Sam\n\nI am writing regarding your visit. You denied any chest pain.');
  await expect(mark(page, 'regarding')).toHaveCount(1);
  await page.keyboard.press('Tab'); // the first filter
  await expect(page.getByLabel(/^Candour/)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/^Clarity/)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(finding(page, 'regarding')).toHaveCount(0);
  await expect(mark(page, 'regarding')).toHaveCount(0);
  await expect(finding(page, 'denied')).toHaveCount(1);
  await expect(mark(page, 'denied')).toHaveCount(1);
  await expect(page.locator('#check-status')).toHaveText('Showing 1 of 2 findings.');
  // Next/previous skip what the filters hide.
  await page.keyboard.press('Alt+Shift+N');
  await expect(toggle(page, 'denied')).toBeFocused();
  await page.keyboard.press('Alt+Shift+N');
  await expect(toggle(page, 'denied')).toBeFocused();
});

test('filtering by severity hides the others', async ({ page }) => {
  await typeAndCheck(page, THREE); // "just" is advice ("Worth a thought"), the others "Change this"
  await page.getByLabel(/^Change this/).press('Space');
  await expect(page.locator('#findings li')).toHaveCount(1);
  await expect(finding(page, 'just')).toContainText('Worth a thought');
  await expect(mark(page, 'denied')).toHaveCount(0);
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('a pasted letter is checked without pressing "Check letter"', async ({ page }) => {
    await page.goto('/check.html');
    await page.evaluate((text) => navigator.clipboard.writeText(text), THREE);
    await tabToLetter(page);
    await page.keyboard.press('Control+V');
    await expect(letter(page)).toHaveValue(THREE);
    await expect(mark(page, 'denied')).toHaveCount(1);
    await expect(page.locator('#check-status')).toHaveText('3 findings.');
    await expect(letter(page)).toBeFocused();
  });

  test('"Copy letter" puts the letter on the clipboard and says "Copied"', async ({ page }) => {
    await typeAndCheck(page, THREE);
    await letter(page).focus();
    await page.keyboard.press('Tab'); // who it is to
    await page.keyboard.press('Tab'); // Check letter
    await page.keyboard.press('Tab'); // Copy letter
    expect(await focusedText(page)).toBe('Copy letter');
    await page.keyboard.press('Enter');
    await expect(page.locator('#copy-status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(THREE);
  });
});

test('"Copy letter" falls back to the copy command where the clipboard API refuses', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    // What the copy command would put on the clipboard: the textarea's selection at that moment.
    document.addEventListener('copy', () => {
      const ta = document.getElementById('letter-text') as HTMLTextAreaElement;
      (window as unknown as { copied: string }).copied = ta.value.slice(ta.selectionStart, ta.selectionEnd);
    });
  });
  await page.goto('/check.html');
  await letter(page).fill(THREE);
  await letter(page).evaluate((ta: HTMLTextAreaElement) => ta.setSelectionRange(3, 3));
  await page.locator('#copy-letter').click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(THREE);
  await expect(page.locator('#copy-letter')).toBeFocused();
  expect(await letter(page).evaluate((ta: HTMLTextAreaElement) => [ta.selectionStart, ta.selectionEnd])).toEqual([3, 3]);
});

test('runs from file:// with no request to any other host', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(SITE_DIR, 'check.html')).href);
  await letter(page).fill(LETTER);
  await page.click('#check-button');
  await expect(page.locator('#findings li').first()).toBeVisible();
  await expect(mark(page, 'denied')).toHaveCount(1);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
});
