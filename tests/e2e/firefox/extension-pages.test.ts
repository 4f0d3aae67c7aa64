/**
 * The extension's own pages in Firefox (popup, side bar, options), and what the extension keeps:
 * after checking, fixing and ignoring, no word of the letter is in any of its storage. The pages
 * open as tabs (firefox.ts `openExtensionPage`); the popup and side bar take ?tab= for the web
 * page they report on, as the Chromium suite's do. How the in-page UI is read: extension.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chord, launchFirefox, openExtensionPage, openPage, PAGES, type Firefox } from './firefox.js';
import { highlightedTexts, InPageUi } from './in-page-ui.js';

/** The little of the WebExtension API these tests use, inside the extension's pages. */
interface WebExtApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, msg: object): Promise<unknown> };
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
}

let ff: Firefox;
beforeAll(async () => {
  // Screenshots of the pages go here, for a person to look at; a fresh clone has no such folder.
  mkdirSync('artifacts/firefox', { recursive: true });
  ff = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await ff?.close();
});
afterEach(() => {
  expect(ff.offMachine, 'requests that tried to leave the machine').toEqual([]);
});

/** A textarea page with `text` typed and checked (two findings). */
async function checkedTextarea(text: string): Promise<{ page: Page; ui: InPageUi }> {
  const page = await openPage(ff, `${PAGES}/textarea.html`);
  const ui = new InPageUi(page);
  await page.click('#editor');
  await page.keyboard.type(text);
  await expect.poll(() => ui.underlines(), { timeout: 15_000 }).toHaveLength(2);
  return { page, ui };
}

/** The id of the web page tab whose content script answers (tab URLs need a permission we do not ask). */
async function webTabId(): Promise<number> {
  const probe = await openExtensionPage(ff, 'options.html');
  const id = await probe.evaluate(async () => {
    const b = (globalThis as unknown as { browser: WebExtApi }).browser;
    for (const t of await b.tabs.query({})) {
      if (t.id === undefined) continue;
      if (await b.tabs.sendMessage(t.id, { type: 'page:get-report' }).catch(() => null)) return t.id;
    }
    return -1;
  });
  await probe.close();
  expect(id, 'no web page answered').toBeGreaterThanOrEqual(0);
  return id;
}

/** Clicks (a real, trusted click) the first element matching `selector` whose text contains `text`. */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const handles = await page.$$(selector);
  for (const h of handles) {
    if ((await h.evaluate((el) => el.textContent ?? '')).includes(text)) return h.click();
  }
  throw new Error(`no ${selector} with "${text}"`);
}

const innerText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('Firefox: the extension pages', () => {
  it('the popup shows the tab\'s counts and turns checking off for the site', async () => {
    const web = await checkedTextarea('You failed to attend. Take it nocte.');
    const popup = await openExtensionPage(ff, `popup.html?tab=${await webTabId()}`);
    await expect.poll(() => popup.evaluate(() => document.querySelector('[aria-label="Findings in the focused field"]')?.textContent ?? '')).toMatch(/Compassion: 1.*Clarity: 1/);
    await popup.screenshot({ path: 'artifacts/firefox/popup.png' });
    await clickText(popup, 'label', 'Check what I write on');
    await web.page.bringToFront();
    await expect.poll(() => web.ui.underlines()).toEqual([]);
    await expect.poll(() => web.ui.badgeLabel()).toBeNull();
    // Back on, for the tests after this one.
    await popup.bringToFront();
    await clickText(popup, 'label', 'Check what I write on');
    await popup.close();
    await web.page.close();
  });

  it('the side bar lists the findings by lens with the candour checklist; clicking one opens its card in the page', async () => {
    const page = await openPage(ff, `${PAGES}/contenteditable.html`);
    const ui = new InPageUi(page);
    await page.click('#editor');
    await page.keyboard.type('We are sorry about the mistake with your X-ray. You failed to attend the clinic. Take the tablets nocte.');
    await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('You failed to attend');
    const panel = await openExtensionPage(ff, `sidepanel.html?tab=${await webTabId()}`);
    await expect.poll(() => panel.evaluate(() => document.querySelector('[aria-label="Compassion findings"]')?.textContent ?? '')).toContain('failed to attend');
    expect(await panel.evaluate(() => document.querySelector('[aria-label="Clarity findings"]')?.textContent ?? '')).toContain('nocte');
    // The side bar follows the page's checks as they come in: the summary may still be on its way.
    await expect.poll(() => innerText(panel), { timeout: 15_000 }).toMatch(/Reading age \d/);
    await expect.poll(() => innerText(panel), { timeout: 15_000 }).toContain('Candour checklist');
    await panel.screenshot({ path: 'artifacts/firefox/side-bar.png', fullPage: true });
    await clickText(panel, '[aria-label="Compassion findings"] button', 'failed to attend');
    await page.bringToFront();
    await expect.poll(() => ui.cardText()).toContain('Failed to attend');
    await chord(page, 'Escape');
    await panel.close();
    await page.close();
  });

  it('the options page lists the lenses, shows a lens\'s rules when asked, and finds a rule by the words it flags', async () => {
    const options = await openExtensionPage(ff, 'options.html');
    await expect.poll(() => innerText(options)).toContain('Clarity lens');
    const text = await innerText(options);
    for (const lens of ['Candour lens', 'Compassion lens', 'Respect lens', 'Clarity lens']) expect(text).toContain(lens);
    // The rules are collapsed under their lens (issue 13) until "Show rules" is pressed.
    expect(text).not.toContain('Failed to attend');
    await options.click('button[aria-controls="rules-compassion"]');
    await expect.poll(() => innerText(options)).toContain('Failed to attend');
    // The search asks the background for the ruleset and finds the rule by words only its phrasings have.
    await options.type('#rule-search', 'take one tablet nocte');
    await expect.poll(() => options.$eval('#rule-search-results', (el) => (el as HTMLElement).innerText)).toContain('Latin times of day');
    await options.close();
  });

  it('after checking, fixing and ignoring, no word of the letter is in the extension\'s storage', async () => {
    const web = await checkedTextarea('Dear Zephyrine Quarterman,\n\nYou failed to attend your appointment at Blackwater Clinic. Take it nocte.');
    // Ignore the second finding, fix the first, all from the keyboard.
    await chord(web.page, 'Control+End');
    await chord(web.page, 'Control+Home');
    await chord(web.page, 'Alt+Shift+KeyN');
    await expect.poll(() => web.ui.focused()).toBe('You did not attend');
    await web.page.keyboard.press('Enter');
    await expect.poll(() => web.ui.underlines()).toEqual(['nocte']);
    await chord(web.page, 'Alt+Shift+KeyN');
    await expect.poll(() => web.ui.cardText()).toContain('nocte');
    await pressCardButton(web.page, web.ui, 'Ignore here');
    await expect.poll(() => web.ui.underlines()).toEqual([]);

    const dumpPage = await openExtensionPage(ff, 'options.html');
    const stored = await dumpPage.evaluate(async () => {
      const out: Record<string, unknown> = {};
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((ok, no) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => ok(req.result);
          req.onerror = () => no(req.error);
        });
        for (const store of db.objectStoreNames) {
          out[`${info.name}/${store}`] = await new Promise((ok) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => ok(req.result);
          });
        }
        db.close();
      }
      const b = (globalThis as unknown as { browser: WebExtApi }).browser;
      out['storage.local'] = await b.storage.local.get(null);
      out['storage.sync'] = await b.storage.sync.get(null);
      out['storage.session'] = await b.storage.session.get(null);
      out.localStorage = { ...localStorage };
      return JSON.stringify(out);
    });
    await dumpPage.close();
    // The page's own origin too: a content script's storage would land there.
    const pageStored = await web.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    // Something was stored (the ignore), so the check is not vacuous.
    expect(stored).toContain('nocte-mane#');
    for (const word of ['Zephyrine', 'Quarterman', 'Blackwater', 'appointment', 'failed to attend', 'nocte.']) {
      expect(stored, `extension storage holds "${word}"`).not.toContain(word);
      expect(pageStored, `page storage holds "${word}"`).not.toContain(word);
    }
    await web.page.close();
  });

  it('"This is wrong here" shows a report without the letter\'s words; the insights page draws the counts', async () => {
    // Not "nocte": the test before ignored it on this site, and an ignore lasts.
    const web = await checkedTextarea('Dear Zephyrine Quarterman,\n\nYou failed to attend your appointment at Blackwater Clinic. Take one tablet bd.');
    await chord(web.page, 'Control+Home');
    await chord(web.page, 'Alt+Shift+KeyN');
    await expect.poll(() => web.ui.cardText()).toContain('Failed to attend');
    await pressCardButton(web.page, web.ui, 'This is wrong here');
    const report = () => web.ui.run((root) => (root.querySelector('.vl-report-text') as HTMLTextAreaElement | null)?.value ?? '');
    await expect.poll(report).toContain('Rule: failed-to-attend');
    const text = (await report())!;
    expect(text).toContain('Flagged words: (not included)');
    for (const word of ['Zephyrine', 'Quarterman', 'Blackwater', 'appointment', 'tablet']) expect(text).not.toContain(word);
    await chord(web.page, 'Escape');
    await web.page.close();

    const insights = await openExtensionPage(ff, 'insights.html');
    await expect.poll(() => insights.evaluate(() => document.querySelectorAll('svg[role="img"]').length)).toBe(3);
    const lastLensRow = await insights.evaluate(() => {
      const t = [...document.querySelectorAll('table')].find((x) => x.caption?.textContent?.startsWith('Findings per lens'))!;
      return [...t.rows[t.rows.length - 1].cells].map((c) => Number(c.textContent));
    });
    // Candour, compassion, respect, clarity this week: this test's letter (and earlier tests') found both.
    expect(lastLensRow[2]).toBeGreaterThanOrEqual(1);
    expect(lastLensRow[4]).toBeGreaterThanOrEqual(1);
    await insights.screenshot({ path: 'artifacts/firefox/insights.png', fullPage: true });
    await insights.close();
  });
});

/** Moves focus through the open card with Tab until `name` has it, then presses Enter. */
async function pressCardButton(page: Page, ui: InPageUi, name: string): Promise<void> {
  for (let i = 0; i < 10 && (await ui.focused()) !== name; i++) await page.keyboard.press('Tab');
  expect(await ui.focused()).toBe(name);
  await page.keyboard.press('Enter');
}
