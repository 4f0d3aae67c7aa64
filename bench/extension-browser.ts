/**
 * What the browser benchmarks share: the built test pages served on loopback, and Debian's
 * Chromium with the built extension loaded in a throwaway profile. `close()` undoes both.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config.js';

/** VL_EXTENSION_DIR: another build to compare with (e.g. one made from the commit before a change). */
const EXTENSION = resolve(process.env.VL_EXTENSION_DIR ?? '.output/chrome-mv3');
const PAGES = resolve('dist/test-pages');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The test pages' origin, e.g. http://127.0.0.1:4182 */
  pages: string;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(port: number): Promise<ExtensionBrowser> {
  const server = createServer((req, res) => {
    const path = normalize(join(PAGES, new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(PAGES) || !existsSync(path) || statSync(path).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html' : 'text/javascript' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const profile = mkdtempSync(join(tmpdir(), 'vl-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return {
    context,
    pages: `http://127.0.0.1:${port}`,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The test pages' two field kinds the benchmarks type into. */
export type FieldKind = 'contenteditable' | 'textarea';

/**
 * Opens the test page for `kind` with `letter` already in its field (one <p> per paragraph in a
 * contenteditable), the caret at the end, and an input event so the extension checks it.
 */
export async function openFilledField(browser: ExtensionBrowser, kind: FieldKind, letter: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.pages}/${kind}.html`);
  await page.evaluate(
    ({ kind, letter }) => {
      const el = document.querySelector('#editor') as HTMLTextAreaElement | HTMLElement;
      if (kind === 'textarea') (el as HTMLTextAreaElement).value = letter;
      else el.innerHTML = letter.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`).join('');
      el.focus();
      if (kind === 'textarea') (el as HTMLTextAreaElement).setSelectionRange(letter.length, letter.length);
      else {
        const r = document.createRange();
        r.selectNodeContents(el);
        r.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      }
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    },
    { kind, letter },
  );
  return page;
}
