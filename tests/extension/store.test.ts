import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb } from '../../extension/background/db.js';
import { createStore, type Store } from '../../extension/background/settings-service.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import type { UiState } from '../../extension/protocol/messages.js';

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

  it('is ignored as a whole, with a warning, when a value is invalid', async () => {
    managed = { defaultAudience: 'everyone', allowedSites: ['nhs.net'] };
    const state = await ui();
    expect(state.policyWarnings[0]).toMatch(/ignored/);
    expect(state.policyWarnings.join(' ')).toMatch(/defaultAudience/);
    expect(state.allowedSites).toBeNull();
    expect((await config('example.com')).enabled).toBe(true);
  });
});
