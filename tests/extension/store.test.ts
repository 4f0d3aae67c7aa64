import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb } from '../../extension/background/db.js';
import { createStore, type Store } from '../../extension/background/settings-service.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import type { PackImportResult, PackRuleView, UiState } from '../../extension/protocol/messages.js';
import { readPack } from '../../engine/index.js';
import { PACK, PACK_TEXT } from './pack-fixture.js';

const RULES = {
  rules: [
    { id: 'failed-to-attend', title: 'Failed to attend', lens: 'compassion' as const },
    { id: 'nocte-mane', title: 'Latin times of day', lens: 'clarity' as const },
    { id: 'apology-missing', title: 'Apology', lens: 'candour' as const },
  ],
};

let db: ValuesLensDb;
let managed: unknown;
let store: Store;
beforeEach(async () => {
  db = new ValuesLensDb(`store-${Math.random().toString(36).slice(2)}`);
  managed = undefined;
  store = createStore({ db, ruleset: RULES, readManaged: async () => managed });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const config = async (host = 'email.nhs.net') => (await store.handle({ type: 'content:get-config', host })).reply as ContentConfig;
const ui = async () => (await store.handle({ type: 'ui:get-state' })).reply as UiState;

describe('settings the clinician changes', () => {
  it('the severity threshold starts at "show everything", and a change reaches every site\'s config and lasts', async () => {
    expect((await ui()).settings.severityThreshold).toBe('advice');
    expect((await config()).severityThreshold).toBe('advice');
    const r = await store.handle({ type: 'ui:save-settings', settings: { ...(await ui()).settings, severityThreshold: 'warning' } });
    expect(r.changed).toBe(true);
    expect((await config()).severityThreshold).toBe('warning');
    expect((await config('portal.example')).severityThreshold).toBe('warning');
    const again = createStore({ db, ruleset: RULES, readManaged: async () => undefined });
    expect(((await again.handle({ type: 'ui:get-state' })).reply as UiState).settings.severityThreshold).toBe('warning');
  });

  it('a rule turned off from the card stays off, and tells the tabs', async () => {
    const r = await store.handle({ type: 'content:disable-rule', ruleId: 'nocte-mane' });
    expect(r.changed).toBe(true);
    expect((await config()).disabledRules).toEqual(['nocte-mane']);
    // A second store over the same database (the service worker restarted) still has it.
    const again = createStore({ db, ruleset: RULES, readManaged: async () => undefined });
    expect(((await again.handle({ type: 'content:get-config', host: 'x.org' })).reply as ContentConfig).disabledRules).toEqual(['nocte-mane']);
  });

  it('a lens turned off switches off all its rules', async () => {
    const s = (await ui()).settings;
    await store.handle({ type: 'ui:save-settings', settings: { ...s, lenses: { ...s.lenses, clarity: false } } });
    expect((await config()).disabledRules).toEqual(['nocte-mane']);
  });

  it('ignored findings and site switches are per site', async () => {
    await store.handle({ type: 'content:ignore', host: 'email.nhs.net', key: 'denies#abc' });
    await store.handle({ type: 'ui:set-site', host: 'portal.example', enabled: false });
    expect((await config('email.nhs.net')).ignored).toEqual(['denies#abc']);
    expect((await config('email.nhs.net')).enabled).toBe(true);
    expect((await config('portal.example')).ignored).toEqual([]);
    expect((await config('portal.example')).enabled).toBe(false);
  });

  it('counts findings per rule per day, and nothing else', async () => {
    await store.handle({ type: 'content:seen', ruleIds: ['denies', 'denies', 'nocte-mane'] });
    const rows = await db.counts.toArray();
    expect(rows.map((r) => [r.ruleId, r.count]).sort()).toEqual([['denies', 2], ['nocte-mane', 1]]);
    expect(Object.keys(rows[0]).sort()).toEqual(['count', 'day', 'ruleId']);
  });

  it('custom phrases reach the content script; a malformed one is refused', async () => {
    expect((await store.handle({ type: 'ui:save-phrase', phrase: { phrase: 'hang in there', suggestion: 'we are here', lens: 'compassion', explanation: 'x' } })).reply).toEqual({ ok: true });
    expect((await store.handle({ type: 'ui:save-phrase', phrase: { phrase: ' ', suggestion: '', lens: 'compassion', explanation: '' } })).reply).toMatchObject({ ok: false });
    expect((await config()).customPhrases).toMatchObject([{ phrase: 'hang in there' }]);
  });

  it('exports settings as JSON and imports them back into an empty profile', async () => {
    const s = (await ui()).settings;
    await store.handle({ type: 'ui:save-settings', settings: { ...s, audience: 'carer', disabledRules: ['nocte-mane'] } });
    await store.handle({ type: 'ui:set-site', host: 'portal.example', enabled: false });
    await store.handle({ type: 'ui:save-phrase', phrase: { phrase: 'hang in there', suggestion: 'we are here', lens: 'compassion', explanation: 'x' } });
    const json = (await store.handle({ type: 'ui:export' })).reply as string;

    const other = new ValuesLensDb(`import-${Math.random().toString(36).slice(2)}`);
    const target = createStore({ db: other, ruleset: RULES, readManaged: async () => undefined });
    expect((await target.handle({ type: 'ui:import', json })).reply).toEqual({ ok: true });
    const state = (await target.handle({ type: 'ui:get-state' })).reply as UiState;
    expect(state.settings.audience).toBe('carer');
    expect(state.settings.disabledRules).toEqual(['nocte-mane']);
    expect(state.sites).toEqual({ 'portal.example': false });
    expect(state.customPhrases).toMatchObject([{ phrase: 'hang in there' }]);
    other.close();
    await Dexie.delete(other.name);
  });

  it('refuses an import that is not a settings export, changing nothing', async () => {
    expect((await store.handle({ type: 'ui:import', json: '{"hello":1}' })).reply).toMatchObject({ ok: false });
    expect((await store.handle({ type: 'ui:import', json: 'not json' })).reply).toMatchObject({ ok: false });
    expect((await ui()).settings.audience).toBe('patient');
  });
});

describe('the managed policy', () => {
  it('sets defaults, keeps locked rules on and limits the sites', async () => {
    managed = { defaultAudience: 'carer', lockedRules: ['nocte-mane'], allowedSites: ['nhs.net'] };
    await store.handle({ type: 'content:disable-rule', ruleId: 'nocte-mane' });
    const c = await config('email.nhs.net');
    expect(c.audience).toBe('carer');
    expect(c.disabledRules).not.toContain('nocte-mane');
    expect(c.enabled).toBe(true);
    expect((await config('example.com')).enabled).toBe(false);
    expect((await ui()).lockedRules).toEqual(['nocte-mane']);
  });

  it('ignores only an invalid value, with a warning naming it; the valid ones apply', async () => {
    managed = { defaultAudience: 'everyone', allowedSites: ['nhs.net'] };
    const state = await ui();
    expect(state.policyWarnings).toEqual([expect.stringMatching(/^defaultAudience \("everyone"\) was ignored/)]);
    expect(state.allowedSites).toEqual(['nhs.net']);
    expect(state.policy).toMatchObject({ allowedSites: ['nhs.net'] });
    expect((await config('example.com')).enabled).toBe(false);
    expect((await config('email.nhs.net')).audience).toBe('patient');
  });

  it('locks lenses: the options page cannot turn one off, and its rules keep running', async () => {
    managed = { lockedLenses: ['clarity'] };
    const s = (await ui()).settings;
    const r = await store.handle({ type: 'ui:save-settings', settings: { ...s, lenses: { ...s.lenses, clarity: false } } });
    expect(r.changed).toBe(false);
    expect((await ui()).settings.lenses.clarity).toBe(true);
    expect((await config()).disabledRules).not.toContain('nocte-mane');
    expect((await ui()).policy?.lockedLenses).toEqual(['clarity']);
  });
});

describe('rule packs', () => {
  const importPack = async (json: string) => (await store.handle({ type: 'ui:import-pack', json })).reply as PackImportResult;

  it('an imported pack is stored, listed and sent to every site; removing it takes it away', async () => {
    const r = await importPack(PACK_TEXT);
    expect(r).toEqual({ ok: true, message: 'Imported example-trust-services 1.0.0 from Example NHS Foundation Trust (a made-up trust) (1 rule).' });
    expect((await config()).packs).toEqual([readPack(PACK)]);
    expect((await ui()).packs).toMatchObject([{ name: 'example-trust-services', version: '1.0.0', rules: 1, managed: false }]);
    expect((await ui()).packs[0].ruleList).toEqual([{ id: 'example-trust-services/iapt-renamed', title: 'IAPT is now NHS Talking Therapies', lens: 'clarity' }]);
    // Kept in the database: a restarted background still has it.
    const again = createStore({ db, ruleset: RULES, readManaged: async () => undefined });
    expect(((await again.handle({ type: 'content:get-config', host: 'x.org' })).reply as ContentConfig).packs?.map((p) => p.name)).toEqual(['example-trust-services']);
    const removed = await store.handle({ type: 'ui:remove-pack', name: 'example-trust-services' });
    expect(removed.changed).toBe(true);
    expect((await config()).packs).toBeUndefined();
    expect((await ui()).packs).toEqual([]);
  });

  it('importing a newer version replaces the older one', async () => {
    await importPack(PACK_TEXT);
    const r = await importPack(JSON.stringify({ ...PACK, version: '1.1.0' }));
    expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/^Replaced example-trust-services 1.0.0 with 1.1.0/) });
    expect((await ui()).packs.map((p) => p.version)).toEqual(['1.1.0']);
  });

  it('a bad file is refused with the pack\'s own problems, and nothing is stored', async () => {
    const r = await importPack(JSON.stringify({ ...PACK, version: '1.0', rules: [{ ...(PACK.rules as object[])[0], lens: 'kindness' }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'version "1.0" is not a semantic version (such as 1.0.0 or 2.1.0-beta.1)',
      'rules[0].lens must be one of: candour, compassion, respect, clarity',
    ]);
    expect(r.error).toBe('That file was not imported: 2 problems.');
    expect(await importPack('{ not json')).toMatchObject({ ok: false, error: expect.stringMatching(/^That file was not imported: the file is not JSON/) });
    expect(await db.packs.count()).toBe(0);
  });

  it('a pack the policy pushes is managed: listed first, not importable over, and its copy is the one used', async () => {
    await importPack(JSON.stringify({ ...PACK, version: '0.9.0' }));
    managed = { packs: [PACK] };
    expect((await ui()).packs).toMatchObject([
      { name: 'example-trust-services', version: '1.0.0', managed: true },
      { name: 'example-trust-services', version: '0.9.0', managed: false, replacedByPolicy: true },
    ]);
    expect((await config()).packs?.map((p) => p.version)).toEqual(['1.0.0']);
    expect(await importPack(PACK_TEXT)).toMatchObject({ ok: false, error: expect.stringMatching(/your organisation already provides the pack "example-trust-services"/) });
    // Removing it removes only the clinician's copy: the policy's stays.
    await store.handle({ type: 'ui:remove-pack', name: 'example-trust-services' });
    expect((await ui()).packs).toMatchObject([{ managed: true }]);
    expect((await config()).packs?.map((p) => p.version)).toEqual(['1.0.0']);
  });

  it('at most 10 packs in all, the policy\'s counted', async () => {
    managed = { packs: Array.from({ length: 9 }, (_, i) => ({ ...PACK, name: `policy-${i}` })) };
    expect((await importPack(PACK_TEXT)).ok).toBe(true);
    expect(await importPack(JSON.stringify({ ...PACK, name: 'one-more' }))).toMatchObject({ ok: false, error: expect.stringMatching(/at most 10 packs/) });
  });

  it('serves the pack files in force for the options search: the policy\'s copy of a pack, not the clinician\'s', async () => {
    const packs = async () => (await store.handle({ type: 'ui:get-packs' })).reply as Array<{ name: string; version: string }>;
    expect(await packs()).toEqual([]);
    await importPack(JSON.stringify({ ...PACK, version: '0.9.0' }));
    expect((await packs()).map((p) => p.version)).toEqual(['0.9.0']);
    managed = { packs: [PACK] };
    expect((await packs()).map((p) => `${p.name} ${p.version}`)).toEqual(['example-trust-services 1.0.0']);
  });

  it('serves a pack rule for why.html: its explanation and sources, from the pack in force', async () => {
    await importPack(PACK_TEXT);
    const view = (await store.handle({ type: 'ui:get-pack-rule', id: 'example-trust-services/iapt-renamed' })).reply as PackRuleView;
    expect(view?.managed).toBe(false);
    expect(view?.pack).toMatchObject({ name: 'example-trust-services', organisation: 'Example NHS Foundation Trust (a made-up trust)' });
    expect(view?.rule.explanation).toContainEqual({ type: 'heading', text: 'Why' });
    expect(view?.rule.sources[0].url).toMatch(/^https:/);
    expect((await store.handle({ type: 'ui:get-pack-rule', id: 'example-trust-services/no-such-rule' })).reply).toBeNull();
  });
});
