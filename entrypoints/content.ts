/** Content script: wires the in-page layer (extension/in-page/) to the browser. No unified, no Dexie here. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { CompiledRuleset } from '../engine/index.js';
import { ContentApp } from '../extension/in-page/content-app.js';
import { lifetimeOf } from '../extension/in-page/lifetime.js';
import type { ToBackground, ToContent } from '../extension/protocol/messages.js';

/** How long the side panel's "report changed" waits, so a burst of checks sends one message. */
const NOTIFY_DELAY_MS = 100;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin iframes are reached from the top frame (one checker, one card); see field-tracker.ts.
  allFrames: false,
  main(ctx) {
    const life = lifetimeOf(ctx);
    let notifyTimer: number | undefined;
    const app = new ContentApp({
      // The ruleset lives in the background: bundling it here would put ~220 KB gzip into every page.
      loadRuleset: async () => (await browser.runtime.sendMessage({ type: 'content:get-ruleset' } satisfies ToBackground)) as CompiledRuleset,
      host: location.hostname,
      send: (msg: ToBackground) => browser.runtime.sendMessage(msg),
      notify: () => {
        clearTimeout(notifyTimer);
        notifyTimer = life.setTimeout(() => void browser.runtime.sendMessage({ type: 'report:changed' }).catch(() => {}), NOTIFY_DELAY_MS);
      },
      life,
      version: browser.runtime.getManifest().version,
    });
    const onMessage = (msg: ToContent, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('page:')) return false;
      sendResponse(app.handle(msg));
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    app.start(document).catch((e) => console.error('Values Lens could not start:', e));
  },
});
