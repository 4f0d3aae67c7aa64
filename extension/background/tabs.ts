/** Background helpers that touch the browser API: telling every tab about new settings, guidance URLs. */
import { browser as webextBrowser } from 'wxt/browser';

type Browser = typeof webextBrowser;
import type { Store } from './settings-service.js';
import type { ToContent } from '../protocol/messages.js';

/** Sends each tab its site's new config (tabs without our content script just refuse). */
export async function broadcastConfig(browser: Browser, store: Store): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        const host = (await browser.tabs.sendMessage(tab.id, { type: 'page:get-host' } satisfies ToContent)) as { host?: string } | undefined;
        if (!host?.host) return;
        const config = await store.configFor(host.host);
        await browser.tabs.sendMessage(tab.id, { type: 'page:config', config } satisfies ToContent);
      } catch {
        /* no content script in that tab */
      }
    }),
  );
}

/** Tells a tab's top frame (frameId 0) which frame has the field the clinician entered last. */
export async function tellTopFrame(browser: Browser, tabId: number, frameId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'page:focus-frame', frameId } satisfies ToContent, { frameId: 0 }).catch(() => {
    /* the top page has no content script (not a web address): the side panel shows nothing there anyway */
  });
}

/** The extension's own root URL ("chrome-extension://<id>/"). */
export function extensionRoot(): string {
  // getURL is typed for WXT's generated public paths; the root is always valid.
  return (webextBrowser.runtime as unknown as { getURL(path: string): string }).getURL('/');
}

/**
 * The bundled guidance page for a finding's url ("rules/<id>.html"); anything else goes to the index.
 * A pack rule's url ("rules/<pack>/<rule>.html", as the engine makes it) has no bundled page: it
 * opens why.html, which shows the stored pack's own explanation (offline, like the guidance).
 */
export function guidanceUrl(extensionRoot: string, path: string): string {
  const pack = /^rules\/([a-z0-9-]+\/[a-z0-9-]+)\.html$/.exec(path);
  if (pack) return `${extensionRoot.replace(/\/$/, '')}/why.html#${pack[1]}`;
  const safe = /^(rules|values)\/[a-z0-9-]+\.html$/.test(path) ? path : 'rules/index.html';
  return `${extensionRoot.replace(/\/$/, '')}/guidance/${safe}`;
}
