/**
 * Memory one tab pays for checking a field: the JavaScript heap of the tab's renderer (the page
 * and the content script's isolated world share one V8 heap), measured through the Chrome DevTools
 * Protocol after a full garbage collection, before the first field is focused (the content script
 * loaded, no ruleset yet) and after a letter in a textarea has been checked (the ruleset received
 * from the background, the checker built, the medical vocabulary loaded). The difference is what
 * each tab with a checked field holds. Prints "name<TAB>value" lines, as bench/extension-latency.ts does.
 *
 * `performance.measureUserAgentSpecificMemory` is not available to content scripts and
 * `chrome.processes` is not in stable Chromium, so the figures come from CDP's
 * Runtime.getHeapUsage on the page's target (Playwright opens no CDP session on a service worker,
 * so the background's heap is not measured here).
 */
import type { CDPSession, Page } from '@playwright/test';
import { launchExtensionBrowser } from './extension-browser.js';
import { loadContent } from '../compiler/load-content.js';
import { makeLetter, sentencePool } from './corpus.js';
import { seeded } from '../tests/seeded-random.js';
import { InPageUi } from '../tests/e2e/extension/in-page-ui.js';

const PORT = Number(process.env.VL_PAGES_PORT ?? 4183);
const MB = 2 ** 20;

const browser = await launchExtensionBrowser(PORT);
const { context } = browser;

/** Used heap after a full collection, in MB (the median of three, as a collection may leave stragglers). */
async function heapMb(session: CDPSession): Promise<number> {
  const sizes: number[] = [];
  for (let k = 0; k < 3; k++) {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    sizes.push(usedSize / MB);
  }
  return sizes.sort((a, b) => a - b)[1];
}

/** The textarea's underlines, read from the UI's closed shadow root (see in-page-ui.ts). */
async function underlines(page: Page): Promise<number> {
  return (await InPageUi.of(page).underlines()).length;
}

const pool = sentencePool(loadContent(undefined, { verifyExamples: false }));
const results: string[] = [];
const letter = makeLetter(pool, 1000, seeded(7));

const page = await context.newPage();
await page.goto(`${browser.pages}/textarea.html`);
const session = await context.newCDPSession(page);
await session.send('HeapProfiler.enable');
await page.waitForTimeout(1000);
const before = await heapMb(session);
await page.evaluate((text) => {
  const el = document.querySelector('#editor') as HTMLTextAreaElement;
  el.focus();
  el.value = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true }));
}, letter);
for (const started = Date.now(); (await underlines(page)) === 0 && Date.now() - started < 60_000; ) await page.waitForTimeout(250);
await page.waitForTimeout(1500);
const marks = await underlines(page);
const after = await heapMb(session);


results.push(`tab heap before a field is checked (content script loaded)\t${before.toFixed(1)} MB`);
results.push(`tab heap with a checked 1,000-word letter (${marks} underlines)\t${after.toFixed(1)} MB`);
results.push(`tab heap added by checking (ruleset, checker, medical vocabulary)\t${(after - before).toFixed(1)} MB`);
results.push(`... times 20 tabs\t${(20 * (after - before)).toFixed(0)} MB`);
await browser.close();
console.log(results.join('\n'));
