/**
 * Storage faults (issue 6): the database fails to open, the disk is full, an upgrade is blocked.
 * In each, pages must keep being checked (with defaults, or what could be read), the clinician's
 * changes must take effect, and the options page must be told. Runs the real store over Dexie on
 * fake-indexeddb, with the faults made at the IndexedDB level, and checks text with the real rules.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb, defineV1 } from '../../extension/background/db.js';
import { createStore, type StoreDeps } from '../../extension/background/settings-service.js';
import { sessionBackup, type SessionArea } from '../../extension/background/session-backup.js';
import { createChecker } from '../../engine/index.js';
import { withCustomPhrases } from '../../extension/background/custom-rules.js';
import type { ContentConfig, Settings } from '../../extension/protocol/settings-shapes.js';
import type { UiState } from '../../extension/protocol/messages.js';
import { realRuleset } from './real-ruleset.js';

const ruleset = realRuleset();
const RULES = { rules: ruleset.rules.map(({ id, title, lens }) => ({ id, title, lens })) };
const LETTER = 'Dear Mr Smith,\n\nYou failed to attend your appointment on Monday.\n\nYours sincerely,\nDr Jones';

/** What the content script would find with this config (the same checker and options it uses). */
function findings(config: ContentConfig, text = LETTER): string[] {
  if (!config.enabled) return [];
  const checker = createChecker(withCustomPhrases(ruleset, config.customPhrases), { cacheParagraphs: true });
  return checker.check(text, { audience: config.audience, disabledRules: config.disabledRules }).map((f) => f.ruleId);
}

const names: string[] = [];
const freshName = () => {
  const n = `faults-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};
const opened: Dexie[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) d.close();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** A store as the background makes it; `db` may be given a broken IndexedDB. */
function storeOver(db: ValuesLensDb, extra: Partial<StoreDeps> = {}) {
  opened.push(db);
  const store = createStore({ db, ruleset: RULES, readManaged: async () => undefined, ...extra });
  return {
    db,
    store,
    config: async (host = 'email.nhs.net') => (await store.handle({ type: 'content:get-config', host })).reply as ContentConfig,
    ui: async () => (await store.handle({ type: 'ui:get-state' })).reply as UiState,
    save: async (change: (s: Settings) => Settings) => {
      const s = ((await store.handle({ type: 'ui:get-state' })).reply as UiState).settings;
      return store.handle({ type: 'ui:save-settings', settings: change(s) });
    },
  };
}

/**
 * IndexedDB as a browser that refuses it (Firefox private windows in some versions, a damaged
 * profile): open() throws InvalidStateError until `works` is set.
 */
function refusingIndexedDb() {
  const state = { works: false, hang: false };
  const factory = new Proxy(indexedDB, {
    get(target, prop) {
      if (prop === 'open' && state.hang) return () => ({}); // a request that never succeeds or fails
      if (prop === 'open' && !state.works) {
        return () => {
          throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { state, db: (name: string) => new ValuesLensDb(name, { indexedDB: factory, IDBKeyRange }) };
}

/** Every row of every table, to prove nothing was written. */
async function dump(name: string): Promise<string> {
  const db = new ValuesLensDb(name);
  await db.open();
  const all = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()]));
  db.close();
  return JSON.stringify(all);
}

/** Storage as a full disk: every write to IndexedDB fails with the browser's QuotaExceededError. */
function fillTheDisk() {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return [vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full), vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full)];
}

/** storage.session as the test's own object, shared by "restarted" backgrounds. */
function fakeSession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => ({ [k]: structuredClone(data[k]) }),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (k) => void delete data[k],
  };
}

async function until(what: () => Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('when the database cannot be opened', () => {
  it('pages are still checked, with the default settings, and the options page is told why', async () => {
    const broken = refusingIndexedDb();
    const { config, ui } = storeOver(broken.db(freshName()));
    const c = await config();
    expect(c.enabled).toBe(true);
    expect(c.audience).toBe('patient');
    expect(c.disabledRules).toEqual([]);
    expect(findings(c)).toContain('failed-to-attend');
    const state = await ui();
    expect(state.storageProblem).toMatchObject({ kind: 'unavailable', unsavedChanges: false });
    expect(state.storageProblem!.detail).toMatch(/InvalidStateError/);
    expect(state.settings.lenses).toEqual({ candour: true, compassion: true, respect: true, clarity: true });
  });

  it("the organisation's managed policy still applies (it is not in the database)", async () => {
    const broken = refusingIndexedDb();
    const { config } = storeOver(broken.db(freshName()), {
      readManaged: async () => ({ defaultAudience: 'carer', disabledLenses: ['compassion'], allowedSites: ['nhs.net'] }),
    });
    const c = await config('email.nhs.net');
    expect(c.audience).toBe('carer');
    expect(findings(c)).not.toContain('failed-to-attend');
    expect((await config('example.com')).enabled).toBe(false);
  });

  it('a change takes effect at once, and is saved on top of the stored settings when the database works again', async () => {
    const name = freshName();
    // Settings saved before the fault: the fault must not lose them when it ends.
    const before = storeOver(new ValuesLensDb(name));
    await before.save((s) => ({ ...s, audience: 'carer' }));
    await before.store.handle({ type: 'ui:set-site', host: 'portal.example', enabled: false });
    before.db.close();

    const broken = refusingIndexedDb();
    const { store, config, ui, save } = storeOver(broken.db(name));
    expect((await save((s) => ({ ...s, lenses: { ...s.lenses, compassion: false } }))).reply).toBe(true);
    await store.handle({ type: 'ui:save-phrase', phrase: { phrase: 'hang in there', suggestion: 'we are here to help', lens: 'respect', explanation: 'Dismissive.' } });
    const during = await config();
    expect(findings(during)).not.toContain('failed-to-attend');
    expect(findings(during, 'Please hang in there.')).toContain('custom-hang-in-there');
    expect((await ui()).storageProblem).toMatchObject({ kind: 'unavailable', unsavedChanges: true });

    broken.state.works = true;
    expect((await ui()).storageProblem).toBeNull(); // the options page opening retries at once
    const after = storeOver(new ValuesLensDb(name));
    const saved = await after.ui();
    expect(saved.settings.audience).toBe('carer');
    expect(saved.settings.lenses.compassion).toBe(false);
    expect(saved.sites).toEqual({ 'portal.example': false });
    expect(saved.customPhrases).toMatchObject([{ phrase: 'hang in there', lens: 'respect' }]);
  });

  it('changes outlive a restarted background (storage.session), until storage works', async () => {
    const name = freshName();
    const session = fakeSession();
    const broken = refusingIndexedDb();
    const first = storeOver(broken.db(name), { backup: sessionBackup(session) });
    await first.save((s) => ({ ...s, lenses: { ...s.lenses, compassion: false } }));
    await first.store.handle({ type: 'content:ignore', host: 'email.nhs.net', key: 'denies#abc' });

    // Chrome stopped the service worker; a new one starts with a new store and the same session storage.
    const second = storeOver(broken.db(name), { backup: sessionBackup(session) });
    const c = await second.config();
    expect(findings(c)).not.toContain('failed-to-attend');
    expect(c.ignored).toEqual(['denies#abc']);

    broken.state.works = true;
    expect((await second.ui()).storageProblem).toBeNull();
    expect(Object.keys(session.data)).toEqual([]); // nothing left waiting once saved
    const stored = storeOver(new ValuesLensDb(name));
    expect((await stored.ui()).settings.lenses.compassion).toBe(false);
    expect((await stored.config()).ignored).toEqual(['denies#abc']);
  });

  it('a database left at a newer version (the extension was downgraded) is reported, and checking goes on', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1000);
      req.onsuccess = () => (req.result.close(), resolve());
      req.onerror = () => reject(req.error);
    });
    const { config, ui } = storeOver(new ValuesLensDb(name));
    expect(findings(await config())).toContain('failed-to-attend');
    expect((await ui()).storageProblem).toMatchObject({ kind: 'unavailable' });
  });

  it('an open that never finishes is given up after the time limit, and later messages do not wait again', async () => {
    const broken = refusingIndexedDb();
    broken.state.hang = true;
    const { config, ui } = storeOver(broken.db(freshName()), { openTimeoutMs: 300 });
    let t = Date.now();
    expect(findings(await config())).toContain('failed-to-attend');
    expect(Date.now() - t).toBeLessThan(2000);
    t = Date.now();
    expect((await ui()).storageProblem).toMatchObject({ kind: 'unavailable', detail: expect.stringMatching(/did not open/) });
    expect(Date.now() - t).toBeLessThan(250);
  });
});

describe('when the disk is full', () => {
  it('counting findings never breaks checking, and the saved settings still apply', async () => {
    const name = freshName();
    const { store, config, ui, save } = storeOver(new ValuesLensDb(name));
    await save((s) => ({ ...s, audience: 'carer', lenses: { ...s.lenses, clarity: false } }));
    fillTheDisk();
    const seen = await store.handle({ type: 'content:seen', ruleIds: ['failed-to-attend'] });
    expect(seen.reply).toBe(true);
    const c = await config();
    expect(c.audience).toBe('carer');
    expect(findings(c)).toContain('failed-to-attend');
    expect((await ui()).storageProblem).toMatchObject({ kind: 'quota', detail: expect.stringMatching(/QuotaExceededError/) });
  });

  it('a change takes effect in this session, and is saved once there is room again', async () => {
    const name = freshName();
    const { store, config, ui, save } = storeOver(new ValuesLensDb(name));
    await config(); // opened and read before the disk fills
    const full = fillTheDisk();
    await save((s) => ({ ...s, lenses: { ...s.lenses, compassion: false } }));
    await store.handle({ type: 'ui:set-site', host: 'portal.example', enabled: false });
    await store.handle({ type: 'content:ignore', host: 'email.nhs.net', key: 'denies#abc' });
    await store.handle({ type: 'content:seen', ruleIds: ['denies'] });
    const c = await config();
    expect(findings(c)).not.toContain('failed-to-attend');
    expect(c.ignored).toEqual(['denies#abc']);
    expect((await config('portal.example')).enabled).toBe(false);
    expect((await ui()).storageProblem).toMatchObject({ kind: 'quota', unsavedChanges: true });
    expect(await dump(name)).not.toMatch(/denies#abc|portal\.example/); // really not saved yet

    for (const spy of full) spy.mockRestore();
    expect((await ui()).storageProblem).toBeNull();
    const stored = await dump(name);
    expect(stored).toMatch(/denies#abc/);
    expect(stored).toMatch(/portal\.example/);
    expect(stored).toMatch(/"compassion":false/);
    expect(stored).toMatch(/"ruleId":"denies","count":1/);
  });
});

describe('when a schema upgrade is blocked by an older connection', () => {
  it('answers with defaults at once, says so, and saves changes on top of the upgraded data once the old connection closes', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    defineV1(v1);
    await v1.open();
    await v1.table('settings').put({ key: 'settings', value: { lenses: { candour: true, compassion: true, respect: true, clarity: true }, disabledRules: [], audience: 'carer', readingAgeTarget: 9, sites: { 'portal.example': false } } });
    v1.close();
    // An old copy of the extension (or a stuck tab) holds v1 open and ignores requests to close.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.onversionchange = () => {};

    const { config, ui, save } = storeOver(new ValuesLensDb(name), { openTimeoutMs: 3000 });
    const t = Date.now();
    const c = await config();
    expect(Date.now() - t).toBeLessThan(2000); // Dexie's "blocked" event answers before the time limit
    expect(c.audience).toBe('patient');
    expect(findings(c)).toContain('failed-to-attend');
    expect((await ui()).storageProblem).toMatchObject({ kind: 'blocked' });
    await save((s) => ({ ...s, lenses: { ...s.lenses, compassion: false } }));
    expect(findings(await config())).not.toContain('failed-to-attend');

    old.close();
    await until(async () => (await ui()).storageProblem === null);
    const state = await ui();
    expect(state.settings.audience).toBe('carer'); // the v1 data, upgraded
    expect(state.settings.readingAgeTarget).toBe(9);
    expect(state.settings.lenses.compassion).toBe(false); // the change made while blocked
    expect(state.sites).toEqual({ 'portal.example': false });
  });
});
