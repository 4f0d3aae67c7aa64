/**
 * The extension's database. It lives in the extension's origin (background and extension pages),
 * never in a web page's: content scripts reach it only through messages. It holds settings,
 * ignored findings (as hashed keys), custom phrases and counts per rule per day, and never the
 * text of a letter.
 *
 * Version history (each step must keep everything the last one held; tests/extension/db.test.ts
 * upgrades real v1 data):
 *   v1: settings (one row, key "settings", with a `sites` map host -> on/off inside), ignored,
 *       customPhrases, counts.
 *   v2: per-site switches move out of the settings row into their own `sites` table, so the popup
 *       can change one site without rewriting the settings (and two tabs cannot overwrite each other).
 */
import Dexie, { type Table } from 'dexie';
import type { CustomPhrase, Settings } from './settings.js';

export const DB_NAME = 'values-lens';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}
export interface IgnoredRow {
  id?: number;
  host: string;
  /** ignoreKey(ruleId, actual): rule id and a hash, no letter text. */
  key: string;
}
export interface SiteRow {
  host: string;
  enabled: boolean;
}
export interface CountRow {
  /** YYYY-MM-DD, local time. */
  day: string;
  ruleId: string;
  count: number;
}

export class ValuesLensDb extends Dexie {
  settings!: Table<SettingsRow, string>;
  ignored!: Table<IgnoredRow, number>;
  customPhrases!: Table<CustomPhrase, number>;
  counts!: Table<CountRow, [string, string]>;
  sites!: Table<SiteRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineV1(this);
    this.version(2)
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

export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
