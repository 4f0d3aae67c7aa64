/** Reads and validates one rule file (content/rules/<id>.md) into a RuleDoc. */
import type { List, ListItem, Root, PhrasingContent, RootContent } from 'mdast';
import {
  AUDIENCES, CHECK_KINDS, CONSTITUTION_VALUES, LENSES, SEVERITIES,
  type Audience, type CheckKind, type ConstitutionValue, type Lens, type Severity,
} from '../engine/types.js';
import { expandPattern, PatternError } from '../engine/patterns.js';
import type { ErrorList } from './errors.js';
import { inlineText, sections, type ParsedFile } from './markdown.js';
import { readSuggestionSet, variesByAudience, allLists, type AudienceLists, type SuggestionSet } from './suggestion-spec.js';
import { expandWithSlots, highestSlot, usesSlots } from './pattern-slots.js';
import { readBetterWording, type BetterWording } from './better-wording.js';

/** A lens deck walks through at most this many rules: a 15-20 minute session. */
export const DECK_MAX = 12;

export interface PhraseSpec {
  /** The pattern as written. */
  match: string;
  /** Every phrasing it expands to. */
  phrasings: string[];
  /** Its own suggestions (for every audience without a list of its own); else the rule's apply. */
  suggest?: string[];
  /** Its own suggestions for particular audiences. */
  suggestByAudience?: AudienceLists;
  /** The words of each top-level group, by phrasing, when a suggestion repeats them ($1). */
  slots?: Map<string, string[]>;
  caseSensitive: boolean;
  /** false: match only the phrasings written (no inflected forms from the lexicon). */
  inflect: boolean;
  /** Inflected phrasings added by compiler/inflect-rules.ts (also in `phrasings`). */
  inflected?: Set<string>;
  line: number;
}

export interface RuleExample {
  kind: 'flag' | 'fine';
  /** The example as checked: marks removed. */
  text: string;
  /** The spans that must be flagged (flag examples). */
  marks: Array<{ start: number; end: number }>;
  audience: Audience;
  line: number;
  /** Flag examples: the text after the first suggestion of each marked finding is applied. */
  fixed?: string;
  fixedLine?: number;
}

export interface RuleDoc {
  id: string;
  file: string;
  title: string;
  lens: Lens;
  values: ConstitutionValue[];
  severity: Severity;
  audiences: Audience[];
  message: string;
  check: CheckKind;
  phrases: PhraseSpec[];
  /** Suggestions for every phrase without its own, for every audience without a list of its own. */
  suggestions: string[];
  suggestionsByAudience: AudienceLists;
  exceptions: PhraseSpec[];
  unlessLetterHas: PhraseSpec[];
  /**
   * Inflected phrasings whose suggestions are inflected too ("sought advice" -> "asked for
   * advice"), added by compiler/inflect-rules.ts. Kept apart from `phrases`, which are the
   * patterns as written (the site lists those).
   */
  inflectedPhrases?: PhraseSpec[];
  /** Patterns of which the letter must have one for the rule to fire ("about something that went wrong"). */
  onlyIfLetterHas: PhraseSpec[];
  /**
   * Signals, defined once in another rule's params (the candour checklist's "went-wrong"), whose
   * phrases join onlyIfLetterHas: rules that fire only in a letter about a failing share one
   * definition of one instead of each keeping its own copy (compiler/signal-gates.ts).
   */
  onlyIfLetterSignals: string[];
  /** Named signal phrases for letter-level checks. */
  signals: Record<string, PhraseSpec[]>;
  params: Record<string, unknown>;
  /** false: no phrase of the rule matches inflected forms (compiler/phrase-inflections.ts). */
  inflect: boolean;
  /** Inflected forms the rule never generates ("failings"), where one would change its meaning. */
  uninflected: string[];
  sources: string[];
  related: string[];
  examples: RuleExample[];
  /** The hand-written "- Before:" and "- After:" under "## Better wording", if there are both. */
  betterWording: BetterWording | null;
  /** Its place (1 = first) in its lens's slide deck, when the rule is in the deck. */
  deck?: number;
  /** The Markdown body, for the site and the extension's guidance pages. */
  tree: Root;
  /** The line of a frontmatter field, for error messages. */
  lineOf: ParsedFile['lineOf'];
}

const FIELDS = new Set(['title', 'lens', 'values', 'severity', 'audiences', 'message', 'phrases', 'suggestions', 'exceptions', 'unlessLetterHas', 'onlyIfLetterHas', 'onlyIfLetterSignals', 'sources', 'related', 'check', 'params', 'inflect', 'uninflected', 'deck']);
export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** `sourcesFile` is where a missing source key belongs: content/sources.yml, or a rule pack's pack.md. */
export function readRule(parsed: ParsedFile, id: string, sourceKeys: ReadonlySet<string>, errors: ErrorList, sourcesFile = 'content/sources.yml'): RuleDoc | null {
  const { file, data, lineOf } = parsed;
  if (!parsed.frontmatterOk) return null; // the YAML error is already reported
  const before = errors.errors.length;
  const err = (line: number, problem: string) => errors.add(file, line, problem);

  if (!RULE_ID.test(id)) err(1, `file name "${id}.md" must be a kebab-case rule id (a-z, 0-9, hyphens)`);
  for (const key of Object.keys(data)) if (!FIELDS.has(key)) err(lineOf(key), `unknown field "${key}" (allowed: ${[...FIELDS].join(', ')})`);

  const text = (key: string): string => {
    const v = data[key];
    if (typeof v !== 'string' || !v.trim()) {
      err(lineOf(key), `"${key}" is required and must be text`);
      return '';
    }
    return v.trim();
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback?: T): T => {
    const v = data[key] ?? fallback;
    if (!allowed.includes(v as T)) err(lineOf(key), `${key} "${String(v)}" is not one of: ${allowed.join(', ')}`);
    return v as T;
  };
  const listOf = <T extends string>(key: string, allowed: readonly T[] | null, required: boolean, fallback: T[] = []): T[] => {
    const v = data[key];
    if (v === undefined) {
      if (required) err(lineOf(key), `"${key}" is required`);
      return fallback;
    }
    if (!isStringList(v)) {
      err(lineOf(key), `"${key}" must be a list of text`);
      return fallback;
    }
    v.forEach((item, i) => {
      if (allowed && !allowed.includes(item as T)) err(lineOf(key, i), `${key}: "${item}" is not one of: ${allowed.join(', ')}`);
    });
    return v as T[];
  };

  const title = text('title');
  const lens = oneOf('lens', LENSES);
  const severity = oneOf('severity', SEVERITIES);
  const check = oneOf('check', CHECK_KINDS, 'phrase');
  const message = text('message');
  const values = listOf('values', CONSTITUTION_VALUES, true);
  if (values.length === 0 && data.values !== undefined) err(lineOf('values'), '"values" needs at least one NHS Constitution value');
  const audiences = listOf('audiences', AUDIENCES, false, [...AUDIENCES]);
  if (audiences.length === 0) err(lineOf('audiences'), '"audiences" is empty: the rule would never run');
  let ruleSuggestions: SuggestionSet = { default: [], byAudience: {} };
  if (data.suggestions !== undefined) {
    const set = readSuggestionSet(data.suggestions, audiences, 'suggestions', (p) => err(lineOf('suggestions'), p));
    if (set) ruleSuggestions = set;
    if (allLists(ruleSuggestions).flat().some(usesSlots)) {
      err(lineOf('suggestions'), 'a suggestion for the whole rule cannot use $1 (each phrase has its own groups): give the phrase its own "suggest"');
    }
  }
  const sources = listOf('sources', null, true);
  sources.forEach((s, i) => {
    if (!sourceKeys.has(s)) err(lineOf('sources', i), `unknown source "${s}" (add it to ${sourcesFile})`);
  });
  const related = listOf('related', null, false);
  const onlyIfLetterSignals = listOf('onlyIfLetterSignals', null, false);
  if (data.inflect !== undefined && typeof data.inflect !== 'boolean') err(lineOf('inflect'), '"inflect" must be true or false');
  const inflect = data.inflect !== false;
  const uninflected = listOf('uninflected', null, false).map((w) => w.toLowerCase());

  const patternList = (key: string, allowObjects: boolean): PhraseSpec[] => {
    const v = data[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      err(lineOf(key), `"${key}" must be a list`);
      return [];
    }
    return v.flatMap((item, i): PhraseSpec[] => spec(item, [key, i], allowObjects));
  };
  const spec = (item: unknown, path: Array<string | number>, allowObjects: boolean): PhraseSpec[] => {
    const line = lineOf(...path);
    let match: unknown = item;
    let suggest: SuggestionSet | undefined;
    let caseSensitive = false;
    let inflectPhrase = true;
    if (allowObjects && item && typeof item === 'object' && !Array.isArray(item)) {
      const o = item as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!['match', 'suggest', 'case', 'inflect'].includes(k)) err(line, `unknown phrase field "${k}" (allowed: match, suggest, case, inflect)`);
      if (o.inflect !== undefined && typeof o.inflect !== 'boolean') err(line, 'inflect must be true or false');
      inflectPhrase = o.inflect !== false;
      match = o.match;
      if (o.suggest !== undefined) {
        suggest = readSuggestionSet(o.suggest, audiences, 'suggest', (p) => err(line, p));
        if (suggest && Array.isArray(o.suggest) && variesByAudience(ruleSuggestions)) {
          err(line, 'the rule\'s suggestions differ by audience, so this phrase\'s "suggest" must too (lists by audience, or "others")');
        }
      }
      if (o.case !== undefined && o.case !== 'sensitive' && o.case !== 'insensitive') err(line, 'case must be "sensitive" or "insensitive"');
      caseSensitive = o.case === 'sensitive';
    }
    if (typeof match !== 'string' || !match.trim()) {
      err(line, 'a phrase must be a pattern (text)' + (allowObjects ? ' or { match, suggest, case, inflect }' : ''));
      return [];
    }
    try {
      const phrasings = expandPattern(match);
      if (phrasings.length === 0) err(line, `pattern "${match}" has no words`);
      const out: PhraseSpec = { match, phrasings, caseSensitive, inflect: inflectPhrase && !caseSensitive, line };
      if (suggest) {
        out.suggest = suggest.default;
        if (variesByAudience(suggest)) out.suggestByAudience = suggest.byAudience;
        const slots = slotsFor(match, phrasings, allLists(suggest).flat(), (p) => err(line, p));
        if (slots) out.slots = slots;
      }
      return [out];
    } catch (e) {
      err(line, e instanceof PatternError ? e.message : String(e));
      return [];
    }
  };

  const phrases = patternList('phrases', true);
  const exceptions = patternList('exceptions', false);
  const unlessLetterHas = patternList('unlessLetterHas', false);
  const onlyIfLetterHas = patternList('onlyIfLetterHas', false);
  if (check === 'phrase' && phrases.length === 0) err(lineOf('phrases'), 'a phrase rule needs at least one entry in "phrases"');
  if (check !== 'phrase' && data.phrases !== undefined) err(lineOf('phrases'), `"phrases" is for phrase rules; this rule is check: ${check}`);

  let params: Record<string, unknown> = {};
  const signals: Record<string, PhraseSpec[]> = {};
  if (data.params !== undefined) {
    if (!data.params || typeof data.params !== 'object' || Array.isArray(data.params)) err(lineOf('params'), '"params" must be a set of fields');
    else {
      params = { ...(data.params as Record<string, unknown>) };
      const sig = params.signals;
      delete params.signals;
      // Word classes a check reads (engine/checks/words.ts): names to lists of words, kept as written.
      const words = params.words;
      if (words !== undefined) {
        if (!words || typeof words !== 'object' || Array.isArray(words)) err(lineOf('params', 'words'), '"words" must map names to lists of words');
        else {
          for (const [name, list] of Object.entries(words as Record<string, unknown>)) {
            if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !w)) err(lineOf('params', 'words', name), `word class "${name}" must be a list of words (quote one YAML would read as a number, true or null)`);
          }
        }
      }
      // A check's finding messages by name (engine/checks/words.ts `say`), "{0}" for what it fills in.
      const messages = params.messages;
      if (messages !== undefined && (!messages || typeof messages !== 'object' || Array.isArray(messages) || Object.values(messages).some((m) => typeof m !== 'string' || !m)))
        err(lineOf('params', 'messages'), '"messages" must map names to the text of a message');
      // Words in a medical sense and what makes each clinical (engine/checks/medical-sense.ts):
      // patterns written /like this/i, checked here so a typo fails the build, not a letter's check.
      const senses = params.senses;
      if (senses !== undefined) {
        if (!senses || typeof senses !== 'object' || Array.isArray(senses)) err(lineOf('params', 'senses'), '"senses" must map words to their patterns');
        else {
          for (const [word, entry] of Object.entries(senses as Record<string, unknown>)) {
            const e = (entry ?? {}) as Record<string, unknown>;
            const bad = Object.keys(e).find((k) => !['before', 'after', 'both', 'nearMedical'].includes(k));
            if (bad) err(lineOf('params', 'senses', word), `sense "${word}": unknown field "${bad}" (before, after, both, nearMedical)`);
            if (e.before === undefined && e.after === undefined) err(lineOf('params', 'senses', word), `sense "${word}" needs a "before" or an "after" pattern`);
            for (const side of ['before', 'after'] as const) {
              const written = e[side];
              if (written === undefined) continue;
              const m = typeof written === 'string' ? /^\/(.+)\/([a-z]*)$/s.exec(written) : null;
              let ok = !!m;
              try {
                if (m) new RegExp(m[1], m[2]);
              } catch {
                ok = false;
              }
              if (!ok) err(lineOf('params', 'senses', word, side), `sense "${word}": "${side}" must be a regular expression written /like this/i`);
            }
          }
        }
      }
      if (sig !== undefined) {
        if (!sig || typeof sig !== 'object' || Array.isArray(sig)) err(lineOf('params', 'signals'), '"signals" must map names to lists of patterns');
        else {
          for (const [name, list] of Object.entries(sig as Record<string, unknown>)) {
            if (!Array.isArray(list)) {
              err(lineOf('params', 'signals', name), `signal "${name}" must be a list of patterns`);
              continue;
            }
            signals[name] = list.flatMap((item, i) => spec(item, ['params', 'signals', name, i], false));
          }
        }
      }
    }
  }

  const examples = readExamples(parsed, errors);
  const flags = examples.filter((e) => e.kind === 'flag').length;
  const fines = examples.length - flags;
  const body = sections(parsed.tree.children, 2);
  if (!body.has('why')) err(1, 'missing "## Why" section');
  if (!body.has('examples')) err(1, 'missing "## Examples" section');
  else {
    if (flags < 2) err(body.get('examples')!.heading.position?.start.line ?? 1, `needs at least 2 "### Flag" examples (has ${flags})`);
    if (fines < 2) err(body.get('examples')!.heading.position?.start.line ?? 1, `needs at least 2 "### Fine" examples (has ${fines})`);
  }

  const betterWording = readBetterWording(parsed.tree);
  let deck: number | undefined;
  if (data.deck !== undefined) {
    if (!Number.isInteger(data.deck) || (data.deck as number) < 1 || (data.deck as number) > DECK_MAX) err(lineOf('deck'), `deck must be a whole number from 1 to ${DECK_MAX} (the rule's place in its lens's slides)`);
    else deck = data.deck as number;
    if (!betterWording) err(lineOf('deck'), 'a rule in a deck needs a hand-written "- Before:" and "- After:" under "## Better wording" (the slides show them)');
  }

  if (errors.errors.length > before) return null;
  return {
    id, file, title, lens, values, severity, audiences, message, check, phrases,
    suggestions: ruleSuggestions.default, suggestionsByAudience: ruleSuggestions.byAudience, exceptions, unlessLetterHas, onlyIfLetterHas, onlyIfLetterSignals, signals, params, inflect, uninflected, sources, related, examples, betterWording, deck, tree: parsed.tree, lineOf,
  };
}

/** The words of each group by phrasing, when some suggestion uses $n; checks every $n has its group. */
function slotsFor(match: string, phrasings: readonly string[], suggestions: readonly string[], report: (p: string) => void): Map<string, string[]> | undefined {
  const highest = Math.max(0, ...suggestions.map(highestSlot));
  if (highest === 0) return undefined;
  const expanded = expandWithSlots(match);
  const groups = expanded[0]?.slots.length ?? 0;
  if (highest > groups) {
    report(`a suggestion uses $${highest}, but "${match}" has ${groups} group${groups === 1 ? '' : 's'} ({…} or […])`);
    return undefined;
  }
  const slots = new Map(expanded.map((e) => [e.phrasing, e.slots]));
  // The slot expander must agree with the engine's: a phrasing without slots would get "$1" literally.
  if (slots.size !== phrasings.length || phrasings.some((p) => !slots.has(p))) throw new Error(`slot expansion disagrees with expandPattern for "${match}"`);
  return slots;
}

const AUDIENCE_PREFIX = /^\(audience:\s*([a-z]+)\)\s*/;

function readExamples(parsed: ParsedFile, errors: ErrorList): RuleExample[] {
  const examplesSection = sections(parsed.tree.children, 2).get('examples');
  if (!examplesSection) return [];
  const out: RuleExample[] = [];
  const sub = sections(examplesSection.children, 3);
  for (const [name, kind] of [['flag', 'flag'], ['fine', 'fine']] as const) {
    const section = sub.get(name);
    if (!section) continue;
    for (const node of section.children) {
      if (node.type !== 'list') continue;
      for (const item of node.children) out.push(...readExample(item, kind, parsed.file, errors));
    }
  }
  return out;
}

/** The text of list-item content as the checker sees it: bold spans become marks, paragraphs are separated by a blank line. */
function exampleText(nodes: readonly (PhrasingContent | RootContent)[]): { text: string; marks: Array<{ start: number; end: number }> } {
  let text = '';
  const marks: Array<{ start: number; end: number }> = [];
  const walk = (list: readonly (PhrasingContent | RootContent)[]) => {
    for (const node of list) {
      if (node.type === 'strong') {
        const start = text.length;
        text += inlineText(node.children);
        marks.push({ start, end: text.length });
      } else if ('value' in node && typeof node.value === 'string') text += node.value;
      else if (node.type === 'break') text += '\n';
      else if (node.type === 'paragraph' || 'children' in node) {
        if (node.type === 'paragraph' && text) text += '\n\n';
        walk((node as { children: PhrasingContent[] }).children);
      }
    }
  };
  walk(nodes);
  return { text, marks };
}

const FIXED_PREFIX = /^Fixed:\s+/;

/**
 * A Flag example may carry its fixed text as a sub-item:
 *   - We note that you **failed to attend** on 3 May.
 *     - Fixed: We note that you missed your appointment on 3 May.
 */
function readFixed(lists: readonly List[], kind: 'flag' | 'fine', file: string, errors: ErrorList): { fixed?: string; fixedLine?: number } {
  const out: { fixed?: string; fixedLine?: number } = {};
  for (const sub of lists.flatMap((l) => l.children)) {
    const line = sub.position?.start.line ?? 1;
    const { text, marks } = exampleText(sub.children);
    if (!FIXED_PREFIX.test(text)) {
      errors.add(file, line, 'an example\'s sub-item must be "Fixed: " and the text after the fix');
      continue;
    }
    const fixed = text.replace(FIXED_PREFIX, '');
    if (kind === 'fine') errors.add(file, line, 'a Fine example has nothing to fix: "Fixed:" belongs under a Flag example');
    else if (out.fixed !== undefined) errors.add(file, line, 'an example has one "Fixed:" (the first suggestion applied)');
    else if (marks.length) errors.add(file, line, '"Fixed:" text has nothing to mark: leave out the **bold**');
    else if (!fixed.trim()) errors.add(file, line, '"Fixed:" needs the text after the fix');
    else {
      out.fixed = fixed;
      out.fixedLine = line;
    }
  }
  return out;
}

function readExample(item: ListItem, kind: 'flag' | 'fine', file: string, errors: ErrorList): RuleExample[] {
  const line = item.position?.start.line ?? 1;
  const lists = item.children.filter((n): n is List => n.type === 'list');
  let { text, marks } = exampleText(item.children.filter((n) => n.type !== 'list'));
  let audience: Audience = 'patient';
  const prefix = AUDIENCE_PREFIX.exec(text);
  if (prefix) {
    if (!AUDIENCES.includes(prefix[1] as Audience)) errors.add(file, line, `example audience "${prefix[1]}" is not one of: ${AUDIENCES.join(', ')}`);
    audience = prefix[1] as Audience;
    const cut = prefix[0].length;
    text = text.slice(cut);
    marks = marks.map((m) => ({ start: m.start - cut, end: m.end - cut }));
  }
  if (kind === 'flag' && marks.length === 0) errors.add(file, line, 'a Flag example must mark the flagged phrase in **bold**');
  if (kind === 'fine' && marks.length > 0) errors.add(file, line, 'a Fine example must not mark anything in **bold**');
  return [{ kind, text, marks, audience, line, ...readFixed(lists, kind, file, errors) }];
}
