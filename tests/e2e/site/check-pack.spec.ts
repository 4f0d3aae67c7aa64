/**
 * "Use your trust's rule pack" on the check page: the example pack, built by the CLI, is chosen
 * with the file input (or dropped), its findings are listed like the built-in ones with its
 * explanation behind "Why?", a bad file says what is wrong, and removing the pack takes its rules away.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EXAMPLE_LETTER, examplePack } from './example-pack';

test.beforeAll(() => {
  examplePack();
});

async function checkSample(page: Page): Promise<void> {
  await page.goto('/check.html');
  await page.fill('#letter-text', EXAMPLE_LETTER);
  await page.click('#check-button');
  await expect(page.locator('#check-status')).toContainText('finding');
}
const finding = (page: Page, words: string) => page.locator('#findings > li', { hasText: words });

test('a pack chosen with the file input adds its findings, explained in the page, and can be removed', async ({ page }) => {
  await checkSample(page);
  await expect(finding(page, 'Westmoor Hospitals NHS Trust')).toHaveCount(0);

  await page.getByLabel("Use your trust's rule pack").setInputFiles(examplePack());
  await expect(page.locator('#pack-status')).toHaveText(/^Using the rule pack “example-trust” 1\.0\.0 from Example NHS Foundation Trust \(a made-up trust\) \(4 rules\)/);
  // The letter was checked already: it is checked again with the pack, without pressing the button.
  const pack = finding(page, 'Westmoor Hospitals NHS Trust');
  await expect(pack).toHaveCount(1);
  await expect(pack.locator('.nhsuk-tag').first()).toHaveText('Clarity');
  await pack.locator('.vl-finding__toggle').click();
  await expect(pack).toContainText('became part of Example NHS Foundation Trust in 2025');
  // "Why?" opens the pack rule's own explanation here: the site has no page for it.
  await pack.getByText('Why?').click();
  await expect(pack.locator('.vl-pack-why')).toBeVisible();
  await expect(pack.locator('.vl-pack-why')).toContainText('Since the merger in 2025 our letters');
  await expect(pack.locator('.vl-pack-why')).toContainText('From the rule pack example-trust 1.0.0 of Example NHS Foundation Trust');
  await expect(pack.locator('.vl-pack-why a')).toHaveAttribute('href', /^https:\/\//);
  await page.screenshot({ path: 'artifacts/site/check-pack.png', fullPage: true });
  // Its fix works as a built-in rule's does.
  await pack.getByRole('button', { name: 'Use “Example NHS Foundation Trust”' }).click();
  await expect(page.locator('#letter-text')).toHaveValue(/^Dear Ms Jones,\n\nExample NHS Foundation Trust wrote to you/);

  await page.getByRole('button', { name: 'Remove the rule pack' }).click();
  await expect(page.locator('#pack-removed')).toHaveText(/Rule pack removed/);
  await expect(page.getByLabel("Use your trust's rule pack")).toBeFocused();
  await expect(finding(page, 'Central Booking Office')).toHaveCount(0);
  await expect(page.locator('#pack-in-use')).toBeHidden();
});

test('a pack dropped on the drop zone is used', async ({ page }) => {
  await checkSample(page);
  const text = readFileSync(examplePack(), 'utf8');
  const data = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'example-trust.pack.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('#pack-drop', 'drop', { dataTransfer: data });
  await expect(page.locator('#pack-status')).toContainText('example-trust');
  await expect(finding(page, 'Central Booking Office')).toHaveCount(1);
});

test('a file that is not a usable pack says why, and the pack in use stays', async ({ page }) => {
  await checkSample(page);
  const input = page.getByLabel("Use your trust's rule pack");
  const error = page.locator('#pack-error');
  await input.setInputFiles({ name: 'letter.txt', mimeType: 'text/plain', buffer: Buffer.from('Dear Ms Jones') });
  await expect(error).toContainText('“letter.txt” cannot be used as a rule pack');
  await expect(error).toContainText('the file is not JSON');
  await expect(input).toHaveAttribute('aria-describedby', /pack-error/);

  await input.setInputFiles(examplePack());
  await expect(error).toBeHidden();
  await expect(finding(page, 'Central Booking Office')).toHaveCount(1);

  const newer = JSON.stringify({ ...JSON.parse(readFileSync(examplePack(), 'utf8')), formatVersion: 2 });
  await input.setInputFiles({ name: 'newer.pack.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(error).toContainText('made for a newer Values Lens');
  await expect(error).toContainText('the pack in use stays');
  await expect(page.locator('#pack-status')).toContainText('example-trust');
  await expect(finding(page, 'Central Booking Office')).toHaveCount(1);

  const broken = JSON.parse(readFileSync(examplePack(), 'utf8'));
  broken.rules[0].lens = 'kindness';
  broken.version = '1.0';
  await input.setInputFiles({ name: 'broken.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(error.locator('li')).toHaveText([/^version "1\.0" is not a semantic version/, /^rules\[0\]\.lens must be one of: candour/]);
});

test('the pack is kept in the page only: after a reload it is gone, and the page stored nothing', async ({ page }) => {
  await checkSample(page);
  await page.getByLabel("Use your trust's rule pack").setInputFiles(examplePack());
  await expect(finding(page, 'Westmoor Hospitals NHS Trust')).toHaveCount(1);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    cookies: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0, cookies: '' });
  await page.reload();
  await expect(page.locator('#pack-in-use')).toBeHidden();
  await page.fill('#letter-text', EXAMPLE_LETTER);
  await page.click('#check-button');
  await expect(page.locator('#check-status')).toContainText('finding');
  await expect(finding(page, 'Westmoor Hospitals NHS Trust')).toHaveCount(0);
});
