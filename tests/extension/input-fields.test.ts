/**
 * One-line fields (issue 12): text and search inputs are checked; a password field (and every
 * other input type) is never even read. Runs the real ContentApp in a linkedom page, with the
 * focused field as the browser would report it, and counts every read of each field's value.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { ContentApp } from '../../extension/in-page/content-app.js';
import { manualLifetime } from './manual-lifetime.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import { realPageRuleset } from './real-ruleset.js';

const CONFIG: ContentConfig = { enabled: true, audience: 'patient', readingAgeTarget: 11, disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32), severityThreshold: 'advice' };
const FLAGGED = 'You failed to attend your appointment';

/** A page whose focused element is an input of `type`, holding flagged words; `reads` counts reads of its value. */
function pageWithFocused(type: string) {
  const { document, window } = parseHTML(`<!doctype html><html><body><input id="f" type="${type}"></body></html>`);
  vi.stubGlobal('MutationObserver', window.MutationObserver ?? class { observe() {} disconnect() {} });
  vi.stubGlobal('getComputedStyle', () => new Proxy({}, { get: () => '0px' }));
  vi.stubGlobal('document', document); // Preact draws the badge through the global document
  const input = document.getElementById('f')!;
  let reads = 0;
  Object.defineProperty(input, 'value', { get: () => (reads++, FLAGGED), configurable: true });
  // linkedom has no focus: say which element the browser would report as focused.
  Object.defineProperty(document, 'activeElement', { get: () => input, configurable: true });
  return { document: document as unknown as Document, reads: () => reads };
}

async function startOn(document: Document) {
  const life = manualLifetime();
  const app = new ContentApp({
    loadRuleset: () => realPageRuleset(),
    host: 'portal.example',
    send: async (msg) => (msg.type === 'content:get-config' ? CONFIG : true),
    notify: () => {},
    life,
  });
  await app.start(document);
  return { end: () => life.end() };
}

afterEach(() => vi.unstubAllGlobals());

describe('one-line fields', () => {
  it('a focused text input is read and checked (so the count below can see a read)', async () => {
    const page = pageWithFocused('text');
    const { end } = await startOn(page.document);
    await vi.waitFor(() => expect(page.reads()).toBeGreaterThan(0));
    end();
  });

  for (const type of ['password', 'email', 'number', 'tel', 'url', 'hidden']) {
    it(`a focused ${type} input is never read`, async () => {
      const page = pageWithFocused(type);
      const { end } = await startOn(page.document);
      // Longer than the text input above takes to be read (the ruleset, then CHECK_DELAY_MS).
      await new Promise((ok) => setTimeout(ok, 200));
      expect(page.reads()).toBe(0);
      end();
    });
  }
});
