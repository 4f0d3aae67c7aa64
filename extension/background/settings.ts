/** The defaults, and how the clinician's settings and an IT department's policy combine into a site's config. */
import { AUDIENCES, LENSES, MAX_PACKS, SEVERITIES, packRuleId, type Audience, type PackFile, type Severity } from '../../engine/index.js';
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

/** The policy's locks over settings: locked lenses stay on, a set severity threshold is the one in force. */
export function withPolicyLocks(settings: Settings, policy: ManagedPolicy | null): Settings {
  if (!policy?.lockedLenses?.length && !policy?.severityThreshold) return settings;
  const lenses = { ...settings.lenses };
  for (const l of policy.lockedLenses ?? []) lenses[l] = true;
  return { ...settings, lenses, severityThreshold: policy.severityThreshold ?? settings.severityThreshold };
}

/** The settings in force: the clinician's (or the policy's defaults), under the policy's locks. */
export function effectiveSettings(stored: Settings | undefined, policy: ManagedPolicy | null): Settings {
  return withPolicyLocks(withPolicyDefaults(stored, policy), policy);
}

/** `after` with every locked field put back as it was in `before`: a page cannot save past a lock. */
export function keepLocked(before: Settings, after: Settings, policy: ManagedPolicy | null): Settings {
  const lenses = { ...after.lenses };
  for (const l of policy?.lockedLenses ?? []) lenses[l] = before.lenses[l];
  return { ...after, lenses, severityThreshold: policy?.severityThreshold ? before.severityThreshold : after.severityThreshold };
}

/** Whether the host is a listed site or inside one (a listed domain covers its subdomains; "*.x" is x). */
function hostIn(host: string, site: string): boolean {
  const h = host.toLowerCase();
  const s = site.toLowerCase().replace(/^\*\./, '');
  return h === s || h.endsWith(`.${s}`);
}

/** True when the host is inside the policy's list (a listed domain covers its subdomains). */
export function hostAllowed(host: string, allowedSites: string[] | undefined): boolean {
  return !allowedSites || allowedSites.some((s) => hostIn(host, s));
}

/** True when the policy excludes the host (a listed domain covers its subdomains). */
export function hostExcluded(host: string, excludedSites: string[] | undefined): boolean {
  return !!excludedSites?.some((s) => hostIn(host, s));
}

/** The policy's audience for a host: the most specific listed site that covers it wins. */
export function siteAudience(host: string, siteAudiences: Record<string, Audience> | undefined): Audience | undefined {
  let best: { site: string; audience: Audience } | undefined;
  for (const [site, audience] of Object.entries(siteAudiences ?? {})) {
    const bare = site.replace(/^\*\./, '');
    if (hostIn(host, site) && (!best || bare.length > best.site.length)) best = { site: bare, audience };
  }
  return best?.audience;
}

/**
 * The packs a page checks with: the policy's, then the clinician's imports whose name the policy
 * does not already push (the organisation's copy wins), at most MAX_PACKS in all.
 */
export function packsInForce(fromPolicy: PackFile[] | undefined, imported: PackFile[]): PackFile[] {
  const managed = fromPolicy ?? [];
  const names = new Set(managed.map((p) => p.name));
  return [...managed, ...imported.filter((p) => !names.has(p.name))].slice(0, MAX_PACKS);
}

export interface ConfigInputs {
  host: string;
  settings: Settings;
  policy: ManagedPolicy | null;
  /** Per-site switches the clinician set; absent means on. */
  siteEnabled: boolean | undefined;
  customPhrases: CustomPhrase[];
  /** Packs the clinician imported (the policy's are added here). */
  packs?: PackFile[];
  ignored: string[];
  siteKey: string;
  ruleset: RuleList;
}

export function contentConfig(i: ConfigInputs): ContentConfig {
  const settings = withPolicyLocks(i.settings, i.policy);
  const locked = new Set(i.policy?.lockedRules ?? []);
  const off = new Set(settings.disabledRules);
  const packs = packsInForce(i.policy?.packs, i.packs ?? []);
  for (const r of i.ruleset.rules) if (!settings.lenses[r.lens]) off.add(r.id);
  for (const p of packs) for (const r of p.rules) if (!settings.lenses[r.lens]) off.add(packRuleId(p.name, r.id));
  for (const id of locked) off.delete(id);
  const config: ContentConfig = {
    enabled: i.siteEnabled !== false && hostAllowed(i.host, i.policy?.allowedSites) && !hostExcluded(i.host, i.policy?.excludedSites),
    audience: siteAudience(i.host, i.policy?.siteAudiences) ?? settings.audience,
    readingAgeTarget: settings.readingAgeTarget,
    severityThreshold: settings.severityThreshold,
    disabledRules: [...off].sort(),
    customPhrases: [...(i.policy?.customPhrases ?? []), ...i.customPhrases].filter((p) => settings.lenses[p.lens]),
    ignored: i.ignored,
    siteKey: i.siteKey,
  };
  if (packs.length) config.packs = packs;
  if (i.policy?.falseAlarmAddress) config.falseAlarmAddress = i.policy.falseAlarmAddress;
  return config;
}
