/**
 * The extension's database. It lives in the extension's origin (background and extension pages),
 * never in a web page's: content scripts reach it only through messages. It holds settings,
 * ignored findings (as keyed hashes of the rule's own words, see ignore-key.ts), the secret those
 * are made with, custom phrases and counts per rule per day, and never the text of a letter.
 *
 * Version history (each step must keep everything the last one held; tests/extension/db.test.ts
 * upgrades real v1 data):
 *   v1: settings (one row, key "settings", with a `sites` map host -> on/off inside), ignored,
 *       customPhrases, counts.
 *   v2: per-site switches move out of the settings row into their own `sites` table, so the popup
 *       can change one site without rewriting the settings (and two tabs cannot overwrite each other).
 *   v3: a `secrets` table holds the per-install secret that ignore keys are made with
 *       (site-keys.ts). Ignored findings kept before it are dropped: they were unsalted hashes of
 *       the flagged words, which a list of names could reverse ("Mrs <Surname>"), and a hash
 *       cannot be turned back into words to key again. Those findings show again until ignored again.
 *   v4: an `actions` table counts what the clinician did with findings (fixed, ignored, reported as
 *       wrong) per rule per day, for the insights page: rule id, day, kind and a number, no text;
 *       and a `packs` table holds the rule packs the clinician imported on the options page, by name
 *       (one version of a pack at a time; importing it again replaces it). A pack is rules, not
 *       letter text: the file as readPack returned it. Nothing earlier changes.
 */
import Dexie, { type Table } from 'dexie';
import type { PackFile } from '../../engine/index.js';
import type { CustomPhrase, Settings } from '../protocol/settings-shapes.js';
import type { ActionKind } from '../protocol/messages.js';

export const DB_NAME = 'values-lens';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}
export interface IgnoredRow {
  id?: number;
  host: string;
  /** ignoreKey(): rule id and an HMAC of the rule's own words, no letter text (ignore-key.ts). */
  key: string;
}
export interface SiteRow {
  host: string;
  enabled: boolean;
}
export interface SecretRow {
  /** "ignore-keys": the secret ignore keys are made with (64 hex digits). */
  name: string;
  value: string;
}
export interface PackRow {
  /** The pack's name (kebab-case): one version of each pack at a time. */
  name: string;
  /** The pack as readPack returned it (the background reads every file with readPack before storing it). */
  pack: PackFile;
  /** When it was imported (ms since 1970), shown on the options page. */
  importedAt: number;
}
export interface CountRow {
  /** YYYY-MM-DD, local time. */
  day: string;
  ruleId: string;
  count: number;
}

export interface ActionCountRow {
  /** YYYY-MM-DD, local time. */
  day: string;
  ruleId: string;
  kind: ActionKind;
  count: number;
}

export class ValuesLensDb extends Dexie {
  settings!: Table<SettingsRow, string>;
  ignored!: Table<IgnoredRow, number>;
  customPhrases!: Table<CustomPhrase, number>;
  counts!: Table<CountRow, [string, string]>;
  sites!: Table<SiteRow, string>;
  secrets!: Table<SecretRow, string>;
  actions!: Table<ActionCountRow, [string, string, string]>;
  packs!: Table<PackRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineV1(this);
    defineV2(this);
    defineV3(this);
    this.version(4).stores({ actions: '[day+ruleId+kind], day', packs: 'name' });
  }
}

/** The first schema, kept verbatim: Dexie needs every earlier version to upgrade from it. */
export function defineV1(db: Dexie): void {
  db.version(1).stores({
    settings: 'key',
    ignored: '++id, host, &[host+key]',
    customPhrases: '++id, phrase',
    counts: '[day+ruleId], day',
  });
}

/** The second schema and its upgrade, kept verbatim (so tests can write real v2 data). */
export function defineV2(db: Dexie): void {
  db.version(2)
    .stores({ sites: 'host' })
    .upgrade(async (tx) => {
      const row = await tx.table('settings').get('settings');
      const sites = (row?.value?.sites ?? {}) as Record<string, boolean>;
      await tx.table('sites').bulkPut(Object.entries(sites).map(([host, enabled]) => ({ host, enabled: enabled !== false })));
      if (row) {
        const { sites: _moved, ...rest } = row.value;
        await tx.table('settings').put({ key: 'settings', value: rest });
      }
    });
}

/** The third schema and its upgrade, kept verbatim (so tests can write real v3 data). */
export function defineV3(db: Dexie): void {
  db.version(3)
    .stores({ secrets: 'name' })
    .upgrade((tx) => tx.table('ignored').clear());
}

export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
