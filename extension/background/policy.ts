/**
 * The managed policy an IT department sets (Chrome: storage.managed, described by the package's
 * managed-schema.json, which the build writes from managed-schema.ts; Firefox: the 3rdparty
 * section of policies.json). A policy with any invalid value is ignored as a whole, with a warning
 * the options page and popup show: half a policy would be worse than none, because nobody could
 * tell which half applied.
 */
import { AUDIENCES, LENSES, type Audience, type Lens } from '../../engine/index.js';
import { isCustomPhrase, type CustomPhrase, type Settings } from '../protocol/settings-shapes.js';
import { phraseListProblems } from '../protocol/phrase-limits.js';

export interface ManagedPolicy {
  /** Starting settings for clinicians who have not changed them. */
  defaults?: Partial<Settings>;
  /** Rules that stay on whatever the clinician or the lens switches say. */
  lockedRules?: string[];
  /** Hosts where the extension runs; absent means everywhere. */
  allowedSites?: string[];
  /** The organisation's phrases, for everyone. */
  customPhrases?: CustomPhrase[];
}

export interface PolicyResult {
  policy: ManagedPolicy | null;
  /** Human-readable problems; non-empty means the policy was ignored. */
  warnings: string[];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

export function readPolicy(raw: unknown): PolicyResult {
  if (raw === undefined || raw === null) return { policy: null, warnings: [] };
  const w: string[] = [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy: null, warnings: ['The managed policy is not an object.'] };
  const r = raw as Record<string, unknown>;
  if (Object.keys(r).length === 0) return { policy: null, warnings: [] };
  const known = new Set(['defaultAudience', 'readingAgeTarget', 'disabledLenses', 'lockedRules', 'allowedSites', 'customPhrases']);
  for (const k of Object.keys(r)) if (!known.has(k)) w.push(`Unknown policy setting "${k}".`);
  const policy: ManagedPolicy = {};
  const defaults: Partial<Settings> = {};
  if (r.defaultAudience !== undefined) {
    if (AUDIENCES.includes(r.defaultAudience as Audience)) defaults.audience = r.defaultAudience as Audience;
    else w.push(`defaultAudience must be one of ${AUDIENCES.join(', ')}.`);
  }
  if (r.readingAgeTarget !== undefined) {
    const n = r.readingAgeTarget;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 5 && n <= 25) defaults.readingAgeTarget = n;
    else w.push('readingAgeTarget must be a whole number from 5 to 25.');
  }
  if (r.disabledLenses !== undefined) {
    if (isStringArray(r.disabledLenses) && r.disabledLenses.every((l) => LENSES.includes(l as Lens))) {
      defaults.lenses = Object.fromEntries(LENSES.map((l) => [l, !(r.disabledLenses as string[]).includes(l)])) as Record<Lens, boolean>;
    } else w.push(`disabledLenses must list lenses from ${LENSES.join(', ')}.`);
  }
  if (Object.keys(defaults).length) policy.defaults = defaults;
  if (r.lockedRules !== undefined) {
    if (isStringArray(r.lockedRules)) policy.lockedRules = r.lockedRules;
    else w.push('lockedRules must be a list of rule ids.');
  }
  if (r.allowedSites !== undefined) {
    if (isStringArray(r.allowedSites) && r.allowedSites.every((s) => /^(\*\.)?[a-z0-9.-]+$/i.test(s))) policy.allowedSites = r.allowedSites;
    else w.push('allowedSites must be a list of host names such as "email.nhs.net".');
  }
  if (r.customPhrases !== undefined) {
    const list = Array.isArray(r.customPhrases) ? r.customPhrases : null;
    const ok = list?.every(isCustomPhrase);
    const limits = list && ok ? phraseListProblems(list, (i) => `customPhrases[${i}]`) : [];
    if (list && ok && limits.length === 0) policy.customPhrases = list.map((p) => ({ phrase: p.phrase, suggestion: p.suggestion, lens: p.lens, explanation: p.explanation }));
    else if (list && ok) w.push(...limits.map((l) => `${l}.`));
    else w.push('customPhrases must be a list of { phrase, suggestion, lens, explanation }.');
  }
  if (w.length) return { policy: null, warnings: ['The managed policy was ignored because it has invalid values.', ...w] };
  return { policy, warnings: [] };
}
