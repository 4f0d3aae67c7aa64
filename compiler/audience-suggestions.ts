/**
 * Suggestions by audience in the compiled ruleset. The engine offers `rule.suggestions` or a
 * group's `suggest`; these add `suggestionsFor` and `suggestFor` beside them (an engine that does
 * not know them offers the default lists, as before). forAudience() picks one audience's lists,
 * exactly as the engine should when checking for that audience:
 *   group.suggestFor?.[audience] ?? group.suggest ?? rule.suggestionsFor?.[audience] ?? rule.suggestions
 */
import type { Audience, CompiledPhrase, CompiledRule, CompiledRuleset, PhraseGroup } from '../engine/types.js';
import type { AudienceLists } from './suggestion-spec.js';

export type RuleWithAudiences = CompiledRule & { suggestionsFor?: AudienceLists };
export type GroupWithAudiences = PhraseGroup & { suggestFor?: AudienceLists };

/** The key engine/trie.ts groupPhrases gives a phrase's group: phrases with equal keys share one group. */
function groupKey(p: CompiledPhrase): string {
  const group: PhraseGroup = { rule: p.rule };
  if (p.role) group.role = p.role;
  if (p.suggest) group.suggest = p.suggest;
  if (p.clauseStart) group.clauseStart = true;
  if (p.clauseEnd) group.clauseEnd = true;
  return JSON.stringify(group);
}

/**
 * Adds each phrase's lists by audience to its group. Two phrases that would share a group but
 * differ by audience cannot both be kept: `conflict` reports them (index into `phrases`).
 */
export function attachAudienceLists(
  ruleset: CompiledRuleset,
  phrases: readonly CompiledPhrase[],
  listsOf: (phraseIndex: number) => AudienceLists | undefined,
  conflict: (phraseIndex: number) => void,
): void {
  const wanted = new Map<string, { lists: AudienceLists; at: number }>();
  phrases.forEach((p, i) => {
    const lists = listsOf(i);
    if (!lists) return;
    const key = groupKey(p);
    const had = wanted.get(key);
    if (had && JSON.stringify(had.lists) !== JSON.stringify(lists)) conflict(i);
    else wanted.set(key, { lists, at: i });
  });
  if (wanted.size === 0) return;
  const keys = ruleset.groups.map((g) => JSON.stringify(g));
  let found = 0;
  keys.forEach((key, g) => {
    const w = wanted.get(key);
    if (w) {
      (ruleset.groups[g] as GroupWithAudiences).suggestFor = w.lists;
      found++;
    }
  });
  // The keys above copy groupPhrases': if it ever groups differently, fail loudly rather than drop lists.
  if (found !== wanted.size) throw new Error('attachAudienceLists: a phrase group was not found (did engine/trie.ts change how it groups phrases?)');
}

/** The ruleset as one audience sees it: every rule's and group's suggestions for that audience. */
export function forAudience(ruleset: CompiledRuleset, audience: Audience): CompiledRuleset {
  const rules = (ruleset.rules as RuleWithAudiences[]).map((r) => (r.suggestionsFor?.[audience] ? { ...r, suggestions: r.suggestionsFor[audience]! } : r));
  const groups = (ruleset.groups as GroupWithAudiences[]).map((g) => (g.suggestFor?.[audience] ? { ...g, suggest: g.suggestFor[audience]! } : g));
  return { ...ruleset, rules, groups };
}

/** Whether any rule or group has lists by audience (a front end needs forAudience only then). */
export function hasAudienceLists(ruleset: CompiledRuleset): boolean {
  return (ruleset.rules as RuleWithAudiences[]).some((r) => r.suggestionsFor) || (ruleset.groups as GroupWithAudiences[]).some((g) => g.suggestFor);
}
