/// <reference path="../extension/rule-list.d.ts" />
/** Background: owns the database and the policy, answers messages, opens guidance pages. Wiring only. */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import ruleList from 'virtual:rule-list';
import ruleset from '../generated/ruleset.json';
import { ValuesLensDb } from '../extension/db.js';
import { createStore } from '../extension/store.js';
import { sessionBackup, type SessionArea } from '../extension/session-backup.js';
import { broadcastConfig, extensionRoot, guidanceUrl } from '../extension/background-wiring.js';
import type { ToBackground } from '../extension/messages.js';

export default defineBackground(() => {
  const db = new ValuesLensDb();
  const store = createStore({
    db,
    ruleset: ruleList,
    readManaged: () => browser.storage.managed.get(),
    // Where changes wait while the database fails (see extension/unsaved-changes.ts).
    backup: sessionBackup(browser.storage.session as SessionArea | undefined),
  });
  // Open (and on first run create) the database now, not when the first page asks for settings.
  // A database that fails to open is reported on the options page; checking goes on with defaults.
  void store.open();

  browser.runtime.onMessage.addListener((msg: ToBackground, sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string' || !(msg.type.startsWith('content:') || msg.type.startsWith('ui:'))) return false;
    (async () => {
      if (msg.type === 'content:get-ruleset') return ruleset;
      if (msg.type === 'content:open-guidance') {
        await browser.tabs.create({ url: guidanceUrl(extensionRoot(), msg.path), index: (sender.tab?.index ?? 0) + 1 });
        return true;
      }
      const { reply, changed } = await store.handle(msg);
      if (changed) await broadcastConfig(browser, store);
      return reply;
    })().then(sendResponse, (e) => sendResponse({ error: String(e) }));
    return true; // answers asynchronously (a returned Dexie promise would arrive as undefined in Chrome)
  });

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void broadcastConfig(browser, store);
  });

  // Chrome: the toolbar button opens the popup; the side panel opens from there or the context menu.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});
});
