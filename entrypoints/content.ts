/** Content script: wires the checker (engine + compiled ruleset) into the page. No unified, no Dexie here. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { CompiledRuleset } from '../engine/index.js';
import { ContentApp } from '../extension/content-app.js';
import type { ToBackground, ToContent } from '../extension/messages.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin iframes are reached from the top frame (one checker, one card); see ContentApp.attach.
  allFrames: false,
  main() {
    let notifyTimer: ReturnType<typeof setTimeout> | undefined;
    const app = new ContentApp({
      // The ruleset lives in the background: bundling it here would put ~140 KB gzip into every page.
      loadRuleset: async () => (await browser.runtime.sendMessage({ type: 'content:get-ruleset' } satisfies ToBackground)) as CompiledRuleset,
      host: location.hostname,
      send: (msg: ToBackground) => browser.runtime.sendMessage(msg),
      notify: () => {
        clearTimeout(notifyTimer);
        notifyTimer = setTimeout(() => browser.runtime.sendMessage({ type: 'report:changed' }).catch(() => {}), 100);
      },
    });
    browser.runtime.onMessage.addListener((msg: ToContent, _sender, sendResponse) => {
      if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('page:')) return false;
      sendResponse(app.handle(msg));
      return false;
    });
    app.start(document).catch((e) => console.error('Values Lens could not start:', e));
  },
});
