/** Turns validated rule documents into the compact ruleset the engine loads. */
import type { CompiledPhrase, CompiledRuleset } from '../engine/types.js';
import { assembleRuleset } from '../engine/assemble.js';
import { phrasingTokens, PatternError } from '../engine/patterns.js';
import type { ErrorList } from './errors.js';
import type { PhraseSpec, RuleDoc } from './rule-file.js';
import { attachAudienceLists, type RuleWithAudiences } from './audience-suggestions.js';
import { resolveSuggestions, type AudienceLists } from './suggestion-spec.js';

/** A phrase's own suggestions for one phrasing: the default list, and lists by audience ($1… filled in). */
export function phrasingSuggestions(spec: PhraseSpec, phrasing: string): { suggest?: string[]; byAudience?: AudienceLists } {
  if (!spec.suggest) return {};
  const set = { default: spec.suggest, byAudience: spec.suggestByAudience ?? {} };
  const slots = spec.slots?.get(phrasing);
  const byAudience = spec.suggestByAudience
    ? Object.fromEntries(Object.keys(spec.suggestByAudience).map((a) => [a, resolveSuggestions(set, slots, a as keyof AudienceLists)]))
    : undefined;
  return { suggest: resolveSuggestions(set, slots), byAudience };
}

export function compileRuleset(rules: readonly RuleDoc[], errors: ErrorList): CompiledRuleset {
  const phrases: CompiledPhrase[] = [];
  // Parallel to phrases: its lists by audience, and where it came from (for error messages).
  const audienceLists: Array<AudienceLists | undefined> = [];
  const origin: Array<{ file: string; line: number }> = [];
  const add = (rule: RuleDoc, index: number, spec: PhraseSpec, role: CompiledPhrase['role']) => {
    for (const phrasing of spec.phrasings) {
      try {
        const t = phrasingTokens(phrasing);
        const phrase: CompiledPhrase = { rule: index, tokens: t.tokens };
        if (spec.caseSensitive) phrase.exact = t.exact;
        if (t.clauseStart) phrase.clauseStart = true;
        if (t.clauseEnd) phrase.clauseEnd = true;
        const own = phrasingSuggestions(spec, phrasing);
        if (own.suggest) phrase.suggest = own.suggest;
        if (role) phrase.role = role;
        phrases.push(phrase);
        audienceLists.push(own.byAudience);
        origin.push({ file: rule.file, line: spec.line });
      } catch (e) {
        errors.add(rule.file, spec.line, e instanceof PatternError ? e.message : String(e));
      }
    }
  };
  // A word class or a message is named once in the ruleset: checks find it by name (engine/checks/words.ts).
  for (const [key, what] of [['words', 'word class'], ['messages', 'message']] as const) {
    const owners = new Map<string, string>();
    for (const rule of rules) {
      const named = rule.params[key];
      if (!named || typeof named !== 'object') continue;
      for (const name of Object.keys(named)) {
        const owner = owners.get(name);
        if (owner) errors.add(rule.file, rule.lineOf('params', key, name), `${what} "${name}" is already defined in ${owner}`);
        else owners.set(name, rule.file);
      }
    }
  }
  rules.forEach((rule, index) => {
    for (const spec of rule.phrases) add(rule, index, spec, undefined);
    for (const spec of rule.inflectedPhrases ?? []) add(rule, index, spec, undefined);
    for (const spec of rule.exceptions) add(rule, index, spec, 'exception');
    for (const spec of rule.unlessLetterHas) add(rule, index, spec, 'unless');
    for (const spec of rule.onlyIfLetterHas) add(rule, index, spec, 'only');
    for (const [name, specs] of Object.entries(rule.signals)) for (const spec of specs) add(rule, index, spec, `signal:${name}`);
  });
  const ruleset = assembleRuleset(
    rules.map((r): RuleWithAudiences => ({
      id: r.id,
      title: r.title,
      lens: r.lens,
      severity: r.severity,
      audiences: r.audiences,
      message: r.message,
      suggestions: r.suggestions,
      ...(Object.keys(r.suggestionsByAudience).length ? { suggestionsFor: r.suggestionsByAudience } : {}),
      check: r.check,
      ...(Object.keys(r.params).length ? { params: r.params } : {}),
    })),
    phrases,
  );
  attachAudienceLists(ruleset, phrases, (i) => audienceLists[i], (i) => {
    errors.add(origin[i].file, origin[i].line, 'this phrase has the same suggestions as another of the rule\'s phrases but different ones by audience: make the default lists differ too');
  });
  return ruleset;
}

/** Distinct phrasings that raise findings (after expansion), across all rules. */
export function countPhrasings(ruleset: CompiledRuleset): number {
  return ruleset.phrasings;
}
