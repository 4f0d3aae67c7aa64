/** Page objects for the extension's own pages (options, side panel, popup), opened as tabs. */
import type { Page } from '@playwright/test';
import type { Browser } from './fixtures.js';

/** The little of the chrome.* API these helpers use, evaluated inside extension pages. */
interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, msg: object): Promise<unknown> };
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
}

export async function openExtensionPage(b: Browser, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return page;
}

/**
 * The id of the one web page tab (the side panel and popup take ?tab=). Without the "tabs"
 * permission tab URLs are hidden, so it is the tab whose content script answers.
 */
export async function webTabId(extPage: Page): Promise<number> {
  return extPage.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await c.tabs.query({});
    for (const t of tabs) {
      if (t.id === undefined) continue;
      try {
        const r = await c.tabs.sendMessage(t.id, { type: 'page:get-report' });
        if (r) return t.id;
      } catch {
        /* not ours */
      }
    }
    return -1;
  });
}

/** Everything the extension keeps: every IndexedDB database and store, storage.local, .sync and .session, and localStorage. */
export async function dumpExtensionStorage(b: Browser): Promise<string> {
  const page = await openExtensionPage(b, 'options.html');
  const dump = await page.evaluate(async () => {
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
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    out['storage.local'] = await c.storage.local.get(null);
    out['storage.sync'] = await c.storage.sync.get(null);
    out['storage.session'] = await c.storage.session.get(null);
    out.localStorage = { ...localStorage };
    return out;
  });
  await page.close();
  return JSON.stringify(dump);
}
