/**
 * The content script's side of frames (docs/extension.md, "Frames"): the top frame keeps which
 * frame has the clinician's last field, and says so in its report; entering a field tells the
 * background; a field focused before the settings arrive starts fetching the rules at once.
 * Runs the real ContentApp in a linkedom page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { ContentApp } from '../../extension/in-page/content-app.js';
import { manualLifetime } from './manual-lifetime.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import type { FieldReport, ToContent } from '../../extension/protocol/messages.js';
import { realPageRuleset } from './real-ruleset.js';

const CONFIG: ContentConfig = { enabled: true, audience: 'patient', readingAgeTarget: 11, severityThreshold: 'advice', disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32) };

function page(hasFocus = true) {
  const { document, window } = parseHTML('<!doctype html><html><body><textarea id="t"></textarea></body></html>');
  // linkedom has no focus: say whether the browser would say this document has it.
  Object.defineProperty(document, 'hasFocus', { value: () => hasFocus, configurable: true });
  vi.stubGlobal('MutationObserver', window.MutationObserver ?? class { observe() {} });
  // The textarea's mirror measures the field (underline-mirror.ts): linkedom has no layout.
  vi.stubGlobal('getComputedStyle', () => new Proxy({}, { get: () => '0px' }));
  vi.stubGlobal('document', document); // Preact draws the badge through the global document
  return document as unknown as Document;
}

function app(config: Promise<ContentConfig>) {
  const calls = { ruleset: 0, focused: 0, notified: 0 };
  const a = new ContentApp({
    loadRuleset: () => (calls.ruleset++, realPageRuleset()),
    host: 'portal.example',
    send: async (msg) => (msg.type === 'content:get-config' ? config : true),
    notify: () => void calls.notified++,
    focused: () => void calls.focused++,
    life: manualLifetime(),
  });
  const report = () => a.handle({ type: 'page:get-report' } as ToContent) as FieldReport;
  return { app: a, calls, report };
}

/** A focusin as real input makes it (the tracker acts on trusted events only). */
function focusIn(el: Element): void {
  const e = new (el.ownerDocument.defaultView as unknown as typeof globalThis).Event('focusin', { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

afterEach(() => vi.unstubAllGlobals());

describe('frames, in the page', () => {
  it('the top frame reports the frame the background says has the last field, until its own field is entered', async () => {
    const { app: a, report, calls } = app(Promise.resolve(CONFIG));
    const doc = page();
    await a.start(doc);
    expect(report().focusedFrame).toBeUndefined();
    expect(a.handle({ type: 'page:focus-frame', frameId: 5 })).toBe(true);
    expect(report().focusedFrame).toBe(5);
    // The side panel hears of it, so it asks the frame.
    expect(calls.notified).toBeGreaterThan(0);
    expect(a.handle({ type: 'page:focus-frame', frameId: 0 })).toBe(true);
    expect(report().focusedFrame).toBeUndefined();
    expect(a.handle({ type: 'page:focus-frame', frameId: -1 } as ToContent)).toBe(false);
    expect(a.handle({ type: 'page:focus-frame', frameId: '5' } as unknown as ToContent)).toBe(false);
    expect(report().focusedFrame).toBeUndefined();
  });

  it('entering a field tells the background (content:focused)', async () => {
    const { app: a, calls, report } = app(Promise.resolve(CONFIG));
    const doc = page();
    await a.start(doc);
    focusIn(doc.getElementById('t')!);
    expect(calls.focused).toBe(1);
    expect(report().hasField).toBe(true);
  });

  it('new settings (sent to every tab after any change) do not make a document the clinician left claim the focus', async () => {
    for (const hasFocus of [false, true]) {
      const { app: a, calls } = app(Promise.resolve(CONFIG));
      const doc = page(hasFocus);
      const field = doc.getElementById('t')!;
      // The field this document had focused when the clinician moved to another frame.
      Object.defineProperty(doc, 'activeElement', { get: () => field, configurable: true });
      await a.start(doc);
      a.handle({ type: 'page:config', config: CONFIG });
      expect(calls.focused, `document has focus: ${hasFocus}`).toBe(hasFocus ? 2 : 0);
    }
  });

  it('a field focused before the settings arrive fetches the rules at once, not after the settings', async () => {
    let arrive: (c: ContentConfig) => void = () => {};
    const { app: a, calls } = app(new Promise<ContentConfig>((ok) => (arrive = ok)));
    const doc = page();
    const started = a.start(doc);
    await Promise.resolve();
    expect(calls.ruleset).toBe(0); // nothing fetched for a page nobody writes in
    focusIn(doc.getElementById('t')!);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(calls.ruleset).toBe(1);
    arrive(CONFIG);
    await started;
    expect(calls.ruleset).toBe(1);
  });
});
