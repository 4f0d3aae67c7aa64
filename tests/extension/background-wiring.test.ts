import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { broadcastConfig, guidanceUrl } = await import('../../extension/background/tabs.js');
const { ValuesLensDb } = await import('../../extension/background/db.js');
const { createStore } = await import('../../extension/background/settings-service.js');

describe('guidanceUrl', () => {
  it('points "Why?" at the guidance page bundled in the extension', () => {
    expect(guidanceUrl('chrome-extension://abc/', 'rules/denies.html')).toBe('chrome-extension://abc/guidance/rules/denies.html');
    expect(guidanceUrl('moz-extension://abc/', 'values/candour.html')).toBe('moz-extension://abc/guidance/values/candour.html');
  });

  it('never builds a URL from anything else a page could send', () => {
    for (const path of ['https://evil.example/', '../popup.html', 'rules/../../x.html', 'javascript:alert(1)']) {
      expect(guidanceUrl('chrome-extension://abc/', path)).toBe('chrome-extension://abc/guidance/rules/index.html');
    }
  });
});

describe('broadcastConfig', () => {
  beforeEach(() => fakeBrowser.reset());

  it("sends each tab with our content script its own site's config, and skips tabs without one", async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://email.nhs.net/' });
    const b = await fakeBrowser.tabs.create({ url: 'https://portal.example/' });
    const c = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    const hosts: Record<number, string> = { [a.id!]: 'email.nhs.net', [b.id!]: 'portal.example' };
    const sent: Array<[number, unknown]> = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, msg: { type: string }) => {
      if (!(id in hosts)) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (msg.type === 'page:get-host') return { host: hosts[id] };
      sent.push([id, msg]);
      return true;
    }) as never);
    const db = new ValuesLensDb(`bc-${Math.random()}`);
    const store = createStore({ db, ruleset: { rules: [] }, readManaged: async () => undefined });
    await store.handle({ type: 'ui:set-site', host: 'portal.example', enabled: false });
    await broadcastConfig(fakeBrowser as never, store);
    expect(sent).toHaveLength(2);
    const byTab = Object.fromEntries(sent.map(([id, msg]) => [id, (msg as { config: { enabled: boolean } }).config.enabled]));
    expect(byTab).toEqual({ [a.id!]: true, [b.id!]: false });
    expect(sent.some(([id]) => id === c.id)).toBe(false);
    db.close();
  });
});
