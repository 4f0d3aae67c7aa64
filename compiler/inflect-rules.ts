/**
 * Adds each rule's inflected phrasings (compiler/phrase-inflections.ts) to its phrases, exceptions
 * and "letter has" patterns before the claims are checked and the ruleset compiled.
 *
 * A generated phrasing never outranks a written one: it is dropped where any rule writes it (the
 * rule's own other phrases carry their own suggestions: "refuses" -> "declines"), or where another
 * rule generated it first for an audience both serve.
 *
 * Its suggestions are inflected the same way ("sought advice" -> "asked for advice"); where that
 * changes them, the phrasing becomes a phrase of its own with those suggestions (in
 * `rule.inflectedPhrases`, after the written ones, so a written phrase still gives the suggestions
 * for the same words).
 */
import { phrasingTokens } from '../engine/patterns.js';
import type { Audience } from '../engine/types.js';
import type { PhraseSpec, RuleDoc } from './rule-file.js';
import type { AudienceLists } from './suggestion-spec.js';
import { inflectPhrasing, inflectSlot, inflectSuggestion } from './phrase-inflections.js';

function claimKey(phrasing: string): string | null {
  try {
    const t = phrasingTokens(phrasing);
    return `${t.clauseStart ? '^' : ''}${t.tokens.join(' ')}${t.clauseEnd ? '$' : ''}`;
  } catch {
    return null; // reported when compiling
  }
}

/** Patterns that expand to more phrasings than this are taken as written. */
export const MAX_PHRASINGS_TO_INFLECT = 64;

/** Which rules generated each phrasing key. */
type Generated = Map<string, RuleDoc[]>;

interface Context {
  written: ReadonlySet<string>;
  generated: Generated;
}

function takenByAnother(ctx: Context, key: string, rule: RuleDoc): boolean {
  return (ctx.generated.get(key) ?? []).some((other) => other !== rule && other.audiences.some((a) => rule.audiences.includes(a)));
}

function inflectLists(lists: AudienceLists, replaced: ReadonlyArray<[string, string]>): AudienceLists {
  const out: AudienceLists = {};
  for (const [a, list] of Object.entries(lists)) out[a as Audience] = list.map((s) => inflectSuggestion(s, replaced));
  return out;
}

/** The inflected phrasings of one phrase; those whose suggestions change are returned as phrases of their own. */
function inflectSpec(rule: RuleDoc, spec: PhraseSpec, ctx: Context | null, taken: Set<string>): PhraseSpec[] {
  if (!rule.inflect || !spec.inflect || spec.caseSensitive) return [];
  // A pattern that spells out this many phrasings already lists the forms it means; inflecting
  // every one would multiply the ruleset (and the checker's build time) for little gain.
  if (spec.phrasings.length > MAX_PHRASINGS_TO_INFLECT) return [];
  const without = new Set(rule.uninflected);
  const own = new Set(spec.phrasings.map(claimKey));
  const extra: PhraseSpec[] = [];
  const added = new Set<string>();
  for (const phrasing of [...spec.phrasings]) {
    for (const variant of inflectPhrasing(phrasing, without)) {
      const key = claimKey(variant.phrasing);
      if (key === null || own.has(key) || taken.has(key)) continue;
      if (ctx && (ctx.written.has(key) || takenByAnother(ctx, key, rule))) continue;
      own.add(key);
      taken.add(key);
      if (ctx) ctx.generated.set(key, [...(ctx.generated.get(key) ?? []), rule]);
      added.add(variant.phrasing);
      const slots = spec.slots?.get(phrasing)?.map((s) => inflectSlot(s, variant.replaced));
      // Suggestions: the phrase's own, else (for a finding) the rule's.
      const base = spec.suggest ? { default: spec.suggest, byAudience: spec.suggestByAudience ?? {} } : ctx ? { default: rule.suggestions, byAudience: rule.suggestionsByAudience } : undefined;
      const inflected = base && { default: base.default.map((s) => inflectSuggestion(s, variant.replaced)), byAudience: inflectLists(base.byAudience, variant.replaced) };
      const changed = base && inflected && JSON.stringify(inflected) !== JSON.stringify(base);
      // Lists by audience are grouped by their default list (compiler/audience-suggestions.ts):
      // a variant whose lists by audience change would clash with its siblings, so it is left out.
      if (changed && Object.keys(base.byAudience).length) continue;
      if (changed) {
        const variantSpec: PhraseSpec = { match: spec.match, phrasings: [variant.phrasing], suggest: inflected.default, caseSensitive: false, inflect: false, inflected: new Set([variant.phrasing]), line: spec.line };
        if (Object.keys(inflected.byAudience).length) variantSpec.suggestByAudience = inflected.byAudience;
        if (slots) variantSpec.slots = new Map([[variant.phrasing, slots]]);
        extra.push(variantSpec);
        continue;
      }
      spec.phrasings.push(variant.phrasing);
      if (slots) spec.slots!.set(variant.phrasing, slots);
    }
  }
  if (added.size) spec.inflected = added;
  return extra;
}

export function addInflections(rules: readonly RuleDoc[]): void {
  // Every written phrasing first, so that no generated one can take it.
  const written = new Set<string>();
  for (const rule of rules) {
    for (const spec of rule.phrases) {
      for (const phrasing of spec.phrasings) {
        const key = claimKey(phrasing);
        if (key !== null) written.add(key);
      }
    }
  }
  const ctx: Context = { written, generated: new Map() };
  for (const rule of rules) {
    const taken = new Set<string>();
    const own = rule.phrases.flatMap((spec) => inflectSpec(rule, spec, ctx, taken));
    if (own.length) rule.inflectedPhrases = own;
    for (const list of [rule.exceptions, rule.unlessLetterHas, rule.onlyIfLetterHas]) {
      const writtenHere = new Set(list.flatMap((s) => s.phrasings.map(claimKey)));
      const takenHere = new Set([...writtenHere].filter((k): k is string => k !== null));
      for (const spec of list) inflectSpec(rule, spec, null, takenHere);
    }
  }
}
