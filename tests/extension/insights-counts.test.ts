/**
 * The counts behind the insights page (issue 13): findings shown and actions taken (fixed, ignored,
 * reported as wrong) per rule per day, read and forgotten by the extension's own pages only, and
 * nothing in them but rule ids, days, kinds and numbers.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb } from '../../extension/background/db.js';
import { createStore, type Store } from '../../extension/background/settings-service.js';
import { createRouter, type Sender } from '../../extension/background/router.js';
import type { CountEntry } from '../../extension/protocol/messages.js';

const RULES = {
  rules: [
    { id: 'failed-to-attend', title: 'Failed to attend', lens: 'compassion' as const },
    { id: 'nocte-mane', title: 'Latin times of day', lens: 'clarity' as const },
  ],
};

let db: ValuesLensDb;
let store: Store;
beforeEach(() => {
  db = new ValuesLensDb(`insights-${Math.random().toString(36).slice(2)}`);
  store = createStore({ db, ruleset: RULES, readManaged: async () => undefined });
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

const counts = async () =>
  ((await store.handle({ type: 'ui:get-counts' })).reply as CountEntry[]).map((c) => `${c.ruleId} ${c.kind} ${c.count}`).sort();

describe('counts of findings and of what was done with them', () => {
  it('counts fixes, ignores and reports per rule per day beside the findings shown, with no text', async () => {
    await store.handle({ type: 'content:seen', ruleIds: ['failed-to-attend', 'nocte-mane'] });
    await store.handle({ type: 'content:counted', ruleId: 'failed-to-attend', kind: 'fixed' });
    await store.handle({ type: 'content:counted', ruleId: 'failed-to-attend', kind: 'fixed' });
    await store.handle({ type: 'content:counted', ruleId: 'nocte-mane', kind: 'ignored' });
    await store.handle({ type: 'content:counted', ruleId: 'nocte-mane', kind: 'reported' });
    expect(await counts()).toEqual(['failed-to-attend fixed 2', 'failed-to-attend seen 1', 'nocte-mane ignored 1', 'nocte-mane reported 1', 'nocte-mane seen 1']);
    const rows = await db.actions.toArray();
    expect(Object.keys(rows[0]).sort()).toEqual(['count', 'day', 'kind', 'ruleId']);
    expect(rows[0].day).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('"forget all counts" empties both tables, and counting starts again from nothing', async () => {
    await store.handle({ type: 'content:seen', ruleIds: ['nocte-mane'] });
    await store.handle({ type: 'content:counted', ruleId: 'nocte-mane', kind: 'fixed' });
    expect(await counts()).toHaveLength(2);
    await store.handle({ type: 'ui:forget-counts' });
    expect(await counts()).toEqual([]);
    expect(await db.counts.count()).toBe(0);
    expect(await db.actions.count()).toBe(0);
    await store.handle({ type: 'content:counted', ruleId: 'nocte-mane', kind: 'ignored' });
    expect(await counts()).toEqual(['nocte-mane ignored 1']);
  });

  it('while the disk is full, counts show from memory, and a forget hides what is stored', async () => {
    await store.handle({ type: 'content:seen', ruleIds: ['nocte-mane'] });
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(full);
    await store.handle({ type: 'content:counted', ruleId: 'nocte-mane', kind: 'fixed' });
    expect(await counts()).toEqual(['nocte-mane fixed 1', 'nocte-mane seen 1']);
    await store.handle({ type: 'ui:forget-counts' });
    expect(await counts()).toEqual([]);
    vi.restoreAllMocks();
    // Storage works again: the forget is saved and the stored count is gone for good.
    expect(await counts()).toEqual([]);
    expect(await db.counts.count()).toBe(0);
  });
});

describe('who may count, read and forget', () => {
  const ROOT = 'chrome-extension://abcdefgh/';
  const tab: Sender = { tab: { id: 1, index: 0 }, url: 'https://email.nhs.net/owa/' };
  const handled: string[] = [];
  const route = createRouter({
    store: { handle: async (m) => (handled.push(m.type), { reply: true, changed: false }) },
    ruleset: { version: 2, rules: [] } as never,
    ruleIds: ['nocte-mane'],
    extensionRoot: ROOT,
    openTab: async () => {},
    broadcast: async () => {},
  });

  it('a web page\'s content script cannot read or forget the counts', async () => {
    expect(await route({ type: 'ui:get-counts' }, tab)).toMatchObject({ error: expect.stringMatching(/^refused/) });
    expect(await route({ type: 'ui:forget-counts' }, tab)).toMatchObject({ error: expect.stringMatching(/^refused/) });
    expect(await route({ type: 'ui:get-counts' }, { url: `${ROOT}insights.html` })).toBe(true);
  });

  it('a count carries a known rule and a known kind, and nothing else (no words can ride along)', async () => {
    for (const bad of [
      { type: 'content:counted', ruleId: 'nocte-mane', kind: 'typed' },
      { type: 'content:counted', ruleId: 'no such rule', kind: 'fixed' },
      { type: 'content:counted', ruleId: 'nocte-mane', kind: 'fixed', words: 'Dear Mrs Smith' },
      { type: 'ui:forget-counts', all: true },
    ]) {
      expect(await route(bad, bad.type.startsWith('ui:') ? { url: `${ROOT}insights.html` } : tab), JSON.stringify(bad)).toMatchObject({ error: expect.stringMatching(/^refused/) });
    }
    expect(await route({ type: 'content:counted', ruleId: 'nocte-mane', kind: 'reported' }, tab)).toBe(true);
    expect(handled).toEqual(['ui:get-counts', 'content:counted']);
  });
});
