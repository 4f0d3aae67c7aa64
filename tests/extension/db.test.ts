import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb, defineV1, defineV2, defineV3 } from '../../extension/background/db.js';
import { readPack } from '../../engine/index.js';
import { PACK } from './pack-fixture.js';

const names: string[] = [];
const freshName = () => {
  const n = `vl-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('the database schema', () => {
  it('upgrades v1 data to the current version without losing any of it (but old ignore keys)', async () => {
    const name = freshName();
    // Write data exactly as version 1 of the extension stored it.
    const v1 = new Dexie(name);
    defineV1(v1);
    await v1.open();
    await v1.table('settings').put({
      key: 'settings',
      value: { lenses: { candour: true, compassion: false, respect: true, clarity: true }, disabledRules: ['nocte-mane'], audience: 'carer', readingAgeTarget: 9, sites: { 'email.nhs.net': false, 'portal.example': true } },
    });
    await v1.table('ignored').add({ host: 'email.nhs.net', key: 'denies#1x2y' });
    await v1.table('customPhrases').add({ phrase: 'hang in there', suggestion: 'we are here to help', lens: 'compassion', explanation: 'Dismissive.' });
    await v1.table('counts').put({ day: '2026-11-01', ruleId: 'denies', count: 3 });
    v1.close();

    const db = new ValuesLensDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.actions.count()).toBe(0); // v4: actions are counted from the upgrade on
    expect(await db.sites.toArray()).toEqual([
      { host: 'email.nhs.net', enabled: false },
      { host: 'portal.example', enabled: true },
    ]);
    const settings = (await db.settings.get('settings'))!.value;
    expect(settings).toEqual({ lenses: { candour: true, compassion: false, respect: true, clarity: true }, disabledRules: ['nocte-mane'], audience: 'carer', readingAgeTarget: 9 });
    // Old ignore keys are dropped on the way to v3 (see the next test); nothing else is lost.
    expect(await db.ignored.count()).toBe(0);
    expect(await db.customPhrases.toArray()).toMatchObject([{ phrase: 'hang in there', lens: 'compassion' }]);
    expect(await db.counts.get(['2026-11-01', 'denies'])).toMatchObject({ count: 3 });
    db.close();
  });

  it('upgrades v2 to v3 by dropping the old ignore keys (unsalted hashes a list of names could reverse), keeping everything else', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    defineV1(v2);
    defineV2(v2);
    await v2.open();
    const settings = { lenses: { candour: true, compassion: true, respect: true, clarity: true }, disabledRules: ['denies'], audience: 'patient', readingAgeTarget: 11 };
    await v2.table('settings').put({ key: 'settings', value: settings });
    await v2.table('sites').put({ host: 'portal.example', enabled: false });
    await v2.table('ignored').bulkAdd([{ host: 'email.nhs.net', key: 'third-person-name#1k2v9sq' }, { host: 'email.nhs.net', key: 'nocte-mane#abc' }]);
    await v2.table('customPhrases').add({ phrase: 'hang in there', suggestion: '', lens: 'compassion', explanation: '' });
    await v2.table('counts').put({ day: '2026-12-01', ruleId: 'denies', count: 2 });
    v2.close();

    const db = new ValuesLensDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.actions.count()).toBe(0); // v4: actions are counted from the upgrade on
    expect(await db.ignored.count()).toBe(0);
    expect(await db.secrets.count()).toBe(0); // made on first use, by the store
    expect((await db.settings.get('settings'))!.value).toEqual(settings);
    expect(await db.sites.toArray()).toEqual([{ host: 'portal.example', enabled: false }]);
    expect(await db.customPhrases.toArray()).toMatchObject([{ phrase: 'hang in there' }]);
    expect(await db.counts.get(['2026-12-01', 'denies'])).toMatchObject({ count: 2 });
    db.close();
  });

  it('upgrades an empty v1 database too', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    defineV1(v1);
    await v1.open();
    v1.close();
    const db = new ValuesLensDb(name);
    await db.open();
    expect(await db.sites.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('upgrades v3 to v4 (a packs table for imported rule packs) keeping everything, ignore keys and secret included', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    defineV1(v3);
    defineV2(v3);
    defineV3(v3);
    await v3.open();
    const settings = { lenses: { candour: true, compassion: true, respect: false, clarity: true }, disabledRules: ['denies'], audience: 'carer', readingAgeTarget: 10 };
    await v3.table('settings').put({ key: 'settings', value: settings });
    await v3.table('sites').put({ host: 'portal.example', enabled: false });
    await v3.table('ignored').add({ host: 'email.nhs.net', key: 'nocte-mane#0123456789abcdef' });
    await v3.table('secrets').put({ name: 'ignore-keys', value: 'ab'.repeat(32) });
    await v3.table('customPhrases').add({ phrase: 'hang in there', suggestion: '', lens: 'compassion', explanation: '' });
    await v3.table('counts').put({ day: '2026-12-03', ruleId: 'denies', count: 5 });
    v3.close();

    const db = new ValuesLensDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.settings.get('settings'))!.value).toEqual(settings);
    expect(await db.sites.toArray()).toEqual([{ host: 'portal.example', enabled: false }]);
    expect(await db.ignored.toArray()).toMatchObject([{ host: 'email.nhs.net', key: 'nocte-mane#0123456789abcdef' }]);
    expect(await db.secrets.get('ignore-keys')).toEqual({ name: 'ignore-keys', value: 'ab'.repeat(32) });
    expect(await db.customPhrases.toArray()).toMatchObject([{ phrase: 'hang in there' }]);
    expect(await db.counts.get(['2026-12-03', 'denies'])).toMatchObject({ count: 5 });
    // The new table is there, empty, and holds a pack by its name.
    expect(await db.packs.count()).toBe(0);
    const pack = readPack(PACK);
    await db.packs.put({ name: pack.name, pack, importedAt: 1 });
    expect((await db.packs.get(pack.name))!.pack).toEqual(pack);
    db.close();
  });
});
