/**
 * A pack's manifest, DIR/pack.md: frontmatter naming the pack (name, version, organisation,
 * description) and the sources its rules cite; the body is for the pack's maintainers and is not
 * shipped. Read with the content parser, so its errors name the line as rule files' do.
 */
import { isSemver, MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_ORGANISATION_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../../engine/pack/index.js';
import type { ErrorList } from '../errors.js';
import type { ParsedFile } from '../markdown.js';
import { RULE_ID } from '../rule-file.js';

export interface PackSourceEntry {
  key: string;
  title: string;
  url: string;
}

export interface PackManifest {
  file: string;
  /** False when a field is wrong (already reported); the sources are still read, so rule files are checked against them. */
  ok: boolean;
  name: string;
  version: string;
  organisation: string;
  description: string;
  sources: Map<string, PackSourceEntry>;
}

const FIELDS = ['name', 'version', 'organisation', 'description', 'sources'];

export function readManifest(p: ParsedFile, errors: ErrorList): PackManifest | null {
  if (!p.frontmatterOk) return null;
  const before = errors.errors.length;
  const err = (line: number, problem: string) => errors.add(p.file, line, problem);
  for (const key of Object.keys(p.data)) if (!FIELDS.includes(key)) err(p.lineOf(key), `unknown field "${key}" (allowed: ${FIELDS.join(', ')})`);
  const text = (key: string, max: number, required = true): string => {
    const v = p.data[key];
    if (v === undefined && !required) return '';
    if (typeof v !== 'string' || !v.trim()) err(p.lineOf(key), `"${key}" is required and must be text`);
    else if (v.trim().length > max) err(p.lineOf(key), `"${key}" is ${v.trim().length} characters long; the most allowed is ${max}`);
    else return v.trim();
    return '';
  };
  const name = text('name', MAX_NAME_LENGTH);
  if (name && !RULE_ID.test(name)) err(p.lineOf('name'), `name "${name}" must be kebab-case (a-z, 0-9, hyphens): it becomes the prefix of every rule id`);
  // YAML reads 1.0 as a number: ask for quotes rather than guess what was meant.
  const rawVersion = p.data.version;
  let version = '';
  if (typeof rawVersion === 'number') err(p.lineOf('version'), `version ${rawVersion} must be a semantic version in quotes, such as "1.0.0"`);
  else {
    version = text('version', 64);
    if (version && !isSemver(version)) err(p.lineOf('version'), `version "${version}" is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0 or 2.1.0-beta.1)`);
  }
  const organisation = text('organisation', MAX_ORGANISATION_LENGTH);
  const description = text('description', MAX_DESCRIPTION_LENGTH, false);
  const sources = new Map<string, PackSourceEntry>();
  const raw = p.data.sources;
  if (raw !== undefined) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) err(p.lineOf('sources'), '"sources" must map keys to { title, url }');
    else {
      for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
        const line = p.lineOf('sources', key);
        const s = v as { title?: unknown; url?: unknown } | null;
        if (!s || typeof s !== 'object' || typeof s.title !== 'string' || typeof s.url !== 'string') err(line, `source "${key}" needs a title and a url`);
        else if (!/^https?:\/\//i.test(s.url)) err(line, `source "${key}": the url must start with https:// or http://`);
        else if (s.url.length > MAX_URL_LENGTH || s.title.length > MAX_TITLE_LENGTH) err(line, `source "${key}": the title may be ${MAX_TITLE_LENGTH} characters and the url ${MAX_URL_LENGTH}`);
        else sources.set(key, { key, title: s.title, url: s.url });
      }
    }
  }
  return { file: p.file, ok: errors.errors.length === before, name, version, organisation, description, sources };
}
