/** "Lenses and rules": the search, then each lens with its switch, its count and its rules (collapsed). */
import { LENSES, type Lens } from '../../../engine/index.js';
import type { RuleList, Settings } from '../../protocol/settings-shapes.js';
import { LensGroup } from './LensGroup.js';
import { RuleSearch } from './RuleSearch.js';

export function RulesSection({ ruleset, settings, lockedRules, lockedLenses }: { ruleset: RuleList; settings: Settings; lockedRules: string[]; lockedLenses: readonly Lens[] }) {
  const locked = new Set(lockedRules);
  // By title, so a clinician scanning a lens's rules finds one where the alphabet says it is.
  const byTitle = [...ruleset.rules].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return (
    <section class="vl-section" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Lenses and rules</h2>
      <p class="vl-muted">Turn a whole lens off, or single rules. A rule you turn off is not checked anywhere.</p>
      <RuleSearch rules={ruleset.rules} settings={settings} locked={locked} />
      <div class="vl-lenses">
        {LENSES.map((lens) => <LensGroup lens={lens} rules={byTitle.filter((r) => r.lens === lens)} settings={settings} locked={locked} lensLocked={lockedLenses.includes(lens)} />)}
      </div>
    </section>
  );
}
