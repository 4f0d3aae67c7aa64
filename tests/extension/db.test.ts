import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ValuesLensDb, defineV1 } from '../../extension/db.js';

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
  it('upgrades v1 data to v2 without losing any of it', async () => {
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
    expect(db.verno).toBe(2);
    expect(await db.sites.toArray()).toEqual([
      { host: 'email.nhs.net', enabled: false },
      { host: 'portal.example', enabled: true },
    ]);
    const settings = (await db.settings.get('settings'))!.value;
    expect(settings).toEqual({ lenses: { candour: true, compassion: false, respect: true, clarity: true }, disabledRules: ['nocte-mane'], audience: 'carer', readingAgeTarget: 9 });
    expect(await db.ignored.toArray()).toMatchObject([{ host: 'email.nhs.net', key: 'denies#1x2y' }]);
    expect(await db.customPhrases.toArray()).toMatchObject([{ phrase: 'hang in there', lens: 'compassion' }]);
    expect(await db.counts.get(['2026-11-01', 'denies'])).toMatchObject({ count: 3 });
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
});
