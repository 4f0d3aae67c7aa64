/**
 * Every change the store makes, as a list it can apply twice over: to what it read (so the change
 * takes effect at once, even when it cannot be saved) and to the database (saving it). While
 * storage works the list is written and emptied within the same message. During a storage fault
 * it stays here, and in a backup (storage.session) that outlives the service worker but not the
 * browser, until a write succeeds. Nothing in it is letter text: settings, host names, the
 * organisation's phrases, ignore keys (keyed hashes of rules' own words), counts and, once, the
 * per-install secret for ignore keys (storage.session is not readable by web pages).
 */
import type { PackFile } from '../../engine/index.js';
import type { ValuesLensDb } from './db.js';
import { normaliseSettings, withPolicyDefaults } from './settings.js';
import type { CustomPhrase, Settings } from '../protocol/settings-shapes.js';
import { applySettingsPatch, type SettingsPatch } from './settings-patch.js';
import type { ManagedPolicy } from './policy.js';
import { isSecret } from './site-keys.js';
import type { ActionKind, CountEntry } from '../protocol/messages.js';

const SECRET_NAME = 'ignore-keys';

export type Change =
  | { type: 'settings'; patch: SettingsPatch }
  | { type: 'site'; host: string; enabled: boolean }
  /** id: a stored phrase's, or a temporary negative one for a phrase not yet saved. */
  | { type: 'put-phrase'; phrase: CustomPhrase & { id: number } }
  | { type: 'delete-phrase'; id: number }
  | { type: 'ignore'; host: string; key: string }
  /** The per-install secret for ignore keys, made on first use (kept only if none is stored yet). */
  | { type: 'secret'; value: string }
  /** "Forget all counts" on the insights page: findings shown and actions taken, every day. */
  | { type: 'forget-counts' }
  /** A rule pack the clinician imported (already read with readPack); replaces one of the same name. */
  | { type: 'put-pack'; pack: PackFile; at: number }
  | { type: 'delete-pack'; name: string }
  /** An import replaces settings, sites and phrases as a whole (phrases carry temporary ids). */
  | { type: 'import'; settings: Settings; sites: Record<string, boolean>; phrases: Array<CustomPhrase & { id: number }> };

/** What the store reads: from the database, or empty (so defaults) when it cannot be read. */
export interface Snapshot {
  /** The stored settings row; undefined means "not chosen yet", so the policy's defaults apply. */
  settings: Settings | undefined;
  sites: Record<string, boolean>;
  phrases: CustomPhrase[];
  ignored: Array<{ host: string; key: string }>;
  /** The secret ignore keys are made with (site-keys.ts); undefined until first made. */
  secret: string | undefined;
  /** Rule packs the clinician imported, by name (the policy's are not stored). */
  packs: Array<{ pack: PackFile; importedAt: number }>;
}

export const EMPTY_SNAPSHOT: Snapshot = { settings: undefined, sites: {}, phrases: [], ignored: [], secret: undefined, packs: [] };

/** The snapshot as it is after `c` (pure). */
export function applyToSnapshot(s: Snapshot, c: Change, policy: ManagedPolicy | null): Snapshot {
  switch (c.type) {
    case 'settings':
      return { ...s, settings: applySettingsPatch(withPolicyDefaults(s.settings, policy), c.patch) };
    case 'site':
      return { ...s, sites: { ...s.sites, [c.host]: c.enabled } };
    case 'put-phrase': {
      const exists = s.phrases.some((p) => p.id === c.phrase.id);
      return { ...s, phrases: exists ? s.phrases.map((p) => (p.id === c.phrase.id ? c.phrase : p)) : [...s.phrases, c.phrase] };
    }
    case 'delete-phrase':
      return { ...s, phrases: s.phrases.filter((p) => p.id !== c.id) };
    case 'ignore':
      return s.ignored.some((i) => i.host === c.host && i.key === c.key) ? s : { ...s, ignored: [...s.ignored, { host: c.host, key: c.key }] };
    case 'secret':
      return s.secret ? s : { ...s, secret: c.value };
    case 'put-pack':
      return { ...s, packs: [...s.packs.filter((p) => p.pack.name !== c.pack.name), { pack: c.pack, importedAt: c.at }] };
    case 'delete-pack':
      return { ...s, packs: s.packs.filter((p) => p.pack.name !== c.name) };
    case 'import':
      return { ...s, settings: c.settings, sites: { ...c.sites }, phrases: c.phrases };
    case 'forget-counts':
      return s; // counts are not part of the snapshot
  }
}

/** A day's count for one rule, added to what is stored: findings shown, or (with `kind`) actions taken. */
export type CountDelta = { day: string; ruleId: string; n: number; kind?: ActionKind };

/**
 * Saves changes and counts in one transaction: all of them or none, so a failure (a full disk)
 * leaves the list to try again as it was. `savedIds` maps temporary phrase ids to stored ones, so
 * a later delete of a phrase added during the fault removes the right row.
 */
export async function applyToDb(
  db: ValuesLensDb,
  changes: Change[],
  counts: CountDelta[],
  policy: ManagedPolicy | null,
  savedIds: Map<number, number>,
): Promise<void> {
  const ids = new Map(savedIds);
  const stored = (id: number) => (id < 0 ? ids.get(id) : id);
  await db.transaction('rw', [db.settings, db.sites, db.customPhrases, db.ignored, db.counts, db.secrets, db.actions, db.packs], async () => {
    for (const c of changes) {
      switch (c.type) {
        case 'settings': {
          const row = await db.settings.get('settings');
          const current = withPolicyDefaults(row ? normaliseSettings(row.value) : undefined, policy);
          await db.settings.put({ key: 'settings', value: applySettingsPatch(current, c.patch) });
          break;
        }
        case 'site':
          await db.sites.put({ host: c.host, enabled: c.enabled });
          break;
        case 'put-phrase': {
          const { id, ...phrase } = c.phrase;
          const existing = stored(id);
          if (existing !== undefined) await db.customPhrases.put({ ...phrase, id: existing });
          else ids.set(id, await db.customPhrases.add(phrase));
          break;
        }
        case 'delete-phrase': {
          const id = stored(c.id);
          if (id !== undefined) await db.customPhrases.delete(id);
          break;
        }
        case 'ignore':
          // [host+key] is unique: adding it twice would fail the whole transaction.
          if (!(await db.ignored.where('[host+key]').equals([c.host, c.key]).first())) await db.ignored.add({ host: c.host, key: c.key });
          break;
        case 'secret':
          // A secret made while the database could not be read must not replace the one it holds.
          if (!(await db.secrets.get(SECRET_NAME))) await db.secrets.put({ name: SECRET_NAME, value: c.value });
          break;
        case 'put-pack':
          await db.packs.put({ name: c.pack.name, pack: c.pack, importedAt: c.at });
          break;
        case 'delete-pack':
          await db.packs.delete(c.name);
          break;
        case 'import':
          await db.settings.put({ key: 'settings', value: c.settings });
          await db.sites.clear();
          await db.sites.bulkPut(Object.entries(c.sites).map(([host, enabled]) => ({ host, enabled })));
          await db.customPhrases.clear();
          for (const { id, ...phrase } of c.phrases) ids.set(id, await db.customPhrases.add(phrase));
          break;
        case 'forget-counts':
          await db.counts.clear();
          await db.actions.clear();
          break;
      }
    }
    for (const { day, ruleId, n, kind } of counts) {
      if (kind) {
        const row = await db.actions.get([day, ruleId, kind]);
        await db.actions.put({ day, ruleId, kind, count: (row?.count ?? 0) + n });
      } else {
        const row = await db.counts.get([day, ruleId]);
        await db.counts.put({ day, ruleId, count: (row?.count ?? 0) + n });
      }
    }
  });
  for (const [temp, id] of ids) savedIds.set(temp, id);
}

/** Reads everything a message needs (ignored findings for one host only). */
export async function readSnapshot(db: ValuesLensDb, host?: string): Promise<Snapshot> {
  return db.transaction('r', [db.settings, db.sites, db.customPhrases, db.ignored, db.secrets, db.packs], async () => {
    const row = await db.settings.get('settings');
    const secret = (await db.secrets.get(SECRET_NAME))?.value;
    return {
      // Normalised: a row written by an older version may lack a field or hold a value since removed.
      settings: row ? normaliseSettings(row.value) : undefined,
      sites: Object.fromEntries((await db.sites.toArray()).map((s) => [s.host, s.enabled])),
      phrases: await db.customPhrases.toArray(),
      ignored: host === undefined ? [] : (await db.ignored.where('host').equals(host).toArray()).map(({ host: h, key }) => ({ host: h, key })),
      secret: isSecret(secret) ? secret : undefined,
      packs: (await db.packs.toArray()).map((r) => ({ pack: r.pack, importedAt: r.importedAt })),
    };
  });
}

/** Every stored count, findings shown and actions taken alike, for the insights page. */
export async function readCounts(db: ValuesLensDb): Promise<CountEntry[]> {
  return db.transaction('r', [db.counts, db.actions], async () => [
    ...(await db.counts.toArray()).map(({ day, ruleId, count }) => ({ day, ruleId, kind: 'seen' as const, count })),
    ...(await db.actions.toArray()).map(({ day, ruleId, kind, count }) => ({ day, ruleId, kind, count })),
  ]);
}
