/**
 * The background's answers to every message, over the Dexie database and the managed policy. Plain
 * functions of (db, policy reader) so unit tests run them with fake-indexeddb and WXT's fake browser.
 */
import { today, type ValuesLensDb } from './db.js';
import type { ImportResult, ToBackground, UiState } from './messages.js';
import { readPolicy, type PolicyResult } from './policy.js';
import { contentConfig, normaliseSettings, withPolicyDefaults, type ContentConfig, type CustomPhrase, type RuleList, type Settings } from './settings.js';
import { LENSES, type Lens } from '../engine/index.js';

export interface StoreDeps {
  db: ValuesLensDb;
  ruleset: RuleList;
  /** Reads the managed policy (storage.managed); resolves undefined where there is none. */
  readManaged: () => Promise<unknown>;
}

export function createStore({ db, ruleset, readManaged }: StoreDeps) {
  async function policy(): Promise<PolicyResult> {
    let raw: unknown;
    try {
      raw = await readManaged();
    } catch {
      raw = undefined; // no managed storage on this browser or profile
    }
    return readPolicy(raw);
  }

  async function settings(p: PolicyResult): Promise<Settings> {
    const row = await db.settings.get('settings');
    return withPolicyDefaults(row ? normaliseSettings(row.value) : undefined, p.policy);
  }

  async function uiState(): Promise<UiState> {
    const p = await policy();
    const sites = Object.fromEntries((await db.sites.toArray()).map((s) => [s.host, s.enabled]));
    return {
      settings: await settings(p),
      sites,
      customPhrases: await db.customPhrases.toArray(),
      lockedRules: p.policy?.lockedRules ?? [],
      allowedSites: p.policy?.allowedSites ?? null,
      policyWarnings: p.warnings,
    };
  }

  async function configFor(host: string): Promise<ContentConfig> {
    const p = await policy();
    return contentConfig({
      host,
      settings: await settings(p),
      policy: p.policy,
      siteEnabled: (await db.sites.get(host))?.enabled,
      customPhrases: await db.customPhrases.toArray(),
      ignored: (await db.ignored.where('host').equals(host).toArray()).map((r) => r.key),
      ruleset,
    });
  }

  async function exportJson(): Promise<string> {
    const s = await uiState();
    const phrases = s.customPhrases.map(({ id: _id, ...p }) => p);
    return JSON.stringify({ format: 'values-lens-settings', version: 1, settings: s.settings, sites: s.sites, customPhrases: phrases }, null, 2);
  }

  async function importJson(json: string): Promise<ImportResult> {
    let data: { format?: unknown; settings?: unknown; sites?: unknown; customPhrases?: unknown };
    try {
      data = JSON.parse(json);
    } catch {
      return { ok: false, error: 'That file is not JSON.' };
    }
    if (!data || data.format !== 'values-lens-settings') return { ok: false, error: 'That file is not a Values Lens settings export.' };
    const phrases = Array.isArray(data.customPhrases) ? data.customPhrases.filter(isPhrase) : [];
    const sites = data.sites && typeof data.sites === 'object' ? Object.entries(data.sites as Record<string, unknown>) : [];
    await db.transaction('rw', db.settings, db.sites, db.customPhrases, async () => {
      await db.settings.put({ key: 'settings', value: normaliseSettings(data.settings) });
      await db.sites.clear();
      await db.sites.bulkPut(sites.filter(([, v]) => typeof v === 'boolean').map(([host, enabled]) => ({ host, enabled: enabled as boolean })));
      await db.customPhrases.clear();
      await db.customPhrases.bulkAdd(phrases.map((p) => ({ phrase: p.phrase, suggestion: p.suggestion, lens: p.lens, explanation: p.explanation })));
    });
    return { ok: true };
  }

  /** Answers one message. Returns true for messages that change what content scripts see. */
  async function handle(msg: ToBackground): Promise<{ reply: unknown; changed: boolean }> {
    switch (msg.type) {
      case 'content:get-config':
        return { reply: await configFor(msg.host), changed: false };
      case 'content:ignore':
        await db.ignored.put({ host: msg.host, key: msg.key });
        return { reply: true, changed: true };
      case 'content:disable-rule': {
        const s = await settings(await policy());
        if (!s.disabledRules.includes(msg.ruleId)) s.disabledRules = [...s.disabledRules, msg.ruleId];
        await db.settings.put({ key: 'settings', value: s });
        return { reply: true, changed: true };
      }
      case 'content:seen': {
        const day = today();
        await db.transaction('rw', db.counts, async () => {
          for (const ruleId of msg.ruleIds) {
            const row = await db.counts.get([day, ruleId]);
            await db.counts.put({ day, ruleId, count: (row?.count ?? 0) + 1 });
          }
        });
        return { reply: true, changed: false };
      }
      case 'ui:get-state':
        return { reply: await uiState(), changed: false };
      case 'ui:save-settings':
        await db.settings.put({ key: 'settings', value: normaliseSettings(msg.settings) });
        return { reply: true, changed: true };
      case 'ui:set-site':
        await db.sites.put({ host: msg.host, enabled: msg.enabled });
        return { reply: true, changed: true };
      case 'ui:save-phrase':
        if (!isPhrase(msg.phrase)) return { reply: false, changed: false };
        await db.customPhrases.put(msg.phrase);
        return { reply: true, changed: true };
      case 'ui:delete-phrase':
        await db.customPhrases.delete(msg.id);
        return { reply: true, changed: true };
      case 'ui:export':
        return { reply: await exportJson(), changed: false };
      case 'ui:import': {
        const r = await importJson(msg.json);
        return { reply: r, changed: r.ok };
      }
      default:
        return { reply: undefined, changed: false };
    }
  }

  return { handle, configFor, uiState, policy };
}

function isPhrase(p: unknown): p is CustomPhrase {
  const x = p as CustomPhrase;
  return !!x && typeof x.phrase === 'string' && x.phrase.trim() !== '' && typeof x.suggestion === 'string' &&
    LENSES.includes(x.lens as Lens) && typeof x.explanation === 'string';
}

export type Store = ReturnType<typeof createStore>;
