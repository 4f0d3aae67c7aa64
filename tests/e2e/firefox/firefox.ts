/**
 * Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv2), driven by
 * puppeteer-core over WebDriver BiDi (no browser download: puppeteer-core ships none, and
 * PUPPETEER_SKIP_DOWNLOAD=1 keeps it so). The extension is installed as a temporary add-on.
 *
 * Why MV2: WXT builds Firefox as MV2 by default, it is what reviewers drive in ESR, and its
 * persistent background page holds the ruleset in memory (an MV3 background in Firefox is an
 * event page that unloads when idle, so the first check after a pause would wait for the
 * 0.9 MB ruleset to load again). Firefox still supports MV2 fully.
 *
 * Traps on this machine, and what this file does about them:
 * - Headless Firefox never gives its first tab focus, so no focusin fires and nothing is checked:
 *   every test opens a new tab and brings it to front (see `openPage`), and asserts the focus.
 * - Firefox calls its own remote-settings service at start: `services.settings.server` points at
 *   the local page server (a 404) with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, which lets the pref apply.
 * - No request may leave the machine: every non-local request from any part of Firefox (pages,
 *   the background page, the browser itself) goes through a recording proxy that refuses it, so
 *   `offMachine` lists every host anything tried to reach. Loopback is never proxied.
 * - Errors of the background page reach only Firefox's stdout/stderr: kept in `log`.
 * - The moz-extension:// host is a random UUID per profile: `extensions.webextensions.uuids` fixes it.
 * - WebDriver BiDi will not navigate a tab to moz-extension://: with --remote-allow-system-access
 *   the tests ask the browser window to open the tab (`openExtensionPage`), as its own UI does.
 *   That flag lets BiDi run code in the browser's chrome; only these tests' own driver uses it.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const EXTENSION_ID = '{0dd0868f-4930-4660-b4ab-f87f8e636bcf}';
/** The extension's moz-extension:// host, fixed for the tests. */
export const EXTENSION_UUID = '4c1f6b0e-7d2a-4e6b-9a51-0f3c2d8e5b17';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
const PAGES_DIR = resolve('dist/test-pages');
/** VL_FIREFOX_PAGES_PORT: another port, so two checkouts on one machine can run this suite at once. */
export const PAGES_PORT = Number(process.env.VL_FIREFOX_PAGES_PORT ?? 4297);
export const PAGES = `http://127.0.0.1:${PAGES_PORT}`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, no) => {
    server.once('error', no);
    server.listen(port, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

function pagesServer(): Server {
  return createServer((req, res) => {
    const path = normalize(join(PAGES_DIR, decodeURIComponent(new URL(req.url ?? '/', PAGES).pathname)));
    if (!path.startsWith(PAGES_DIR) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
}

/** A proxy that records every request sent to it and answers none of them. */
function recordingProxy(seen: string[]): Server {
  const proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return proxy;
}

export interface Firefox {
  browser: Browser;
  /** Every request that tried to leave the machine, from any part of Firefox. */
  offMachine: string[];
  /** Firefox's stdout and stderr (where the background page's errors appear). */
  log: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A managed policy for the add-on, as an IT department sets it. Firefox reads managed storage
   * from policies.json or, on Linux, from a native manifest in ~/.mozilla/managed-storage/; the
   * manifest goes into a home folder of this run's own (HOME), so nothing outside it changes.
   */
  managedStorage?: Record<string, unknown>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  const offMachine: string[] = [];
  const pages = pagesServer();
  const proxy = recordingProxy(offMachine);
  await listen(pages, PAGES_PORT);
  const proxyPort = await listen(proxy, 0);
  const profile = mkdtempSync(join(tmpdir(), 'values-lens-firefox-'));
  let home: string | undefined;
  if (options.managedStorage) {
    home = mkdtempSync(join(tmpdir(), 'values-lens-firefox-home-'));
    mkdirSync(join(home, '.mozilla/managed-storage'), { recursive: true });
    const manifest = { name: EXTENSION_ID, description: 'Values Lens test policy', type: 'storage', data: options.managedStorage };
    writeFileSync(join(home, '.mozilla/managed-storage', `${EXTENSION_ID}.json`), JSON.stringify(manifest));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 800 },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(home ? { HOME: home } : {}) },
    extraPrefsFirefox: {
      'services.settings.server': `${PAGES}/remote-settings/v1`,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      'browser.dom.window.dump.enabled': true,
    },
  });
  const log: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) stream?.on('data', (d: Buffer) => log.push(...String(d).split('\n').filter(Boolean)));
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== EXTENSION_ID) throw new Error(`installed ${id}, expected ${EXTENSION_ID}`);
  return {
    browser,
    offMachine,
    log,
    async close() {
      await browser.close();
      await new Promise((ok) => pages.close(ok));
      await new Promise((ok) => proxy.close(ok));
      rmSync(profile, { recursive: true, force: true });
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * A new tab in front, at `url`. Headless Firefox gives no focus to a tab that was not brought to
 * front, and the extension checks only the field that has focus.
 */
export async function openPage(ff: Firefox, url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.bringToFront();
  await page.goto(url);
  if (!(await page.evaluate(() => document.hasFocus()))) throw new Error(`${url} has no focus: nothing would be checked`);
  return page;
}

/** Presses a chord such as 'Alt+Shift+KeyN' or 'Control+KeyZ' (puppeteer presses one key at a time). */
export async function chord(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = parts.pop()!;
  for (const m of parts) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of parts.reverse()) await page.keyboard.up(m);
}

interface Bidi {
  // A raw protocol reply: each caller reads the fields its command returns.
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The WebDriver BiDi connection under puppeteer, for what puppeteer does not wrap. */
export function bidi(ff: Firefox): Bidi {
  return (ff.browser as Browser & { connection: Bidi }).connection;
}

/**
 * One of the extension's own pages (popup, side bar, options) in a tab of its own. WebDriver BiDi
 * refuses to navigate to moz-extension:// URLs, so the browser window opens the tab itself, as
 * its own UI would (this is what --remote-allow-system-access is for).
 */
export async function openExtensionPage(ff: Firefox, path: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const { contexts } = (await bidi(ff).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: Array<{ url: string; context: string }> };
  const window = contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window');
  const known = new Set(await ff.browser.pages());
  await bidi(ff).send('script.evaluate', {
    expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); null`,
    target: { context: window.context },
    awaitPromise: false,
  });
  for (let tries = 0; tries < 100; tries++) {
    for (const page of await ff.browser.pages()) {
      if (known.has(page)) continue;
      // puppeteer may still report about:blank for a tab it did not navigate: ask the page.
      const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      if (href === url) return page;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`${url} did not open`);
}
