/**
 * The badge's styles come with the ruleset (protocol/card-css.ts), not in the content script
 * (issue 10, its size), so the badge must not be drawn before the ruleset has come: unstyled, it
 * would be a bare button at the page's corner. Runs the real ContentApp in a linkedom page, with
 * the ruleset held back until the test lets it through.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { ContentApp } from '../../extension/in-page/content-app.js';
import { UI_HOST_TAG } from '../../extension/in-page/ui-root.js';
import { manualLifetime } from './manual-lifetime.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import { realPageRuleset } from './real-ruleset.js';

const CONFIG: ContentConfig = { enabled: true, audience: 'patient', readingAgeTarget: 11, disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32), severityThreshold: 'advice' };

afterEach(() => vi.unstubAllGlobals());

describe('the badge and its styles', () => {
  it('is not drawn before the ruleset, and its styles, have come', async () => {
    const { document, window } = parseHTML('<!doctype html><html><body><textarea id="f"></textarea></body></html>');
    vi.stubGlobal('MutationObserver', window.MutationObserver ?? class { observe() {} disconnect() {} });
    vi.stubGlobal('getComputedStyle', () => new Proxy({}, { get: () => '0px' }));
    vi.stubGlobal('document', document); // Preact draws the badge through the global document
    const field = document.getElementById('f')!;
    Object.defineProperty(field, 'value', { get: () => 'You failed to attend your appointment', configurable: true });
    Object.defineProperty(document, 'activeElement', { get: () => field, configurable: true });
    // The UI root is closed: keep a handle on it as it is made.
    let root: ShadowRoot | null = null;
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string) => {
      const el = create(tag);
      if (tag === UI_HOST_TAG) {
        const attach = el.attachShadow.bind(el);
        el.attachShadow = (init: ShadowRootInit) => (root = attach(init));
      }
      return el;
    }) as typeof document.createElement;
    let arrive: (page: unknown) => void = () => {};
    const life = manualLifetime();
    const app = new ContentApp({
      loadRuleset: () => new Promise((ok) => (arrive = ok)),
      host: 'portal.example',
      send: async (msg) => (msg.type === 'content:get-config' ? CONFIG : true),
      notify: () => {},
      life,
    });
    await app.start(document as unknown as Document);
    await vi.waitFor(() => expect(root).not.toBeNull()); // the textarea's mirror is laid over it at once
    const styles = () => root!.querySelector('style')!.textContent!;
    // A scroll redraws the badge of the focused field: still none, as no check has run.
    window.dispatchEvent(new window.Event('scroll'));
    await new Promise((ok) => setTimeout(ok, 100));
    expect(root!.querySelector('.vl-badge')).toBeNull();
    expect(styles()).not.toContain('.vl-badge{');
    expect(styles()).toContain('.vl-mirror{');
    arrive(realPageRuleset());
    await vi.waitFor(() => expect(root!.querySelector('.vl-badge')).not.toBeNull());
    expect(styles()).toContain('.vl-badge{');
    life.end();
  });
});
