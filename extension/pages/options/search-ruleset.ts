/**
 * The compiled ruleset for the search's phrasings, asked of the background (ui:get-ruleset) the
 * first time the clinician uses the search box: the options page bundles only each rule's id,
 * title and lens (virtual:rule-list), and the full ruleset (about 1 MB) is already in the
 * background. `phraseSearchReady` turns true when it has arrived, so the results are drawn again.
 */
import { signal } from '@preact/signals';
import { AUDIENCES, createChecker, type Checker, type CompiledRuleset } from '../../../engine/index.js';
import { ask } from '../background-client.js';

export const phraseSearchReady = signal(false);

let checker: Checker | null = null;
/** Rules that judge the whole letter (a greeting, sentence length): typing a phrase says nothing of them. */
let letterLevel: string[] = [];
let loading: Promise<void> | null = null;

export function loadPhraseSearch(): void {
  loading ??= ask<CompiledRuleset>({ type: 'ui:get-ruleset' })
    .then((ruleset) => {
      checker = createChecker(ruleset);
      letterLevel = ruleset.rules.filter((r) => r.check !== 'phrase' || r.wholeText).map((r) => r.id);
      phraseSearchReady.value = true;
    })
    .catch((e) => {
      loading = null; // titles are still searched; the next keystroke tries again
      console.warn('Values Lens could not load its rules for the search:', e);
    });
}

/** Ids of the rules that would flag `text` for any audience (some rules are for one audience only). */
export function rulesFlagging(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  if (!checker) return found;
  for (const audience of AUDIENCES) for (const f of checker.check(text, { audience, disabledRules: letterLevel })) found.add(f.ruleId);
  return found;
}
