/** Background: owns the database and the policy, answers messages, opens guidance pages. Wiring only. */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import ruleList from 'virtual:rule-list';
import ruleset from '../generated/ruleset.json';
import { ValuesLensDb } from '../extension/background/db.js';
import { createStore } from '../extension/background/settings-service.js';
import { sessionBackup, type SessionArea } from '../extension/background/session-backup.js';
import { broadcastConfig, extensionRoot, tellTopFrame } from '../extension/background/tabs.js';
import { createRouter } from '../extension/background/router.js';
import { isForBackground } from '../extension/protocol/message-guards.js';
import { policyCache } from '../extension/background/policy-cache.js';
import type { CompiledRuleset } from '../engine/index.js';

/** storage.local key of the managed policy as last read (the IT department's settings, not the clinician's). */
const LAST_POLICY = 'values-lens-last-managed-policy';

export default defineBackground(() => {
  const db = new ValuesLensDb();
  // The managed policy, read once; while the browser's first read is slow (seconds, after it
  // starts), the one read last time (policy-cache.ts).
  const policy = policyCache({
    read: () => browser.storage.managed.get(),
    remembered: {
      load: async () => (await browser.storage.local.get(LAST_POLICY))[LAST_POLICY],
      save: (raw) => browser.storage.local.set({ [LAST_POLICY]: { raw } }),
    },
    onLateChange: () => void broadcastConfig(browser, store),
  });
  const store = createStore({
    db,
    ruleset: ruleList,
    readManaged: () => policy.get(),
    // Where changes wait while the database fails (see extension/background/unsaved-changes.ts).
    backup: sessionBackup(browser.storage.session as SessionArea | undefined),
  });
  // Open (and on first run create) the database now, not when the first page asks for settings.
  // A database that fails to open is reported on the options page; checking goes on with defaults.
  void store.open();
  void policy.get().catch(() => {});

  // Every message is checked, and what a page could trigger in a loop is rate-limited (router.ts).
  const route = createRouter({
    store,
    ruleset: ruleset as unknown as CompiledRuleset,
    ruleIds: ruleList.rules.map((r) => r.id),
    extensionRoot: extensionRoot(),
    openTab: async (url, index) => void (await browser.tabs.create({ url, index })),
    broadcast: () => broadcastConfig(browser, store),
    tellTopFrame: (tabId, frameId) => tellTopFrame(browser, tabId, frameId),
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (!isForBackground(msg)) return false;
    route(msg, sender).then(sendResponse, (e) => sendResponse({ error: String(e) }));
    return true; // answers asynchronously (a returned Dexie promise would arrive as undefined in Chrome)
  });

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    policy.invalidate();
    void broadcastConfig(browser, store);
  });

  // Chrome: the toolbar button opens the popup; the side panel opens from there or the context menu.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});
});
