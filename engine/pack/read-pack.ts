/**
 * Reads a pack file (JSON text or an already parsed value) as untrusted input: its shape, sizes
 * and strings are checked and a fresh copy comes back. Anything wrong throws a PackError listing
 * the problems (at most 20), each naming the field; nothing else is ever thrown.
 */
import { AUDIENCES, CONSTITUTION_VALUES, LENSES, SEVERITIES, type Audience } from '../types.js';
import { phrasingTokens } from '../patterns.js';
import { PackError } from './errors.js';
import { Fields, formatCount as n } from './fields.js';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackBlock, type PackFile, type PackPhrase, type PackRule, type PackSource } from './format.js';
import * as L from './limits.js';

const TOP = ['format', 'formatVersion', 'name', 'version', 'organisation', 'description', 'rules', 'phrases'];
const RULE = ['id', 'title', 'lens', 'severity', 'audiences', 'values', 'message', 'suggestions', 'suggestionsFor', 'explanation', 'sources', 'related'];
const PHRASE = ['rule', 'phrasing', 'caseSensitive', 'suggest', 'suggestFor', 'role'];

function isKebab(s: string): boolean {
  if (!s || s.startsWith('-') || s.endsWith('-') || s.includes('--')) return false;
  for (const ch of s) if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-')) return false;
  return true;
}

/** Semantic versioning 2.0.0: MAJOR.MINOR.PATCH, numbers without leading zeros, then an optional -pre.release and +build. */
export function isSemver(v: string): boolean {
  const plus = v.indexOf('+');
  const core = plus < 0 ? v : v.slice(0, plus);
  if (plus >= 0 && !dotted(v.slice(plus + 1), false)) return false;
  const dash = core.indexOf('-');
  const main = dash < 0 ? core : core.slice(0, dash);
  if (dash >= 0 && !dotted(core.slice(dash + 1), true)) return false;
  const parts = main.split('.');
  return parts.length === 3 && parts.every((p) => p.length > 0 && [...p].every((c) => c >= '0' && c <= '9') && (p === '0' || p[0] !== '0'));
}

/** Dot-separated identifiers of [0-9A-Za-z-]; pre-release numbers may not have leading zeros. */
function dotted(s: string, numbersStrict: boolean): boolean {
  return s.split('.').every((id) => {
    if (!id || ![...id].every((c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-')) return false;
    const numeric = [...id].every((c) => c >= '0' && c <= '9');
    return !(numbersStrict && numeric && id.length > 1 && id[0] === '0');
  });
}

/** Whether a URL may be shown as a link: http or https, nothing that runs or reads local files. */
function isWebUrl(u: string): boolean {
  const lower = u.toLowerCase();
  return lower.startsWith('https://') || lower.startsWith('http://');
}

export function readPack(input: unknown): PackFile {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > L.MAX_PACK_CHARS) throw new PackError([`the file is ${n(input.length)} characters long; the most allowed is ${n(L.MAX_PACK_CHARS)}`]);
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new PackError([`the file is not JSON (${e instanceof Error ? e.message.slice(0, 120) : 'cannot be parsed'})`]);
    }
  }
  const f = new Fields();
  const top = f.record(value, 'the pack', TOP);
  if (!top) throw new PackError(f.problems);
  // Format first: a file of another kind (or a newer format) would only give a list of confusing problems.
  if (top.format !== PACK_FORMAT) throw new PackError([`the file is not a Values Lens rule pack ("format" must be "${PACK_FORMAT}")`]);
  if (top.formatVersion !== PACK_FORMAT_VERSION) {
    const newer = typeof top.formatVersion === 'number' && top.formatVersion > PACK_FORMAT_VERSION;
    throw new PackError([newer
      ? `the file is in pack format ${top.formatVersion}, made for a newer Values Lens; this one reads format ${PACK_FORMAT_VERSION}`
      : `"formatVersion" must be ${PACK_FORMAT_VERSION}`]);
  }
  const name = f.text(top.name, 'name', L.MAX_NAME_LENGTH);
  if (name && !isKebab(name)) f.problem('name', `"${name}" must be kebab-case (a-z, 0-9 and single hyphens)`);
  const version = f.text(top.version, 'version', L.MAX_VERSION_LENGTH);
  if (version && !isSemver(version)) f.problem('version', `"${version}" is not a semantic version (such as 1.0.0 or 2.1.0-beta.1)`);
  const organisation = f.text(top.organisation, 'organisation', L.MAX_ORGANISATION_LENGTH);
  const description = f.text(top.description, 'description', L.MAX_DESCRIPTION_LENGTH, false);
  const rules = f.list(top.rules, 'rules', L.MAX_PACK_RULES, (x, path) => readRule(f, x, path));
  if (Array.isArray(top.rules) && top.rules.length === 0) f.problem('rules', 'is empty: a pack needs at least one rule');
  const ids = new Set<string>();
  rules.forEach((r, i) => {
    if (ids.has(r.id)) f.problem(`rules[${i}].id`, `"${r.id}" is used by another rule of this pack`);
    ids.add(r.id);
  });
  // Phrases point at rules by their place in the file, whether or not each rule was read without a problem.
  const ruleCount = Array.isArray(top.rules) ? top.rules.length : 0;
  const phrases = f.list(top.phrases, 'phrases', L.MAX_PACK_PHRASINGS, (x, path) => readPhrase(f, x, path, ruleCount));
  if (!f.full && Array.isArray(top.rules) && rules.length === top.rules.length) {
    const flagged = new Set(phrases.filter((p) => !p.role).map((p) => p.rule));
    rules.forEach((r, i) => {
      if (!flagged.has(i)) f.problem(`rules[${i}]`, `("${r.id}") has no phrase that flags anything`);
    });
  }
  if (f.problems.length) throw new PackError(f.problems);
  return { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, name, version, organisation, description, rules, phrases };
}

function suggestionList(f: Fields, v: unknown, path: string): string[] {
  return f.list(v, path, L.MAX_SUGGESTIONS, (s, p) => {
    // "" is a real suggestion: delete the words.
    const t = f.text(s, p, L.MAX_SUGGESTION_LENGTH, false);
    return typeof s === 'string' && t === s ? t : undefined;
  });
}

function byAudience(f: Fields, v: unknown, path: string): Partial<Record<Audience, string[]>> | undefined {
  if (v === undefined) return undefined;
  const r = f.record(v, path, AUDIENCES);
  if (!r) return undefined;
  const out: Partial<Record<Audience, string[]>> = {};
  for (const a of AUDIENCES) if (r[a] !== undefined) out[a] = suggestionList(f, r[a], `${path}.${a}`);
  return out;
}

function readRule(f: Fields, x: unknown, path: string): PackRule | undefined {
  const r = f.record(x, path, RULE);
  if (!r) return undefined;
  const before = f.problems.length;
  const id = f.text(r.id, `${path}.id`, L.MAX_NAME_LENGTH);
  if (id && !isKebab(id)) f.problem(`${path}.id`, `"${id}" must be kebab-case (a-z, 0-9 and single hyphens)`);
  const audiences = f.list(r.audiences, `${path}.audiences`, AUDIENCES.length, (a, p) => f.oneOf(a, p, AUDIENCES));
  if (Array.isArray(r.audiences) && r.audiences.length === 0) f.problem(`${path}.audiences`, 'is empty: the rule would never run');
  if (new Set(audiences).size !== audiences.length) f.problem(`${path}.audiences`, 'names an audience twice');
  const rule: PackRule = {
    id,
    title: f.text(r.title, `${path}.title`, L.MAX_TITLE_LENGTH),
    lens: f.oneOf(r.lens, `${path}.lens`, LENSES)!,
    severity: f.oneOf(r.severity, `${path}.severity`, SEVERITIES)!,
    audiences,
    values: f.list(r.values, `${path}.values`, CONSTITUTION_VALUES.length, (v, p) => f.oneOf(v, p, CONSTITUTION_VALUES)),
    message: f.text(r.message, `${path}.message`, L.MAX_MESSAGE_LENGTH),
    suggestions: suggestionList(f, r.suggestions, `${path}.suggestions`),
    explanation: readExplanation(f, r.explanation, `${path}.explanation`),
    sources: f.list(r.sources, `${path}.sources`, L.MAX_SOURCES, (s, p) => readSource(f, s, p)),
    related: f.list(r.related, `${path}.related`, L.MAX_RELATED, (s, p) => {
      const t = f.text(s, p, 2 * L.MAX_NAME_LENGTH + 1);
      const parts = t.split('/');
      if (t && (parts.length > 2 || !parts.every(isKebab))) f.problem(p, `"${t}" is not a rule id`);
      return t || undefined;
    }),
  };
  const lists = byAudience(f, r.suggestionsFor, `${path}.suggestionsFor`);
  if (lists) rule.suggestionsFor = lists;
  return f.problems.length > before ? undefined : rule;
}

function readSource(f: Fields, x: unknown, path: string): PackSource | undefined {
  const s = f.record(x, path, ['title', 'url']);
  if (!s) return undefined;
  const title = f.text(s.title, `${path}.title`, L.MAX_TITLE_LENGTH);
  const url = f.text(s.url, `${path}.url`, L.MAX_URL_LENGTH);
  if (url && !isWebUrl(url)) {
    f.problem(`${path}.url`, 'must start with https:// or http://');
    return undefined;
  }
  return title && url ? { title, url } : undefined;
}

function readExplanation(f: Fields, v: unknown, path: string): PackBlock[] {
  let total = 0;
  const count = (t: string) => {
    total += t.length;
    return t;
  };
  const blocks = f.list(v, path, L.MAX_EXPLANATION_BLOCKS, (x, p): PackBlock | undefined => {
    const b = f.record(x, p, ['type', 'text', 'items']);
    if (!b) return undefined;
    const type = f.oneOf(b.type, `${p}.type`, ['heading', 'paragraph', 'list'] as const);
    if (type === 'list') {
      if (b.text !== undefined) f.problem(p, 'is a list: it has "items", not "text"');
      return { type, items: f.list(b.items, `${p}.items`, L.MAX_LIST_ITEMS, (t, q) => count(f.text(t, q, L.MAX_EXPLANATION_LENGTH)) || undefined) };
    }
    if (b.items !== undefined) f.problem(p, `is a ${type ?? 'block'}: it has "text", not "items"`);
    return type ? { type, text: count(f.text(b.text, `${p}.text`, L.MAX_EXPLANATION_LENGTH)) } : undefined;
  });
  if (total > L.MAX_EXPLANATION_LENGTH) f.problem(path, `is ${n(total)} characters long in all; the most allowed is ${n(L.MAX_EXPLANATION_LENGTH)}`);
  return blocks;
}

function readPhrase(f: Fields, x: unknown, path: string, rules: number): PackPhrase | undefined {
  const r = f.record(x, path, PHRASE);
  if (!r) return undefined;
  const before = f.problems.length;
  if (typeof r.rule !== 'number' || !Number.isInteger(r.rule) || r.rule < 0 || r.rule >= rules) f.problem(`${path}.rule`, `must be the number of one of the pack's rules (0 to ${rules - 1})`);
  const phrasing = f.text(r.phrasing, `${path}.phrasing`, L.MAX_PHRASING_LENGTH);
  if (phrasing) {
    try {
      // What the engine will build: a phrasing it cannot read, or one of only "*" (any word), would match nothing or everything.
      if (phrasingTokens(phrasing).tokens.every((t) => t === '*')) f.problem(`${path}.phrasing`, `"${phrasing}" has no words, only "*"`);
    } catch (e) {
      f.problem(`${path}.phrasing`, e instanceof Error ? e.message : 'cannot be read');
    }
  }
  if (r.caseSensitive !== undefined && typeof r.caseSensitive !== 'boolean') f.problem(`${path}.caseSensitive`, 'must be true or false');
  const role = r.role === undefined ? undefined : f.oneOf(r.role, `${path}.role`, ['exception', 'unless'] as const);
  const phrase: PackPhrase = { rule: r.rule as number, phrasing };
  if (r.caseSensitive === true) phrase.caseSensitive = true;
  if (r.suggest !== undefined) phrase.suggest = suggestionList(f, r.suggest, `${path}.suggest`);
  const lists = byAudience(f, r.suggestFor, `${path}.suggestFor`);
  if (lists) phrase.suggestFor = lists;
  if (role) phrase.role = role;
  if ((phrase.suggest || phrase.suggestFor) && role) f.problem(path, `is an ${role}: it flags nothing, so it has no suggestions`);
  return f.problems.length > before ? undefined : phrase;
}
