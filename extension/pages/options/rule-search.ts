/**
 * The options page's search over rules (issue 13: "304 checkboxes ... with no search"). A rule
 * matches when every word typed begins a word of its title or id ("failed to att" finds "Failed
 * to attend"), or when the rule would flag what was typed ("you failed to attend", "nocte"): the
 * phrasings are the engine's own, so the search finds exactly what the checker would underline.
 * Linear in the rules and the query; the query is capped.
 */
import type { Lens } from '../../../engine/index.js';

export interface SearchableRule {
  id: string;
  title: string;
  lens: Lens;
}

/** Longer than any phrase a rule matches; more is cut, so a pasted letter costs no more than this. */
export const MAX_QUERY_LENGTH = 200;

const words = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9']+/).filter(Boolean);

/**
 * The rules that match `query`, title matches first, then those that would flag it, each in
 * ruleset order. `flagging` names the rules whose phrasings match the text (search-ruleset.ts);
 * without it (the ruleset has not arrived yet) titles alone are searched.
 */
export function rulesMatching<R extends SearchableRule>(query: string, rules: readonly R[], flagging?: (text: string) => ReadonlySet<string>): R[] {
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  const wanted = words(text);
  if (wanted.length === 0) return [];
  const byTitle = rules.filter((r) => {
    const have = [...words(r.title), ...words(r.id)];
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  });
  const flagged = flagging?.(text) ?? new Set<string>();
  const shown = new Set(byTitle.map((r) => r.id));
  return [...byTitle, ...rules.filter((r) => flagged.has(r.id) && !shown.has(r.id))];
}
