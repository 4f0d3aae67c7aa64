/** Turns validated rule documents into the compact ruleset the engine loads. */
import type { CompiledPhrase, CompiledRuleset } from '../engine/types.js';
import { assembleRuleset } from '../engine/assemble.js';
import { phrasingTokens, PatternError } from '../engine/patterns.js';
import type { ErrorList } from './errors.js';
import type { PhraseSpec, RuleDoc } from './rule-file.js';

export function compileRuleset(rules: readonly RuleDoc[], errors: ErrorList): CompiledRuleset {
  const phrases: CompiledPhrase[] = [];
  const add = (rule: RuleDoc, index: number, spec: PhraseSpec, role: CompiledPhrase['role']) => {
    for (const phrasing of spec.phrasings) {
      try {
        const t = phrasingTokens(phrasing);
        const phrase: CompiledPhrase = { rule: index, tokens: t.tokens };
        if (spec.caseSensitive) phrase.exact = t.exact;
        if (t.clauseStart) phrase.clauseStart = true;
        if (t.clauseEnd) phrase.clauseEnd = true;
        if (spec.suggest) phrase.suggest = spec.suggest;
        if (role) phrase.role = role;
        phrases.push(phrase);
      } catch (e) {
        errors.add(rule.file, spec.line, e instanceof PatternError ? e.message : String(e));
      }
    }
  };
  rules.forEach((rule, index) => {
    for (const spec of rule.phrases) add(rule, index, spec, undefined);
    for (const spec of rule.exceptions) add(rule, index, spec, 'exception');
    for (const spec of rule.unlessLetterHas) add(rule, index, spec, 'unless');
    for (const [name, specs] of Object.entries(rule.signals)) for (const spec of specs) add(rule, index, spec, `signal:${name}`);
  });
  return assembleRuleset(
    rules.map((r) => ({
      id: r.id,
      title: r.title,
      lens: r.lens,
      severity: r.severity,
      audiences: r.audiences,
      message: r.message,
      suggestions: r.suggestions,
      check: r.check,
      ...(Object.keys(r.params).length ? { params: r.params } : {}),
    })),
    phrases,
  );
}

/** Distinct phrasings that raise findings (after expansion), across all rules. */
export function countPhrasings(ruleset: CompiledRuleset): number {
  return ruleset.phrasings;
}
