/** WCAG 2.2 AA: axe reports nothing on any page, nor on the check page with findings or a rule pack, a deck while presenting, its presenter view, or practice after a check. */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitePages } from './site-pages';
import { EXAMPLE_LETTER, examplePack } from './example-pack';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// Every page, in groups of 30 so a failure names a small set and each test has its own time limit.
const pages = sitePages();
const GROUP = 30;
for (let i = 0; i < pages.length; i += GROUP) {
  const group = pages.slice(i, i + GROUP);
  test(`no axe violations on ${group[0]} … ${group[group.length - 1]}`, async ({ page }) => {
    test.setTimeout(600_000);
    const failures: Record<string, string[]> = {};
    for (const path of group) {
      await page.goto(`/${path}`);
      const found = await violations(page);
      if (found.length) failures[path] = found;
    }
    expect(failures).toEqual({});
  });
}

for (const width of [1280, 375]) {
  test(`the check page with findings, one open and a filter off, has no axe violations (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/check.html');
    await page.fill('#letter-text', 'Dear Sam\n\nI am writing regarding your visit. You denied any chest pain. We are sorry that your scan was delayed.\n\nYours sincerely\nDr Jones');
    await page.click('#check-button');
    await expect(page.locator('#findings li').first()).toBeVisible();
    await page.locator('#findings li', { hasText: '“denied”' }).locator('.vl-finding__toggle').click();
    await expect(page.locator('.vl-finding__card:not([hidden])')).toContainText('Why?');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel(/^Clarity/).uncheck();
    // A tap on marked words (on a phone this also shows which finding they are, under the letter).
    const mark = page.locator('#letter-backdrop .vl-mark-in', { hasText: 'denied' });
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (width === 375) await expect(page.locator('#caret-finding')).toContainText('denied');
    expect(await violations(page)).toEqual([]);
  });
}

for (const slide of ['compassion.html#slide-3', 'letters.html#slide-3']) {
  test(`a deck while presenting, answer revealed, has no axe violations (${slide})`, async ({ page }) => {
    await page.goto(`/present/${slide}`);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('body')).toHaveClass(/vl-presenting/);
    expect(await violations(page)).toEqual([]);
  });
}

test('the check page with a rule pack in use, a pack finding\'s Why? open, then a file it cannot use, has no axe violations', async ({ page }) => {
  await page.goto('/check.html');
  await page.fill('#letter-text', EXAMPLE_LETTER);
  await page.getByLabel("Use your trust's rule pack").setInputFiles(examplePack());
  await page.click('#check-button');
  const item = page.locator('#findings > li', { hasText: 'Westmoor Hospitals NHS Trust' });
  await item.locator('.vl-finding__toggle').click();
  await item.getByText('Why?').click();
  await expect(item.locator('.vl-pack-why')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("Use your trust's rule pack").setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a pack') });
  await expect(page.locator('#pack-error')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the presenter view with its notes, and the practice page after a check, have no axe violations', async ({ page }) => {
  await page.goto('/present/compassion-presenter.html#slide-3');
  await expect(page.locator('#pv-notes [aria-current="step"]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/practice.html');
  await page.locator('#passage-1 .vl-word').nth(1).click();
  await page.getByRole('button', { name: 'Check my answer' }).first().click();
  await expect(page.locator('#passage-1 .vl-practice__feedback')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
