/**
 * Reads a rule's `suggestions` or a phrase's `suggest`: a list for every audience, or lists by
 * audience, because "you" is right for a patient but wrong for a carer writing about their mother.
 *
 *   suggest: ["did not come to"]
 *   suggest:
 *     patient: ["you"]
 *     carer: ["[name]", "your [mother]"]
 *     parent: ["[child's name]", "your child"]
 *     others: [...]        # any audience of the rule not listed
 */
import { AUDIENCES, type Audience } from '../engine/types.js';
import { fillSlots } from './pattern-slots.js';

export type AudienceLists = Partial<Record<Audience, string[]>>;

export interface SuggestionSet {
  /** What every audience gets unless it has a list of its own: also what an engine that knows no audiences offers. */
  default: string[];
  /** Lists for particular audiences, only where they differ from the default. */
  byAudience: AudienceLists;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * `value` as a SuggestionSet, or undefined after reporting what is wrong. `audiences` are the
 * rule's: a list by audience must cover each of them (by name or with `others`).
 */
export function readSuggestionSet(value: unknown, audiences: readonly Audience[], field: string, report: (problem: string) => void): SuggestionSet | undefined {
  if (isStringList(value)) return { default: value, byAudience: {} };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report(`"${field}" must be a list of text, or lists by audience (${AUDIENCES.join(', ')}, others)`);
    return undefined;
  }
  const lists = value as Record<string, unknown>;
  let ok = true;
  for (const [key, list] of Object.entries(lists)) {
    if (key !== 'others' && !AUDIENCES.includes(key as Audience)) {
      report(`"${field}": "${key}" is not an audience (${AUDIENCES.join(', ')}, others)`);
      ok = false;
    } else if (key !== 'others' && !audiences.includes(key as Audience)) {
      report(`"${field}": the rule does not apply when writing to ${key} (audiences: ${audiences.join(', ')})`);
      ok = false;
    } else if (!isStringList(list)) {
      report(`"${field}": ${key} must be a list of text`);
      ok = false;
    }
  }
  const missing = audiences.filter((a) => lists[a] === undefined);
  if (missing.length && lists.others === undefined) {
    report(`"${field}" has no suggestions for ${missing.join(', ')}: add ${missing.length > 1 ? 'them' : 'it'}, or "others"`);
    ok = false;
  }
  if (!ok) return undefined;
  const listFor = (a: Audience) => (lists[a] ?? lists.others) as string[];
  const fallback = audiences.includes('patient') ? 'patient' : audiences[0];
  const def = (lists.others as string[] | undefined) ?? listFor(fallback);
  const byAudience: AudienceLists = {};
  for (const a of audiences) if (JSON.stringify(listFor(a)) !== JSON.stringify(def)) byAudience[a] = listFor(a);
  return { default: def, byAudience };
}

/** True when some audience has a list of its own. */
export function variesByAudience(set: SuggestionSet | undefined): boolean {
  return !!set && Object.keys(set.byAudience).length > 0;
}

/** Every list in a set (the default first). */
export function allLists(set: SuggestionSet): string[][] {
  return [set.default, ...Object.values(set.byAudience)];
}

/**
 * The suggestions for one phrasing of a phrase when writing to `audience` (undefined: the
 * default), with $1…$9 filled in from the words that phrasing has in the pattern's groups.
 */
export function resolveSuggestions(set: SuggestionSet, slots: readonly string[] | undefined, audience?: Audience): string[] {
  const list = (audience && set.byAudience[audience]) || set.default;
  return slots ? list.map((s) => fillSlots(s, slots)) : list;
}
