/**
 * Adds trust rule packs to a compiled ruleset. Pack rules become ordinary phrase rules with the
 * pack's name in their id ("example-trust/old-department-name"), run from the engine's trie of
 * extra phrases, so they look and behave like built-in rules: same findings, same suggestions by
 * audience, same exceptions. Packs are read with readPack first (untrusted input).
 */
import { withExtraPhrases } from '../assemble.js';
import { phrasingTokens } from '../patterns.js';
import type { CompiledPhrase, CompiledRule, CompiledRuleset } from '../types.js';
import { PackError } from './errors.js';
import { packRuleId, type PackFile, type PackInfo, type PackRule } from './format.js';
import { MAX_PACKS } from './limits.js';

export interface PackedRule {
  pack: PackInfo;
  rule: PackRule;
}

export interface RulesetWithPacks {
  ruleset: CompiledRuleset;
  /** The pack and pack rule behind a rule id, for its card and its "Why?" (undefined for a built-in rule). */
  packRule(ruleId: string): PackedRule | undefined;
  /** The same as plain data, by rule id: the extension's background sends it to each tab with the ruleset. */
  packRules: Record<string, PackedRule>;
}

/** The base ruleset plus every pack's rules. Packs' names must differ; at most MAX_PACKS at once. */
export function withPacks(base: CompiledRuleset, packs: readonly PackFile[]): RulesetWithPacks {
  const byId: Record<string, PackedRule> = {};
  // Own keys only: "constructor" is no pack rule's id.
  const packRule = (id: string) => (Object.hasOwn(byId, id) ? byId[id] : undefined);
  const names = new Set<string>();
  const problems: string[] = [];
  for (const pack of packs) {
    if (names.has(pack.name)) problems.push(`two packs are named "${pack.name}": load one version of a pack at a time`);
    names.add(pack.name);
  }
  // Each pack is within its limits (readPack); this bounds what a policy pushing many packs costs a tab.
  if (packs.length > MAX_PACKS) problems.push(`${packs.length} packs are loaded; the most allowed at once is ${MAX_PACKS}`);
  if (problems.length) throw new PackError(problems);
  if (packs.length === 0) return { ruleset: base, packRule, packRules: byId };

  const compiledRules: CompiledRule[] = [];
  const phrases: Array<Omit<CompiledPhrase, 'rule'> & { rule: number }> = [];
  for (const pack of packs) {
    const info: PackInfo = { name: pack.name, version: pack.version, organisation: pack.organisation, description: pack.description };
    const first = compiledRules.length;
    const silenced = new Set(pack.phrases.filter((p) => p.role === 'unless').map((p) => p.rule));
    pack.rules.forEach((rule, i) => {
      const id = packRuleId(pack.name, rule.id);
      byId[id] = { pack: info, rule };
      compiledRules.push({
        id,
        title: rule.title,
        lens: rule.lens,
        severity: rule.severity,
        audiences: [...rule.audiences],
        message: rule.message,
        suggestions: [...rule.suggestions],
        ...(rule.suggestionsFor ? { suggestionsFor: rule.suggestionsFor } : {}),
        check: 'phrase',
        // Silenced by words anywhere in the letter: the extension must not check it a paragraph at a time.
        ...(silenced.has(i) ? { wholeText: true } : {}),
      });
    });
    for (const p of pack.phrases) {
      const t = phrasingTokens(p.phrasing);
      const phrase: CompiledPhrase = { rule: first + p.rule, tokens: t.tokens };
      if (p.caseSensitive) phrase.exact = t.exact;
      if (t.clauseStart) phrase.clauseStart = true;
      if (t.clauseEnd) phrase.clauseEnd = true;
      if (p.suggest) phrase.suggest = p.suggest;
      if (p.suggestFor) phrase.suggestFor = p.suggestFor;
      if (p.role) phrase.role = p.role;
      phrases.push(phrase);
    }
  }
  const ruleset = withExtraPhrases(base, compiledRules, (offset) => phrases.map((p) => ({ ...p, rule: offset + p.rule })));
  return { ruleset, packRule, packRules: byId };
}
