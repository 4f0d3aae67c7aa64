/**
 * The ruleset a tab checks with: the built-in one plus the rule packs and the organisation's
 * phrases in force, merged here once rather than in every page's content script (which then
 * carries neither the pack merger nor the phrase compiler: issue 10, the content script's size).
 * Every tab asks for it (content:get-ruleset) and most share the same packs and phrases, so the
 * last few merges are kept.
 */
import { withPacks, type CompiledRuleset, type PackFile } from '../../engine/index.js';
import { CARD_CSS } from '../protocol/card-css.js';
import type { PageRuleset } from '../protocol/page-ruleset.js';
import type { CustomPhrase } from '../protocol/settings-shapes.js';
import { withCustomPhrases } from './custom-rules.js';

/** Merges kept: the packs and phrases in force now, and the ones just before a change. */
const KEPT = 4;

export function pageRulesets(base: CompiledRuleset): (packs: readonly PackFile[], phrases: CustomPhrase[]) => PageRuleset {
  const made = new Map<string, PageRuleset>();
  return (packs, phrases) => {
    const key = JSON.stringify([packs, phrases]);
    let page = made.get(key);
    if (page) made.delete(key); // put back last, as the most recently used
    else page = merge(base, packs, phrases);
    made.set(key, page);
    if (made.size > KEPT) made.delete(made.keys().next().value!);
    return page;
  };
}

function merge(base: CompiledRuleset, packs: readonly PackFile[], phrases: CustomPhrase[]): PageRuleset {
  let withTheirPacks = base;
  let packRules: PageRuleset['packRules'] = {};
  try {
    ({ ruleset: withTheirPacks, packRules } = withPacks(base, packs));
  } catch (e) {
    // The packs were read with readPack, at most MAX_PACKS, with distinct names; should that ever
    // fail, the built-in rules (and the organisation's phrases) must still run.
    console.warn('Values Lens could not load its rule packs:', e);
  }
  return { ruleset: withCustomPhrases(withTheirPacks, phrases), packRules, css: CARD_CSS };
}
