/**
 * What the background sends a tab to check with (content:get-ruleset): the compiled ruleset already
 * merged with the rule packs and the organisation's phrases in force, so no page's content script
 * carries the pack merger or the phrase compiler, and `packRules`, which names a pack rule's pack
 * and explanation on its card, and `css`, the styles of what is drawn after a check (protocol/card-css.ts).
 */
import type { CompiledRuleset, PackedRule } from '../../engine/index.js';

export interface PageRuleset {
  ruleset: CompiledRuleset;
  /** The pack and pack rule behind each pack rule's id ("example-trust/old-trust-name"). */
  packRules: Record<string, PackedRule>;
  /** The styles of the badge, the underlines and the card, drawn only after a check: they come with the rules, not in the content script. */
  css: string;
}

/** Checked for its shape on arrival: an error sent back must not be taken for the rules. */
export function isPageRuleset(x: unknown): x is PageRuleset {
  const p = x as Partial<PageRuleset> | null;
  const r = p?.ruleset as Partial<CompiledRuleset> | undefined;
  const rulesetOk = !!r && typeof r === 'object' && Array.isArray(r.rules) && Array.isArray(r.groups) && !!r.trie;
  return rulesetOk && !!p!.packRules && typeof p!.packRules === 'object' && typeof p!.css === 'string';
}
