/** The defaults, and how the clinician's settings and an IT department's policy combine into a site's config. */
import { AUDIENCES, LENSES, SEVERITIES, type Audience, type Severity } from '../../engine/index.js';
import type { ContentConfig, CustomPhrase, RuleList, Settings } from '../protocol/settings-shapes.js';
import type { ManagedPolicy } from './policy.js';


export const DEFAULT_SETTINGS: Settings = {
  lenses: { candour: true, compassion: true, respect: true, clarity: true },
  disabledRules: [],
  audience: 'patient',
  readingAgeTarget: 11,
  severityThreshold: 'advice',
};

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
    // Records saved before the setting existed have none: they show everything, as they did.
    severityThreshold: SEVERITIES.includes(r.severityThreshold as Severity) ? (r.severityThreshold as Severity) : DEFAULT_SETTINGS.severityThreshold,
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
    severityThreshold: i.settings.severityThreshold,
    disabledRules: [...off].sort(),
    customPhrases: [...(i.policy?.customPhrases ?? []), ...i.customPhrases].filter((p) => i.settings.lenses[p.lens]),
    ignored: i.ignored,
    siteKey: i.siteKey,
  };
}
