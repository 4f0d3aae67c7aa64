/**
 * Presenter mode: the audience window (slides, reveal steps, keyboard, full screen, a URL per
 * slide) and the presenter view in a second window (notes, next slide, timer), kept in step.
 */
import { test, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const counter = (page: Page) => page.locator('#deck-counter');

test('arrows, space and clicker keys step through the reveals; Esc stops; each slide has a URL', async ({ page }) => {
  await page.goto('/present/compassion.html');
  await page.getByRole('button', { name: 'Start presenting' }).click();
  await expect(page).toHaveURL(/#slide-1$/);
  await expect(page.locator('#slide-1')).toBeVisible();
  await expect(page.locator('#slide-2')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#slide-3$/);
  const slide = page.locator('#slide-3');
  // Step 1: the question only. The answer, its marks and the better version are not shown yet.
  await expect(counter(page)).toHaveText('Slide 3 of 14, step 1 of 3');
  await expect(slide.getByText('Spot the problem')).toBeVisible();
  await expect(slide.locator('mark')).toBeHidden();
  await expect(slide.getByText('A better version')).toBeHidden();
  // Step 2: the problem marked, and why.
  await page.keyboard.press(' ');
  await expect(counter(page)).toHaveText('Slide 3 of 14, step 2 of 3');
  await expect(slide.locator('mark')).toBeVisible();
  await expect(slide.getByText('Spot the problem')).toBeHidden();
  await expect(slide.getByText('A better version')).toBeHidden();
  // Step 3: the hand-written better version.
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByText('A better version')).toBeVisible();
  await expect(slide.locator('.vl-slide__quote--better')).toHaveText('You were not able to come to your appointment on 3 May. Please call us to find a time that suits you.');
  await expect(page).toHaveURL(/#slide-3$/);
  // Back from the next slide returns to this one fully revealed; back again hides the better version.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#slide-4$/);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText('Slide 3 of 14, step 3 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(slide.getByText('A better version')).toBeHidden();
  // No speaker notes anywhere in the audience window.
  await expect(page.locator('.vl-notes, [data-note-step]')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain('The wording to spot');
  await page.keyboard.press('Escape');
  await expect(page.locator('#deck-controls')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start presenting' })).toBeFocused();
});

test('opening a slide URL starts the deck at that slide; End goes to the last', async ({ page }) => {
  await page.goto('/present/clarity.html#slide-3');
  await expect(page.locator('#slide-3')).toBeVisible();
  await expect(page.locator('#slide-1')).toBeHidden();
  await expect(counter(page)).toHaveText(/^Slide 3 of \d+, step 1 of 3$/);
  await page.keyboard.press('End');
  const total = await page.locator('.vl-slide').count();
  await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
});

test('the full screen button and F put the slides full screen and back', async ({ page }) => {
  await page.goto('/present/respect.html#slide-2');
  const button = page.getByRole('button', { name: 'Full screen' });
  await button.click();
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await expect(page.locator('#deck-fullscreen')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
  await expect(page.locator('#deck-fullscreen')).toHaveText('Full screen');
});

test('the presenter view opens in a second window and the two stay in step both ways', async ({ page, context }) => {
  await page.goto('/present/candour.html#slide-3');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await presenter.waitForLoadState();
  await expect(presenter.locator('#pv-link')).toHaveText(/connected\. Moving here/);
  await expect(presenter.locator('#pv-counter')).toHaveText(/^Slide 3 of 14, step 1 of 3: /);
  // The notes for this step are picked out, and they give the answer the slide does not.
  await expect(presenter.locator('#pv-notes [aria-current="step"]')).toContainText('The wording to spot');
  await expect(presenter.locator('#pv-now mark')).toBeHidden();
  await expect(presenter.locator('#pv-upnext mark')).toBeVisible();
  await expect(presenter.locator('#pv-timer')).toHaveText(/^\d+:\d\d$/);
  // The audience window drives the presenter view...
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('#pv-counter')).toHaveText(/^Slide 3 of 14, step 2 of 3: /);
  await expect(presenter.locator('#pv-now mark')).toBeVisible();
  // ...and the presenter view drives the audience window.
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#slide-4$/);
  await expect(counter(page)).toHaveText('Slide 4 of 14, step 1 of 3');
  await expect(presenter.locator('#pv-counter')).toHaveText(/^Slide 4 of 14, step 1 of 3: /);
  await presenter.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('Slide 3 of 14, step 3 of 3');
  await expect(page.locator('#slide-3 .vl-slide__quote--better')).toBeVisible();
  // The timer can be paused.
  await presenter.getByRole('button', { name: 'Pause timer' }).click();
  await expect(presenter.getByRole('button', { name: 'Pause timer' })).toHaveAttribute('aria-pressed', 'true');
});

test('a presenter view opened on its own opens the slides window and drives it', async ({ page, context }) => {
  await page.goto('/present/clarity-presenter.html#slide-2');
  await expect(page.locator('#pv-link')).toHaveText('Slides window: not connected.');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open slides window' }).click()]);
  await audience.waitForLoadState();
  await expect(audience.locator('#slide-2')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(audience).toHaveURL(/#slide-3$/);
});

for (const [width, height] of [[375, 667], [1280, 720], [3840, 2160]] as const) {
  test(`at ${width} px wide nothing is clipped: no sideways scroll, every control on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const url of ['/present/candour.html#slide-4', '/present/letters.html#slide-3']) {
      await page.goto(url);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const slide = page.locator('.vl-slide:not([hidden])');
      expect(await slide.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      for (const button of await page.locator('#deck-controls button:visible').all()) {
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
      }
      // The slide ends above the control bar: the bar covers none of it.
      const bar = (await page.locator('#deck-controls').boundingBox())!;
      const slideBox = (await slide.boundingBox())!;
      expect(slideBox.y + slideBox.height).toBeLessThanOrEqual(bar.y + 1);
    }
    // Type grows with the screen: a projector at 4K gets big text, a phone still readable text.
    await page.goto('/present/candour.html#slide-4');
    const size = await page.locator('#slide-4 .vl-slide__quote').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(width >= 3840 ? 60 : 18);
  });
}

test('the letters deck: a long letter scrolls inside its slide from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 480 });
  await page.goto('/present/letters.html#slide-4');
  const box = page.locator('#slide-4 .vl-slide__letter');
  await expect(page.locator('#slide-4').getByRole('link')).toHaveAttribute('href', /^\.\.\/letters\/[a-z0-9-]+\.html$/);
  await box.focus();
  expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/#slide-4$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#slide-5$/);
});

test('from file:// the presenter view pairs with the slides window too, with no request to another host', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(resolve('dist/site/present/compassion.html')).href + '#slide-3');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await presenter.waitForLoadState();
  await expect(presenter.locator('#pv-link')).toHaveText(/connected\. Moving here/);
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(counter(page)).toHaveText('Slide 3 of 14, step 2 of 3');
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('#pv-counter')).toHaveText(/^Slide 3 of 14, step 3 of 3: /);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
});

test('two slide tabs of one deck leave each other alone: only a presenter view moves the slides', async ({ page, context }) => {
  await page.goto('/present/respect.html#slide-3');
  await expect(counter(page)).toHaveText(/^Slide 3 of/);
  const other = await context.newPage();
  await other.goto('/present/respect.html');
  // The second tab reads as a handout: it is not pulled into presenting, and the first tab does not move it.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(/^Slide 3 of \d+, step 2 of 3$/);
  await expect(other.locator('body')).not.toHaveClass(/vl-presenting/);
  await expect(other.getByRole('button', { name: 'Start presenting' })).toBeVisible();
});
