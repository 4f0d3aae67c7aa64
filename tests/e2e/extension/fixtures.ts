/**
 * One Playwright fixture for the extension: serves the local test pages on 127.0.0.1, launches
 * Debian's Chromium with the built extension in a persistent profile (so a test can restart the
 * browser on the same profile), and records every request from every context (pages, the service
 * worker, extension pages) so the tests can prove nothing leaves the machine.
 */
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../playwright.config.js';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PAGES_DIR = resolve('dist/test-pages');
/** VL_PAGES_PORT: another port, so two checkouts on one machine can run these tests at once. */
export const PAGES_PORT = Number(process.env.VL_PAGES_PORT ?? 4181);
export const PAGES = `http://127.0.0.1:${PAGES_PORT}`;

export interface RecordedRequest {
  url: string;
  /** Which kind of context made it. */
  from: 'page' | 'extension-page' | 'service-worker';
  /** Set when the page's Content-Security-Policy refused it: it never left the renderer. */
  blockedByCsp?: true;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function servePages(): Promise<Server> {
  // Without the pages every request 404s and each test fails on an empty editor: say why instead.
  if (!existsSync(join(PAGES_DIR, 'tiptap.js'))) throw new Error('dist/test-pages is missing: run `npm run build:test-pages` (`npm run build` does)');
  const server = createServer((req, res) => {
    const path = normalize(join(PAGES_DIR, decodeURIComponent(new URL(req.url ?? '/', PAGES).pathname)));
    if (!path.startsWith(PAGES_DIR) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(PAGES_PORT, '127.0.0.1', () => ok(server)));
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  requests: RecordedRequest[];
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
}

async function launch(profile: string, requests: RecordedRequest[]) {
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const seen = new WeakMap<object, RecordedRequest>();
  context.on('request', (r) => {
    const url = r.url();
    const from = r.serviceWorker() ? 'service-worker' : url.startsWith('chrome-extension:') || r.frame()?.url().startsWith('chrome-extension:') ? 'extension-page' : 'page';
    const recorded: RecordedRequest = { url, from };
    requests.push(recorded);
    seen.set(r, recorded);
  });
  // Chromium reports a request the CSP refused too (sent, then failed as blocked): mark it.
  context.on('requestfailed', (r) => {
    const recorded = seen.get(r);
    if (recorded && /^(csp|net::ERR_BLOCKED_BY_CSP)$/.test(r.failure()?.errorText ?? '')) recorded.blockedByCsp = true;
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

export const test = base.extend<{ browser2: Browser }, { pagesServer: Server }>({
  pagesServer: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: {} is "none".
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await servePages();
      await use(server);
      await new Promise((ok) => server.close(ok));
    },
    { scope: 'worker' },
  ],
  browser2: async ({ pagesServer: _server }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'values-lens-profile-'));
    const requests: RecordedRequest[] = [];
    let current = await launch(profile, requests);
    const b: Browser = {
      get context() {
        return current.context;
      },
      get worker() {
        return current.worker;
      },
      get extensionId() {
        return current.extensionId;
      },
      requests,
      async restart() {
        await current.context.close();
        current = await launch(profile, requests);
      },
    };
    await use(b);
    await current.context.close();
    // Every test doubles as the privacy check: nothing left the machine, and the extension asked for nothing.
    expect(forbiddenRequests(requests), 'requests that left the machine or came from the extension').toEqual([]);
    rmSync(profile, { recursive: true, force: true });
  },
});


/** Requests that would leave the machine, or that extension contexts made at all (beyond their own files). */
export function forbiddenRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => {
    if (r.blockedByCsp) return false;
    const u = new URL(r.url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    if (r.from !== 'page') return u.protocol !== 'chrome-extension:';
    return !(u.protocol === 'chrome-extension:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  });
}

export { expect };
export type { Page };
