/** Fully static: the main pages make no request to any host but the site's own. */
import { test, expect } from '@playwright/test';

for (const path of ['index.html', 'rules/denies.html', 'letters/index.html', 'search.html?q=sorry', 'glossary.html', 'present/candour.html', 'about.html']) {
  test(`${path} loads only the site's own files`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!)) foreign.push(r.url());
    });
    await page.goto(`/${path}`);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
