/** Content script: wires the in-page layer (extension/in-page/) to the browser. No unified, no Dexie here. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ContentApp } from '../extension/in-page/content-app.js';
import { frameRole } from '../extension/in-page/frame-role.js';
import { lifetimeOf } from '../extension/in-page/lifetime.js';
import type { ToBackground, ToContent } from '../extension/protocol/messages.js';

/** How long the side panel's "report changed" waits, so a burst of checks sends one message. */
const NOTIFY_DELAY_MS = 100;

/** A side panel or popup message sent to one frame from another origin (tabs.sendMessage's frameId option). */
function isForOneFrame(msg: ToContent): boolean {
  const forFrame = msg.type === 'page:get-report' || msg.type === 'page:reveal' || msg.type === 'page:set-audience';
  return forFrame && typeof msg.frame === 'number' && msg.frame > 0;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Every frame with a web address, so editors served from another origin are checked too; a
  // same-origin frame's own script stays idle, as its parent's reaches it (frame-role.ts). Not
  // about:blank or srcdoc frames (match_about_blank, match_origin_as_fallback): they are their
  // creator's origin, so their parent's script always reaches them, and a script injected into them
  // only to stay idle changed their layout (an empty designMode body lost its line's height in
  // Chromium: tests/e2e/extension/card.spec.ts, designmode). docs/extension.md, "Frames".
  allFrames: true,
  main(ctx) {
    const role = frameRole(window);
    if (role === 'idle') return;
    const life = lifetimeOf(ctx);
    let notifyTimer: number | undefined;
    const app = new ContentApp({
      // The ruleset lives in the background: bundling it here would put ~220 KB gzip into every page.
      // It comes merged with this site's packs and phrases (extension/background/page-ruleset.ts).
      loadRuleset: () => browser.runtime.sendMessage({ type: 'content:get-ruleset', host: location.hostname } satisfies ToBackground),
      host: location.hostname,
      send: (msg: ToBackground) => browser.runtime.sendMessage(msg),
      notify: () => {
        clearTimeout(notifyTimer);
        notifyTimer = life.setTimeout(() => void browser.runtime.sendMessage({ type: 'report:changed' }).catch(() => {}), NOTIFY_DELAY_MS);
      },
      // Which frame has the field the clinician is in: the side panel and popup ask that frame
      // (the background tells the top frame: docs/extension.md, "Frames").
      focused: () => void browser.runtime.sendMessage({ type: 'content:focused' } satisfies ToBackground).catch(() => {}),
      life,
      version: browser.runtime.getManifest().version,
    });
    const onMessage = (msg: ToContent, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('page:')) return false;
      if (role === 'frame') {
        // The config sent to the tab is the top page's site's: a frame asks for its own.
        if (msg.type === 'page:config') void app.reloadConfig();
        // The side panel's and popup's questions are answered here only when sent to this frame
        // alone (they then name it: `frame`), so a message to the whole tab gets the top frame's answer.
        else if (isForOneFrame(msg)) sendResponse(app.handle(msg));
        return false;
      }
      sendResponse(app.handle(msg));
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    app.start(document).catch((e) => console.error('Values Lens could not start:', e));
  },
});
