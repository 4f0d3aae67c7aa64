/**
 * The settings export file: writing it, and reading one back strictly. An import replaces the
 * clinician's settings, sites and phrases, so a file that is wrong in any way is refused as a
 * whole with every problem named, and nothing is changed: quietly dropping a misspelt field
 * ("disabledRule") or an unknown lens would import something other than what the file says,
 * and nobody would notice until a rule they had turned off started flagging again.
 *
 * Format history:
 *   version 1: { format, version, settings: { lenses, disabledRules, audience, readingAgeTarget },
 *     sites: { host: on/off }, customPhrases: [{ phrase, suggestion, lens, explanation }] }.
 *     settings.severityThreshold ('advice' | 'warning' | 'error') came later in version 1: files
 *     without it still import, and show everything ('advice'), as they did.
 *     Files from before the per-site switches left the settings (database v1) may carry them as
 *     settings.sites; they are read into `sites`, as the database upgrade does. settings may carry
 *     severityThreshold (error, warning or advice; added later, optional, so older files still import).
 */
import { AUDIENCES, LENSES, SEVERITIES, type Audience, type Lens, type Severity } from '../../engine/index.js';
import { measurePhrase, textLengthProblems, totalProblem } from '../protocol/phrase-limits.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { isCustomPhrase, type CustomPhrase, type Settings } from '../protocol/settings-shapes.js';

export const FILE_FORMAT = 'values-lens-settings';
export const FILE_VERSION = 1;

export interface SettingsFile {
  settings: Settings;
  sites: Record<string, boolean>;
  customPhrases: CustomPhrase[];
}

/** The file the options page downloads (phrase ids are this database's own, so they are left out). */
export function writeSettingsFile(f: SettingsFile): string {
  const customPhrases = f.customPhrases.map(({ phrase, suggestion, lens, explanation }) => ({ phrase, suggestion, lens, explanation }));
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, settings: f.settings, sites: f.sites, customPhrases }, null, 2);
}

export type ReadResult = { ok: true; file: SettingsFile } | { ok: false; error: string };

const TOP_FIELDS = ['format', 'version', 'settings', 'sites', 'customPhrases'];
const SETTINGS_FIELDS = ['lenses', 'disabledRules', 'audience', 'readingAgeTarget', 'severityThreshold', 'sites'];
const PHRASE_FIELDS = ['phrase', 'suggestion', 'lens', 'explanation'];
/** Enough to fix a file by hand without a wall of text. */
const MAX_LISTED = 6;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function refuse(problems: string[]): ReadResult {
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  return { ok: false, error: `Nothing was imported, because: ${listed.join('; ')}${more}.` };
}

function unknownFields(obj: Record<string, unknown>, known: string[], where: string, problems: string[]): void {
  for (const k of Object.keys(obj)) if (!known.includes(k)) problems.push(`${where}unknown field "${k}"`);
}

export function readSettingsFile(json: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'Nothing was imported, because that file is not valid JSON.' };
  }
  if (!isObject(data) || data.format !== FILE_FORMAT) return { ok: false, error: 'Nothing was imported, because that file is not a Values Lens settings export.' };
  if (data.version !== undefined && data.version !== FILE_VERSION) {
    return typeof data.version === 'number' && Number.isInteger(data.version) && data.version > FILE_VERSION
      ? { ok: false, error: `Nothing was imported, because that file comes from a newer version of Values Lens (format version ${data.version}). Update Values Lens, then import it again.` }
      : refuse([`"version" must be ${FILE_VERSION}`]);
  }
  const problems: string[] = [];
  unknownFields(data, TOP_FIELDS, 'the file has an ', problems);
  const settings = readSettings(data.settings, problems);
  const sites = {
    ...readSites((isObject(data.settings) ? data.settings.sites : undefined) ?? {}, 'settings.sites', problems),
    ...readSites(data.sites ?? {}, 'sites', problems),
  };
  const customPhrases = readPhrases(data.customPhrases ?? [], problems);
  return problems.length ? refuse(problems) : { ok: true, file: { settings, sites, customPhrases } };
}

function readSettings(raw: unknown, problems: string[]): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, lenses: { ...DEFAULT_SETTINGS.lenses }, disabledRules: [] };
  if (raw === undefined) return s;
  if (!isObject(raw)) {
    problems.push('"settings" must be an object');
    return s;
  }
  unknownFields(raw, SETTINGS_FIELDS, 'settings has an ', problems);
  if (raw.lenses !== undefined) {
    if (!isObject(raw.lenses)) problems.push('settings.lenses must be an object');
    else {
      for (const [lens, on] of Object.entries(raw.lenses)) {
        if (!LENSES.includes(lens as Lens)) problems.push(`settings.lenses has an unknown lens "${lens}" (the lenses are ${LENSES.join(', ')})`);
        else if (typeof on !== 'boolean') problems.push(`settings.lenses.${lens} must be true or false`);
        else s.lenses[lens as Lens] = on;
      }
    }
  }
  if (raw.disabledRules !== undefined) {
    // Rule ids are not checked against today's rules: a rule removed since, or one of the
    // organisation's phrases, is a harmless entry, and refusing it would refuse older files.
    if (Array.isArray(raw.disabledRules) && raw.disabledRules.every((r) => typeof r === 'string' && r !== '')) s.disabledRules = [...raw.disabledRules];
    else problems.push('settings.disabledRules must be a list of rule ids');
  }
  if (raw.audience !== undefined) {
    if (AUDIENCES.includes(raw.audience as Audience)) s.audience = raw.audience as Audience;
    else problems.push(`settings.audience must be one of ${AUDIENCES.join(', ')}`);
  }
  if (raw.readingAgeTarget !== undefined) {
    const n = raw.readingAgeTarget;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 5 && n <= 25) s.readingAgeTarget = n;
    else problems.push('settings.readingAgeTarget must be a whole number from 5 to 25');
  }
  if (raw.severityThreshold !== undefined) {
    if (SEVERITIES.includes(raw.severityThreshold as Severity)) s.severityThreshold = raw.severityThreshold as Severity;
    else problems.push(`settings.severityThreshold must be one of ${SEVERITIES.join(', ')}`);
  }
  return s;
}

function readSites(raw: unknown, where: string, problems: string[]): Record<string, boolean> {
  if (!isObject(raw)) {
    problems.push(`"${where}" must be an object of host names and true or false`);
    return {};
  }
  const sites: Record<string, boolean> = {};
  for (const [host, on] of Object.entries(raw)) {
    if (host.trim() === '' || /[\s/]/.test(host)) problems.push(`${where} has "${host}", which is not a host name`);
    else if (typeof on !== 'boolean') problems.push(`${where}["${host}"] must be true or false`);
    else sites[host] = on;
  }
  return sites;
}

function readPhrases(raw: unknown, problems: string[]): CustomPhrase[] {
  if (!Array.isArray(raw)) {
    problems.push('"customPhrases" must be a list');
    return [];
  }
  const out: CustomPhrase[] = [];
  let total = 0;
  raw.forEach((p: unknown, i) => {
    const where = `customPhrases[${i}]`;
    if (!isObject(p)) return void problems.push(`${where} must be an object`);
    const before = problems.length;
    unknownFields(p, PHRASE_FIELDS, `${where} has an `, problems);
    if (typeof p.phrase !== 'string' || p.phrase.trim() === '') problems.push(`${where}.phrase must be some words`);
    else {
      // The limits (phrase-limits.ts): the checker would build every phrasing in every tab.
      const m = measurePhrase(p.phrase);
      if ('problem' in m) problems.push(`${where}.phrase ${m.problem}`);
      else total += m.phrasings;
    }
    for (const k of ['suggestion', 'explanation'] as const) if (p[k] !== undefined && typeof p[k] !== 'string') problems.push(`${where}.${k} must be text`);
    problems.push(...textLengthProblems(p, where));
    if (!LENSES.includes(p.lens as Lens)) problems.push(`${where}.lens must be one of ${LENSES.join(', ')}`);
    if (problems.length > before) return;
    // The checks above name what is wrong; whether it is a custom phrase at all is isCustomPhrase's
    // to say, the one check the options page's messages and the policy also pass, so a file
    // cannot bring in a phrase they would refuse. (A file may leave out the two texts.)
    const phrase = { phrase: p.phrase, suggestion: p.suggestion ?? '', lens: p.lens, explanation: p.explanation ?? '' };
    if (isCustomPhrase(phrase)) out.push(phrase);
    else problems.push(`${where} is not a usable custom phrase`);
  });
  const t = totalProblem(total, 'customPhrases');
  if (t) problems.push(t);
  return out;
}
