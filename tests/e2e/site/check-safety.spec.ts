/**
 * The check page's promises, whatever state its scripts are in: the letter (and a trust's rule
 * pack) never leaves the page,
 * a fix never lands at offsets the letter has moved away from, and Ctrl+Z undoes a fix.
 */
import { test, expect, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { SITE_DIR } from './site-pages';
import { EXAMPLE_LETTER, examplePack } from './example-pack';

const MARKER = 'Zebedee-Quartz-7731';
const LETTER = `Dear Sam\n\nYou failed to attend on Monday. ${MARKER}\n\nYours sincerely\nDr Jones`;

/** Opens the listed finding whose words start with `words` and returns its first fix button. */
async function fixButton(page: Page, words: string, name: RegExp = /^(Use|Delete)/) {
  const item = page.locator('#findings li', { hasText: words });
  await item.locator('.vl-finding__toggle').click();
  return item.getByRole('button', { name }).first();
}

/** Every URL the page asks for or navigates to, for asserting that none carries the letter. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('framenavigated', (f) => urls.push(f.url()));
  return urls;
}

test('with JavaScript off, pressing "Check letter" sends nothing and puts nothing in the address', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const urls = recordUrls(page);
  await page.goto('/check.html');
  await page.fill('#letter-text', LETTER);
  await page.click('#check-button');
  await page.locator('#letter-text').press('Enter');
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('?');
  expect(urls.filter((u) => u.includes(MARKER) || u.includes('text='))).toEqual([]);
  await context.close();
});

test('before the check script has loaded, pressing "Check letter" sends nothing', async ({ page }) => {
  await page.route('**/assets/check.js', (route) => route.abort());
  const urls = recordUrls(page);
  await page.goto('/check.html');
  await page.fill('#letter-text', LETTER);
  await page.click('#check-button');
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('?');
  expect(urls.filter((u) => u.includes(MARKER) || u.includes('text='))).toEqual([]);
});

test('a rule pack stays in the page: no request, nothing stored, nothing in the address, gone after a reload', async ({ page }) => {
  const pack = examplePack();
  await page.goto('/check.html');
  await page.waitForLoadState('load');
  const urls = recordUrls(page);
  await page.fill('#letter-text', `${EXAMPLE_LETTER}\n${MARKER}`);
  await page.getByLabel("Use your trust's rule pack").setInputFiles(pack);
  await page.click('#check-button');
  await expect(page.locator('#findings > li', { hasText: 'Westmoor Hospitals NHS Trust' })).toHaveCount(1);
  await page.locator('#findings > li', { hasText: 'Westmoor Hospitals NHS Trust' }).locator('.vl-finding__toggle').click();
  await page.getByText('Why?').click();
  await page.waitForTimeout(300);
  // Reading the pack, checking with it and showing its explanation asked for nothing at all. (The
  // browser fetches the page's own icon when it pleases, carrying nothing: not ours to count.)
  expect(urls.filter((u) => new URL(u).pathname !== '/assets/favicon.svg')).toEqual([]);
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0, caches: 0 });

  await page.reload();
  await page.fill('#letter-text', EXAMPLE_LETTER);
  await page.click('#check-button');
  await expect(page.locator('#check-status')).toContainText('finding');
  await expect(page.locator('#pack-in-use')).toBeHidden();
  await expect(page.locator('#findings > li', { hasText: 'Westmoor Hospitals NHS Trust' })).toHaveCount(0);
});

test('a fix clicked straight after an edit is not applied at the old offsets', async ({ page }) => {
  await page.goto('/check.html');
  await page.fill('#letter-text', 'Dear Sam you failed to attend your appointment.');
  await page.click('#check-button');
  const button = await fixButton(page, 'failed to attend”');
  await expect(button).toBeVisible();
  // Type at the start, then click the old finding's fix before the live re-check runs: in one
  // task, as on a loaded machine the re-check can come between two of Playwright's steps.
  await button.evaluate((fix: HTMLButtonElement) => {
    const ta = document.getElementById('letter-text') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(0, 0);
    document.execCommand('insertText', false, 'Ref 12. ');
    fix.click();
  });
  await expect(page.locator('#letter-text')).toHaveValue('Ref 12. Dear Sam you failed to attend your appointment.');
  await expect(page.locator('#check-status')).toContainText('changed since');
});

test('Ctrl+Z in the letter undoes a fix in one step', async ({ page }) => {
  const text = 'Dear Sam\n\nYou failed to attend on Monday.';
  await page.goto('/check.html');
  await page.fill('#letter-text', text);
  await page.click('#check-button');
  await (await fixButton(page, 'failed to attend”')).click();

  await expect(page.locator('#letter-text')).not.toHaveValue(text);
  await page.locator('#letter-text').focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('#letter-text')).toHaveValue(text);
});

test('deleting a word leaves one space, as in the extension', async ({ page }) => {
  await page.goto('/check.html');
  await page.fill('#letter-text', 'Dear Sam\n\nIt is just a scratch, so please call us.');
  await page.click('#check-button');
  await (await fixButton(page, '“just”', /Delete/)).click();
  await expect(page.locator('#letter-text')).toHaveValue('Dear Sam\n\nIt is a scratch, so please call us.');
});

test('the block-capitals fix changes the capitals and nothing else', async ({ page }) => {
  await page.goto('/check.html');
  await page.fill('#letter-text', 'Dear Sam\n\nPLEASE BRING YOUR LETTER\nThanks Jo');
  await page.click('#check-button');
  await (await fixButton(page, 'PLEASE BRING')).click();
  await expect(page.locator('#letter-text')).toHaveValue('Dear Sam\n\nPlease bring your letter\nThanks Jo');
});

for (const where of ['http', 'file'] as const) {
  test(`every page's content security policy allows only the site's own files (${where})`, async ({ page, baseURL }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ['index.html', 'check.html', 'search.html', 'present/candour.html', 'rules/denies.html']) {
      const url = where === 'file' ? pathToFileURL(join(SITE_DIR, path)).href : `${baseURL}/${path}`;
      await page.goto(url);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/connect-src 'none'/);
      // An injected image from another host is refused by the policy itself (not merely unreachable).
      const blocked = await page.evaluate(
        () => new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`));
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.src = 'http://127.0.0.2:9/x.png';
          document.body.append(img);
        }),
      );
      expect(blocked, path).toBe('img-src http://127.0.0.2:9/x.png');
    }
    await page.goto(where === 'file' ? pathToFileURL(join(SITE_DIR, 'check.html')).href : `${baseURL}/check.html`);
    await page.fill('#letter-text', LETTER);
    await page.click('#check-button');
    await expect(page.locator('#findings li').first()).toBeVisible();
    expect(violations.filter((v) => !v.includes('127.0.0.2'))).toEqual([]);
  });
}
