/**
 * The content script must keep checking when the background cannot answer for a moment (it is
 * restarting, or sent back an error): an error reply used to be taken as the settings, which has
 * no `enabled`, so every field was switched off. Runs the real ContentApp in a linkedom page.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { ContentApp } from '../../extension/in-page/content-app.js';
import { manualLifetime } from './manual-lifetime.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import type { ToBackground, ToContent } from '../../extension/protocol/messages.js';
import { realPageRuleset } from './real-ruleset.js';

const CONFIG: ContentConfig = { enabled: true, audience: 'patient', readingAgeTarget: 11, severityThreshold: 'advice', disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32) };

function page() {
  const { document, window } = parseHTML('<!doctype html><html><body><textarea id="t"></textarea></body></html>');
  vi.stubGlobal('MutationObserver', window.MutationObserver ?? class { observe() {} });
  return document as unknown as Document;
}

function appWith(replies: unknown[]) {
  const asked: ToBackground[] = [];
  const app = new ContentApp({
    loadRuleset: () => realPageRuleset(),
    host: 'portal.example',
    send: async (msg) => {
      asked.push(msg);
      if (msg.type !== 'content:get-config') return true;
      const r = replies.shift();
      if (r instanceof Error) throw r;
      return r;
    },
    notify: () => {},
    life: manualLifetime(),
  });
  const report = () => app.handle({ type: 'page:get-report' } as ToContent) as { enabled: boolean };
  return { app, asked, report };
}

/** Starts the app with the pauses between retries skipped. */
async function startWithoutWaiting(app: ContentApp): Promise<void> {
  vi.useFakeTimers();
  const started = app.start(page());
  await vi.runAllTimersAsync();
  await started;
  vi.useRealTimers();
}

describe('the content script reading its settings', () => {
  it('asks again after an error reply or a failed message, and then checks', async () => {
    const { app, asked, report } = appWith([{ error: 'Error: database closed' }, new Error('Receiving end does not exist'), CONFIG]);
    await startWithoutWaiting(app);
    expect(asked.filter((m) => m.type === 'content:get-config')).toHaveLength(3);
    expect(report().enabled).toBe(true);
  });

  it('ignores a broadcast that is not a config, and keeps the settings it has', async () => {
    const { app, report } = appWith([CONFIG]);
    await app.start(page());
    expect(app.handle({ type: 'page:config', config: { error: 'oops' } } as unknown as ToContent)).toBe(false);
    expect(report().enabled).toBe(true);
  });

  it('gives up quietly after a few tries, leaving the page alone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { app, asked, report } = appWith(Array.from({ length: 10 }, () => ({ error: 'down' })));
    await startWithoutWaiting(app);
    expect(asked.filter((m) => m.type === 'content:get-config')).toHaveLength(6);
    expect(report().enabled).toBe(false);
    expect(warn).toHaveBeenCalledWith('Values Lens could not read its settings:', { error: 'down' });
    warn.mockRestore();
  });
});
