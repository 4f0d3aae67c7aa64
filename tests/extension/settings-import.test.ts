/**
 * Importing settings (issue 6): a file that is wrong in any way is refused with an error naming
 * what is wrong, and the database is left exactly as it was; our own exports, and exports from
 * earlier versions, import.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb } from '../../extension/background/db.js';
import { createStore, type Store } from '../../extension/background/settings-service.js';
import type { ImportResult, UiState } from '../../extension/protocol/messages.js';
import { realRuleset } from './real-ruleset.js';

const RULES = { rules: realRuleset().rules.map(({ id, title, lens }) => ({ id, title, lens })) };

let db: ValuesLensDb;
let store: Store;
const others: ValuesLensDb[] = [];
beforeEach(async () => {
  db = new ValuesLensDb(`import-${Math.random().toString(36).slice(2)}`);
  store = createStore({ db, ruleset: RULES, readManaged: async () => undefined });
  // Something to lose: settings, a site switch, a phrase, an ignored finding and a count.
  const s = ((await store.handle({ type: 'ui:get-state' })).reply as UiState).settings;
  await store.handle({ type: 'ui:save-settings', settings: { ...s, audience: 'carer', readingAgeTarget: 9, disabledRules: ['nocte-mane'] } });
  await store.handle({ type: 'ui:set-site', host: 'portal.example', enabled: false });
  await store.handle({ type: 'ui:save-phrase', phrase: { phrase: 'hang in there', suggestion: 'we are here to help', lens: 'compassion', explanation: 'Dismissive.' } });
  await store.handle({ type: 'content:ignore', host: 'email.nhs.net', key: 'denies#abc' });
  await store.handle({ type: 'content:seen', ruleIds: ['denies'] });
});
afterEach(async () => {
  for (const d of [db, ...others.splice(0)]) {
    d.close();
    await Dexie.delete(d.name);
  }
});

const importJson = async (json: string, into = store) => (await into.handle({ type: 'ui:import', json })).reply as ImportResult;
const exportJson = async (from = store) => (await from.handle({ type: 'ui:export' })).reply as string;
/** Every row of every table. */
const dump = async () => JSON.stringify(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

const valid = {
  format: 'values-lens-settings',
  version: 1,
  settings: { lenses: { candour: true, compassion: true, respect: true, clarity: false }, disabledRules: [], audience: 'parent', readingAgeTarget: 12 },
  sites: { 'email.nhs.net': true },
  customPhrases: [{ phrase: 'at the end of the day', suggestion: '', lens: 'clarity', explanation: 'Filler.' }],
};
/** The cases write deliberately wrong values anywhere in the file: no type would allow them all. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyJson = Record<string, any>;
const withChange = (f: (v: AnyJson) => void) => {
  const v = structuredClone(valid) as AnyJson;
  f(v);
  return JSON.stringify(v);
};

describe('a file that cannot be imported', () => {
  it.each([
    ['is not JSON', '{"format": "values-lens-settings", ', /not valid JSON/],
    ['is some other JSON', '{"hello": 1}', /not a Values Lens settings export/],
    ['has an unknown top-level field', withChange((v) => (v.colour = 'blue')), /unknown field "colour"/],
    ['has a misspelt settings field', withChange((v) => (v.settings.disabledRule = ['denies'])), /settings has an unknown field "disabledRule"/],
    ['has an unknown lens', withChange((v) => (v.settings.lenses.kindness = true)), /unknown lens "kindness"/],
    ['has a lens switch that is not true or false', withChange((v) => (v.settings.lenses.clarity = 'off')), /settings\.lenses\.clarity must be true or false/],
    ['has an audience that does not exist', withChange((v) => (v.settings.audience = 'martian')), /settings\.audience must be one of/],
    ['has a reading age out of range', withChange((v) => (v.settings.readingAgeTarget = 400)), /settings\.readingAgeTarget/],
    ['has a site that is not on or off', withChange((v) => (v.sites['portal.example'] = 'no')), /sites\["portal\.example"\] must be true or false/],
    ['has a phrase the checker cannot read', withChange((v) => (v.customPhrases[0].phrase = 'hang {in there')), /customPhrases\[0\]\.phrase cannot be used: .*unclosed/],
    ['has a phrase with an unknown field', withChange((v) => (v.customPhrases[0].colour = 'red')), /customPhrases\[0\] has an unknown field "colour"/],
    ['has a phrase with an unknown lens', withChange((v) => (v.customPhrases[0].lens = 'kindness')), /customPhrases\[0\]\.lens must be one of/],
    ['comes from a newer version', withChange((v) => (v.version = 2)), /newer version of Values Lens/],
  ])('%s: refused, saying why, and nothing is changed', async (_what, json, message) => {
    const before = await dump();
    const r = await importJson(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
    expect(!r.ok && r.error).toMatch(/^Nothing was imported/);
    expect(await dump()).toBe(before);
    expect(((await store.handle({ type: 'ui:get-state' })).reply as UiState).settings.audience).toBe('carer');
  });

  it('names every problem at once, so the file can be fixed in one go', async () => {
    const r = await importJson(withChange((v) => {
      v.colour = 'blue';
      v.settings.lenses.kindness = true;
      v.sites['portal.example'] = 1;
    }));
    expect(!r.ok && r.error).toMatch(/"colour".*"kindness".*portal\.example/);
  });
});

describe('files that import', () => {
  it('our own export imports into an empty profile exactly, and exports the same again', async () => {
    const exported = await exportJson();
    const other = new ValuesLensDb(`import-other-${Math.random().toString(36).slice(2)}`);
    others.push(other);
    const target = createStore({ db: other, ruleset: RULES, readManaged: async () => undefined });
    expect(await importJson(exported, target)).toEqual({ ok: true });
    expect(await exportJson(target)).toBe(exported);
    const state = (await target.handle({ type: 'ui:get-state' })).reply as UiState;
    expect(state.settings).toMatchObject({ audience: 'carer', readingAgeTarget: 9, disabledRules: ['nocte-mane'] });
    expect(state.sites).toEqual({ 'portal.example': false });
    expect(state.customPhrases).toMatchObject([{ phrase: 'hang in there', lens: 'compassion' }]);
  });

  it('an export from the version before this one imports unchanged, replacing settings, sites and phrases', async () => {
    // Written by the extension before imports were strict (format version 1).
    const previous = `{
  "format": "values-lens-settings",
  "version": 1,
  "settings": {
    "lenses": { "candour": true, "compassion": false, "respect": true, "clarity": true },
    "disabledRules": ["denies", "custom-hang-in-there"],
    "audience": "clinician",
    "readingAgeTarget": 14
  },
  "sites": { "email.nhs.net": false },
  "customPhrases": [
    { "phrase": "{touch|reach} base", "suggestion": "talk", "lens": "clarity", "explanation": "Jargon." }
  ]
}`;
    expect(await importJson(previous)).toEqual({ ok: true });
    const state = (await store.handle({ type: 'ui:get-state' })).reply as UiState;
    expect(state.settings).toEqual({
      lenses: { candour: true, compassion: false, respect: true, clarity: true },
      disabledRules: ['denies', 'custom-hang-in-there'],
      audience: 'clinician',
      readingAgeTarget: 14,
      severityThreshold: 'advice', // not in files from before it existed: the default
    });
    expect(state.sites).toEqual({ 'email.nhs.net': false });
    expect(state.customPhrases).toMatchObject([{ phrase: '{touch|reach} base', lens: 'clarity' }]);
  });

  it('a phrase with no suggestion or explanation imports with both empty, as the options page would save it', async () => {
    const r = await importJson(withChange((v) => {
      delete v.customPhrases[0].suggestion;
      delete v.customPhrases[0].explanation;
    }));
    expect(r).toEqual({ ok: true });
    const state = (await store.handle({ type: 'ui:get-state' })).reply as UiState;
    expect(state.customPhrases).toMatchObject([{ phrase: 'at the end of the day', suggestion: '', lens: 'clarity', explanation: '' }]);
  });

  it('per-site switches kept inside the settings (database v1 layout) import as sites', async () => {
    const r = await importJson(withChange((v) => {
      delete v.sites;
      v.settings.sites = { 'legacy.example': false };
    }));
    expect(r).toEqual({ ok: true });
    const state = (await store.handle({ type: 'ui:get-state' })).reply as UiState;
    expect(state.sites).toEqual({ 'legacy.example': false });
    expect(state.settings).not.toHaveProperty('sites');
  });
});
