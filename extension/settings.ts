/** What a clinician can set, the defaults, and how settings and an IT department's policy combine. */
import { AUDIENCES, LENSES, type Audience, type CompiledRuleset, type Lens } from '../engine/index.js';
import type { ManagedPolicy } from './policy.js';

/** What the background and options page need of the rules (not their phrases). */
export interface RuleList {
  rules: Array<Pick<CompiledRuleset['rules'][number], 'id' | 'title' | 'lens'>>;
}

/** The clinician's own settings (kept in Dexie, in the extension's origin). */
export interface Settings {
  lenses: Record<Lens, boolean>;
  /** Rule ids switched off. */
  disabledRules: string[];
  audience: Audience;
  /** Reading age the letter should not exceed (years). */
  readingAgeTarget: number;
}

/** An organisation's own phrase: flagged like a rule of the chosen lens. */
export interface CustomPhrase {
  id?: number;
  phrase: string;
  suggestion: string;
  lens: Lens;
  explanation: string;
}

export const DEFAULT_SETTINGS: Settings = {
  lenses: { candour: true, compassion: true, respect: true, clarity: true },
  disabledRules: [],
  audience: 'patient',
  readingAgeTarget: 11,
};

/** What a content script needs to check one site. */
export interface ContentConfig {
  enabled: boolean;
  audience: Audience;
  readingAgeTarget: number;
  /** Every rule that must not run: switched off, its lens off, or the site's ignore list aside. */
  disabledRules: string[];
  customPhrases: CustomPhrase[];
  /** Keys of findings ignored on this site (see ignore-key.ts). */
  ignored: string[];
  /** This site's key for making and checking ignore keys (hex; site-keys.ts). */
  siteKey: string;
}

/** Whether a reply from the background is a config (and not, say, an error it sent back). */
export function isContentConfig(x: unknown): x is ContentConfig {
  const c = x as ContentConfig;
  return !!c && typeof c === 'object' && typeof c.enabled === 'boolean' && typeof c.audience === 'string' &&
    Array.isArray(c.disabledRules) && Array.isArray(c.customPhrases) && Array.isArray(c.ignored) && typeof c.siteKey === 'string';
}

/** Reads unknown JSON (an import, an old record) into complete, valid settings. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const lensesIn = (r.lenses && typeof r.lenses === 'object' ? r.lenses : {}) as Record<string, unknown>;
  const lenses = { ...DEFAULT_SETTINGS.lenses };
  for (const l of LENSES) if (typeof lensesIn[l] === 'boolean') lenses[l] = lensesIn[l] as boolean;
  const target = Number(r.readingAgeTarget);
  return {
    lenses,
    disabledRules: Array.isArray(r.disabledRules) ? r.disabledRules.filter((x): x is string => typeof x === 'string') : [],
    audience: AUDIENCES.includes(r.audience as Audience) ? (r.audience as Audience) : DEFAULT_SETTINGS.audience,
    readingAgeTarget: Number.isFinite(target) && target >= 5 && target <= 25 ? Math.round(target) : DEFAULT_SETTINGS.readingAgeTarget,
  };
}

/** The policy's defaults apply until the clinician chooses otherwise; its locks always win. */
export function withPolicyDefaults(stored: Settings | undefined, policy: ManagedPolicy | null): Settings {
  if (stored) return stored;
  return normaliseSettings({ ...DEFAULT_SETTINGS, ...(policy?.defaults ?? {}) });
}

/** True when the host is inside the policy's list (a listed domain covers its subdomains). */
export function hostAllowed(host: string, allowedSites: string[] | undefined): boolean {
  if (!allowedSites) return true;
  const h = host.toLowerCase();
  return allowedSites.some((s) => {
    const site = s.toLowerCase().replace(/^\*\./, '');
    return h === site || h.endsWith(`.${site}`);
  });
}

export interface ConfigInputs {
  host: string;
  settings: Settings;
  policy: ManagedPolicy | null;
  /** Per-site switches the clinician set; absent means on. */
  siteEnabled: boolean | undefined;
  customPhrases: CustomPhrase[];
  ignored: string[];
  siteKey: string;
  ruleset: RuleList;
}

export function contentConfig(i: ConfigInputs): ContentConfig {
  const locked = new Set(i.policy?.lockedRules ?? []);
  const off = new Set(i.settings.disabledRules);
  for (const r of i.ruleset.rules) if (!i.settings.lenses[r.lens]) off.add(r.id);
  for (const id of locked) off.delete(id);
  return {
    enabled: i.siteEnabled !== false && hostAllowed(i.host, i.policy?.allowedSites),
    audience: i.settings.audience,
    readingAgeTarget: i.settings.readingAgeTarget,
    disabledRules: [...off].sort(),
    customPhrases: [...(i.policy?.customPhrases ?? []), ...i.customPhrases].filter((p) => i.settings.lenses[p.lens]),
    ignored: i.ignored,
    siteKey: i.siteKey,
  };
}
