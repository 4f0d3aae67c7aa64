/**
 * The managed policy an IT department sets (Chrome: storage.managed, described by the package's
 * managed-schema.json, which the build writes from managed-schema.ts; Firefox: the 3rdparty
 * section of policies.json).
 *
 * Each invalid value is ignored on its own, with its own warning (the options page and popup show
 * them), and every valid value applies. It used to be "any invalid value ignores the whole
 * policy", so that nobody had to wonder which half applied; but a policy now carries packs, locks
 * and site lists, and one mistyped site name then switched off the trust's packs and locks on
 * every machine at once, silently apart from a warning few read. The warnings name exactly what
 * was left out, and the options page shows what applies (PolicySummary.tsx), so "which half" is
 * always visible. In a list, each item stands alone (one bad pack does not drop the others); a
 * value of the wrong kind altogether (a list that is not a list) is ignored as a whole.
 *
 * One direction is deliberate: an allowedSites list whose every entry is invalid becomes an empty
 * list (run nowhere), not "no list" (run everywhere): the IT department asked for a limit.
 */
import { AUDIENCES, LENSES, PackError, SEVERITIES, readPack, MAX_PACKS, type Audience, type Lens, type PackFile, type Severity } from '../../engine/index.js';
import { isCustomPhrase, type CustomPhrase, type Settings } from '../protocol/settings-shapes.js';
import { MAX_PHRASINGS_TOTAL, measurePhrase, phraseListProblems, totalProblem } from '../protocol/phrase-limits.js';

export interface ManagedPolicy {
  /** Starting settings for clinicians who have not changed them. */
  defaults?: Partial<Settings>;
  /** Rules that stay on whatever the clinician or the lens switches say. */
  lockedRules?: string[];
  /** Lenses that stay on: the clinician cannot turn them off. */
  lockedLenses?: Lens[];
  /** The severity threshold, set and locked: findings below it are not shown. */
  severityThreshold?: Severity;
  /** The audience per site (host -> audience; a listed domain covers its subdomains). */
  siteAudiences?: Record<string, Audience>;
  /** Hosts where the extension runs; absent means everywhere. */
  allowedSites?: string[];
  /** Hosts where it never runs (a listed domain covers its subdomains). */
  excludedSites?: string[];
  /** The organisation's phrases, for everyone. */
  customPhrases?: CustomPhrase[];
  /** Rule packs pushed inline (as `values-lens pack build` writes them), read with readPack. */
  packs?: PackFile[];
  /** Where clinicians send a report that a finding was a false alarm. */
  falseAlarmAddress?: string;
}

export interface PolicyResult {
  /** What applies: every valid value (null when there is no policy, or nothing in it is valid). */
  policy: ManagedPolicy | null;
  /** One line per value that was ignored, saying which and why. */
  warnings: string[];
}

export const POLICY_KEYS = [
  'defaultAudience', 'readingAgeTarget', 'disabledLenses', 'lockedRules', 'lockedLenses', 'severityThreshold',
  'siteAudiences', 'allowedSites', 'excludedSites', 'customPhrases', 'packs', 'falseAlarmAddress',
] as const;

/** A host name, or "*.host": letters, digits, dots and hyphens (no scheme, port or path). */
const HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;
/** A plain e-mail address: something@host.tld, no spaces, no display name, no mailto: parameters. */
const EMAIL = /^[^\s@<>()[\]\\,;:"?&=]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const MAX_EMAIL = 254;
const MAX_SITES = 500;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/** A list item that was left out, and why. */
type Ignored = { ignored: string };
const ignored = (why: string): Ignored => ({ ignored: why });
const isIgnored = (x: unknown): x is Ignored => isObject(x) && typeof x.ignored === 'string' && Object.keys(x).length === 1;

/** Reads each item of a list on its own; bad items are warned about and left out. */
function eachItem<T>(v: unknown, key: string, w: string[], read: (x: unknown, at: string) => T | Ignored): T[] | undefined {
  if (!Array.isArray(v)) {
    w.push(`${key} was ignored: it must be a list.`);
    return undefined;
  }
  const out: T[] = [];
  v.forEach((x, i) => {
    const r = read(x, `${key}[${i}]`);
    if (isIgnored(r)) w.push(r.ignored);
    else out.push(r);
  });
  return out;
}

const siteItem = (key: string) => (x: unknown, at: string) =>
  typeof x === 'string' && HOST.test(x) && x.length <= 253 ? x.toLowerCase() : ignored(`${at} (${show(x)}) was ignored: ${key} lists host names such as "email.nhs.net".`);

const lensItem = (key: string) => (x: unknown, at: string) =>
  LENSES.includes(x as Lens) ? (x as Lens) : ignored(`${at} (${show(x)}) was ignored: ${key} lists lenses from ${LENSES.join(', ')}.`);

export function readPolicy(raw: unknown): PolicyResult {
  if (raw === undefined || raw === null) return { policy: null, warnings: [] };
  if (!isObject(raw)) return { policy: null, warnings: ['The managed policy was ignored: it is not a set of settings (an object).'] };
  const r = raw;
  const w: string[] = [];
  for (const k of Object.keys(r)) if (!(POLICY_KEYS as readonly string[]).includes(k)) w.push(`Unknown policy setting "${k.slice(0, 60)}" was ignored.`);
  const policy: ManagedPolicy = {};
  const defaults: Partial<Settings> = {};

  if (r.defaultAudience !== undefined) {
    if (AUDIENCES.includes(r.defaultAudience as Audience)) defaults.audience = r.defaultAudience as Audience;
    else w.push(`defaultAudience (${show(r.defaultAudience)}) was ignored: it must be one of ${AUDIENCES.join(', ')}.`);
  }
  if (r.readingAgeTarget !== undefined) {
    const n = r.readingAgeTarget;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 5 && n <= 25) defaults.readingAgeTarget = n;
    else w.push(`readingAgeTarget (${show(n)}) was ignored: it must be a whole number from 5 to 25.`);
  }
  if (r.disabledLenses !== undefined) {
    const off = eachItem<Lens>(r.disabledLenses, 'disabledLenses', w, lensItem('disabledLenses'));
    if (off) defaults.lenses = Object.fromEntries(LENSES.map((l) => [l, !off.includes(l)])) as Record<Lens, boolean>;
  }
  if (Object.keys(defaults).length) policy.defaults = defaults;

  if (r.lockedRules !== undefined) {
    const ids = eachItem(r.lockedRules, 'lockedRules', w, (x, at) =>
      typeof x === 'string' && x.length > 0 && x.length <= 200 ? x : ignored(`${at} (${show(x)}) was ignored: lockedRules lists rule ids.`));
    if (ids) policy.lockedRules = ids;
  }
  if (r.lockedLenses !== undefined) {
    const lenses = eachItem<Lens>(r.lockedLenses, 'lockedLenses', w, lensItem('lockedLenses'));
    if (lenses) policy.lockedLenses = lenses;
  }
  if (r.severityThreshold !== undefined) {
    if (SEVERITIES.includes(r.severityThreshold as Severity)) policy.severityThreshold = r.severityThreshold as Severity;
    else w.push(`severityThreshold (${show(r.severityThreshold)}) was ignored: it must be one of ${SEVERITIES.join(', ')}.`);
  }
  if (r.siteAudiences !== undefined) {
    if (!isObject(r.siteAudiences)) w.push('siteAudiences was ignored: it must map host names to audiences, such as { "patient-messages.example.org": "patient" }.');
    else {
      const map: Record<string, Audience> = {};
      for (const [host, audience] of Object.entries(r.siteAudiences)) {
        if (!HOST.test(host)) w.push(`siteAudiences "${host.slice(0, 60)}" was ignored: it is not a host name such as "email.nhs.net".`);
        else if (!AUDIENCES.includes(audience as Audience)) w.push(`siteAudiences "${host}" (${show(audience)}) was ignored: the audience must be one of ${AUDIENCES.join(', ')}.`);
        else map[host.toLowerCase()] = audience as Audience;
      }
      policy.siteAudiences = map;
    }
  }
  for (const key of ['allowedSites', 'excludedSites'] as const) {
    if (r[key] === undefined) continue;
    const sites = eachItem(r[key], key, w, siteItem(key));
    if (sites && sites.length > MAX_SITES) w.push(`${key} was cut to its first ${MAX_SITES} sites.`);
    if (sites) policy[key] = sites.slice(0, MAX_SITES);
  }
  if (r.customPhrases !== undefined) readPhrases(r.customPhrases, policy, w);
  if (r.packs !== undefined) readPacks(r.packs, policy, w);
  if (r.falseAlarmAddress !== undefined) {
    const a = r.falseAlarmAddress;
    if (typeof a === 'string' && a.length <= MAX_EMAIL && EMAIL.test(a)) policy.falseAlarmAddress = a;
    else w.push(`falseAlarmAddress (${show(a)}) was ignored: it must be one e-mail address, such as "values-lens@example.nhs.uk".`);
  }
  return { policy: Object.keys(policy).length ? policy : null, warnings: w };
}

function readPhrases(v: unknown, policy: ManagedPolicy, w: string[]): void {
  // Limits per phrase and on all of them together (phrase-limits.ts): a phrase over its own limit
  // is left out alone, and so is each phrase that would take the total past its limit.
  let total = 0;
  const phrases = eachItem<CustomPhrase>(v, 'customPhrases', w, (x, at) => {
    if (!isCustomPhrase(x)) return ignored(`${at} was ignored: each phrase is { phrase, suggestion, lens, explanation }.`);
    const problems = phraseListProblems([x], () => at);
    const m = measurePhrase(x.phrase);
    const n = 'phrasings' in m ? m.phrasings : 0;
    if (!problems.length && total + n > MAX_PHRASINGS_TOTAL) problems.push(`${at} ("${x.phrase.slice(0, 40)}"): ${totalProblem(total + n)}`);
    if (problems.length) return ignored(`${problems.join('; ')}; it was ignored.`);
    total += n;
    return { phrase: x.phrase, suggestion: x.suggestion, lens: x.lens, explanation: x.explanation };
  });
  if (phrases) policy.customPhrases = phrases;
}

function readPacks(v: unknown, policy: ManagedPolicy, w: string[]): void {
  const packs = eachItem(v, 'packs', w, (x, at) => {
    try {
      return readPack(x);
    } catch (e) {
      const name = isObject(x) && typeof x.name === 'string' ? ` ("${x.name.slice(0, 64)}")` : '';
      const why = e instanceof PackError ? e.problems.join('; ') : String(e);
      return ignored(`${at}${name} was ignored: ${why}.`);
    }
  });
  if (!packs) return;
  const kept: PackFile[] = [];
  for (const p of packs) {
    if (kept.some((k) => k.name === p.name)) w.push(`packs: a second pack named "${p.name}" was ignored (a pack's name may appear once).`);
    else if (kept.length >= MAX_PACKS) w.push(`packs: "${p.name}" was ignored: at most ${MAX_PACKS} packs load at once.`);
    else kept.push(p);
  }
  policy.packs = kept;
}
