/**
 * The search box over the rules: type a rule's name or the words it flags ("failed to attend")
 * and switch the rule from the results. How rules match: rule-search.ts.
 */
import { useState } from 'preact/hooks';
import type { RuleList, Settings } from '../../protocol/settings-shapes.js';
import { MAX_QUERY_LENGTH, rulesMatching } from './rule-search.js';
import { loadPhraseSearch, phraseSearchReady, rulesFlagging } from './search-ruleset.js';
import { RuleToggle } from './RuleToggle.js';

/** Enough to scan; more means the words typed are too general. */
const MAX_SHOWN = 25;

export function RuleSearch({ rules, settings, locked }: { rules: RuleList['rules']; settings: Settings; locked: ReadonlySet<string> }) {
  const [query, setQuery] = useState('');
  const found = rulesMatching(query, rules, phraseSearchReady.value ? rulesFlagging : undefined);
  const shown = found.slice(0, MAX_SHOWN);
  const searching = query.trim() !== '';
  const summary = !searching ? '' : found.length === 0 ? `No rules match “${query.trim()}”.`
    : found.length > MAX_SHOWN ? `${found.length} rules match: the first ${MAX_SHOWN} are shown. Type more words to narrow it down.`
    : `${found.length === 1 ? '1 rule matches' : `${found.length} rules match`}.`;
  return (
    <search class="vl-search">
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-label--s" for="rule-search">Find a rule</label>
        <div class="nhsuk-hint" id="rule-search-hint">Type its name or the words it flags, for example “failed to attend”.</div>
        <input class="vl-input" id="rule-search" type="search" autocomplete="off" spellcheck={false} maxLength={MAX_QUERY_LENGTH}
          aria-describedby="rule-search-hint" aria-controls="rule-search-results" value={query}
          onFocus={loadPhraseSearch}
          onInput={(e) => {
            loadPhraseSearch();
            setQuery((e.target as HTMLInputElement).value);
          }} />
      </div>
      {/* aria-live without role="status": the page's one status line is the save confirmation. */}
      <p class="vl-search__summary" aria-live="polite">{summary}</p>
      <div id="rule-search-results" class="nhsuk-checkboxes nhsuk-checkboxes--small vl-search__results" hidden={shown.length === 0}>
        {shown.map((r) => <RuleToggle rule={r} settings={settings} locked={locked} idPrefix="found" showLens />)}
      </div>
    </search>
  );
}
