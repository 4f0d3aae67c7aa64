/**
 * The compiled ruleset for the search's phrasings, asked of the background (ui:get-ruleset) the
 * first time the clinician uses the search box: the options page bundles only each rule's id,
 * title and lens (virtual:rule-list), and the full ruleset (about 1 MB) is already in the
 * background. The rule packs in force (ui:get-packs) are merged in as the content script merges
 * them, so a pack's rule is found by the words it flags like a built-in one. `phraseSearchReady`
 * turns true when both have arrived, so the results are drawn again.
 */
import { signal } from '@preact/signals';
import { AUDIENCES, createChecker, type Checker, type CompiledRuleset } from '../../../engine/index.js';
import { withPacks, type PackFile } from '../../../engine/pack/index.js';
import { ask } from '../background-client.js';

export const phraseSearchReady = signal(false);

let checker: Checker | null = null;
/** Rules that judge the whole letter (a greeting, sentence length): typing a phrase says nothing of them. */
let letterLevel: string[] = [];
let loading: Promise<void> | null = null;

export function loadPhraseSearch(): void {
  loading ??= Promise.all([ask<CompiledRuleset>({ type: 'ui:get-ruleset' }), ask<PackFile[]>({ type: 'ui:get-packs' })])
    .then(([base, packs]) => {
      const ruleset = Array.isArray(packs) && packs.length > 0 ? withPacks(base, packs).ruleset : base;
      checker = createChecker(ruleset);
      letterLevel = ruleset.rules.filter((r) => r.check !== 'phrase' || r.wholeText).map((r) => r.id);
      phraseSearchReady.value = true;
    })
    .catch((e) => {
      loading = null; // titles are still searched; the next keystroke tries again
      console.warn('Values Lens could not load its rules for the search:', e);
    });
}

/** A pack was imported or removed: the next search asks for the packs (and rules) again. */
export function packsChanged(): void {
  loading = null;
  phraseSearchReady.value = false;
}

/** Ids of the rules that would flag `text` for any audience (some rules are for one audience only). */
export function rulesFlagging(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  if (!checker) return found;
  for (const audience of AUDIENCES) for (const f of checker.check(text, { audience, disabledRules: letterLevel })) found.add(f.ruleId);
  return found;
}
