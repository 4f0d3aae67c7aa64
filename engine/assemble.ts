/**
 * Assembles a ruleset from rules and expanded phrases: used by the content build, by tests that
 * build small rulesets, and by the extension for an organisation's own phrases.
 */
import type { CompiledPhrase, CompiledRule, CompiledRuleset } from './types.js';
import { buildTrie, groupPhrases } from './trie.js';

export function assembleRuleset(rules: CompiledRule[], phrases: readonly CompiledPhrase[]): CompiledRuleset {
  const whole = rules.map((r) => r.check !== 'phrase');
  for (const p of phrases) if (p.role === 'unless' || p.role === 'only') whole[p.rule] = true;
  const isGlobal = (p: CompiledPhrase) => whole[p.rule] || (p.role?.startsWith('signal:') ?? false);
  const groups: CompiledRuleset['groups'] = [];
  // One DAG for both kinds of phrase, so the matcher looks each token up once rather than once per
  // trie (it was two: these and the whole-letter ones). Groups are numbered as they were then, the
  // phrase rules' first. Matches now come out by first token whatever their kind, where the
  // whole-letter ones came after all the others: nothing the checker does depends on that order
  // across the kinds, since every rule's phrases (and its exceptions) are of one kind and signals
  // all of the second, and each kind's own matches keep their order.
  const trie = buildTrie([...groupPhrases(phrases.filter((p) => !isGlobal(p)), groups), ...groupPhrases(phrases.filter(isGlobal), groups)]);
  const phrasings = new Set(phrases.filter((p) => !p.role).map((p) => (p.exact ?? p.tokens).join(' '))).size;
  return {
    version: 3,
    rules: rules.map((r, i) => (whole[i] ? { ...r, wholeText: true } : r)),
    groups,
    trie,
    phrasings,
  };
}

/**
 * Adds phrases (and the rules they belong to) to a compiled ruleset without rebuilding its tries:
 * all the phrases added so far get one small trie of their own (extraTrie), built here rather than
 * in createChecker, so the extension's background builds it once and no page's content script
 * carries the trie builder (issue 10, the content script's size).
 */
export function withExtraPhrases(base: CompiledRuleset, rules: CompiledRule[], phrases: (rulesOffset: number) => CompiledPhrase[]): CompiledRuleset {
  const offset = base.rules.length;
  const extra = [...(base.extra ?? []), ...phrases(offset)];
  // Numbered after the compiled groups, reusing one of them where a phrase's metadata is the same.
  const groups = [...base.groups];
  const trie = buildTrie(groupPhrases(extra, groups));
  return { ...base, rules: [...base.rules, ...rules], extra, extraTrie: { trie, groups: groups.slice(base.groups.length) } };
}
