/**
 * The options page, top to bottom: what the organisation set (not the clinician's to change),
 * what to show and who the letters are for, the lenses and rules (search, then lenses collapsed),
 * rule packs, the organisation's phrases, sites, import and export. One section per file; this
 * file only lays them out.
 */
import type { RuleList } from '../../protocol/settings-shapes.js';
import { refreshOptions, state, status } from './options-state.js';
import { StatusLine } from './StatusLine.js';
import { StorageNotice } from './StorageNotice.js';
import { PolicySummary } from './PolicySummary.js';
import { PacksSection } from './PacksSection.js';
import { packsChanged } from './search-ruleset.js';
import { ShowSection } from './ShowSection.js';
import { WritingForSection } from './WritingForSection.js';
import { RulesSection } from './RulesSection.js';
import { PhrasesSection } from './PhrasesSection.js';
import { SitesSection } from './SitesSection.js';
import { ImportExportSection } from './ImportExportSection.js';

export { refreshOptions } from './options-state.js';

export function OptionsPage({ ruleset }: { ruleset: RuleList }) {
  const s = state.value;
  // Pack rules are listed with the built-in ones, so one turned off from the card can be turned on again.
  const rules = s ? [...ruleset.rules, ...s.packs.filter((p) => !p.replacedByPolicy).flatMap((p) => p.ruleList)] : ruleset.rules;
  return (
    <>
      <header class="vl-header">
        <div class="vl-width vl-header__bar">
          <p class="vl-header__name">Values Lens</p>
          <a class="vl-header__link" href="/insights.html">Insights: counts of what it found, no text</a>
        </div>
      </header>
      <main class="vl-width vl-main" id="maincontent">
        <h1>Values Lens options</h1>
        <StatusLine />
        {!s ? <p>Loading…</p> : (
          <>
            {s.storageProblem && <StorageNotice problem={s.storageProblem} />}
            {/* What the organisation set, and the policy values it could not use, first. */}
            <PolicySummary policy={s.policy} warnings={s.policyWarnings} titleOf={(id) => rules.find((r) => r.id === id)?.title ?? id} />
            <div class="vl-pair">
              <ShowSection settings={s.settings} lockedBy={s.policy?.severityThreshold} />
              <WritingForSection settings={s.settings} />
            </div>
            <RulesSection
              ruleset={{ rules }}
              settings={s.settings}
              lockedRules={s.lockedRules}
              lockedLenses={s.policy?.lockedLenses ?? []}
            />
            {/* A pack imported or removed: the search asks for the packs' phrasings again. */}
            <PacksSection packs={s.packs} refresh={() => (packsChanged(), refreshOptions())} say={(m) => (status.value = m)} />
            <PhrasesSection phrases={s.customPhrases} pushed={s.policyPhrases ?? []} />
            <SitesSection sites={s.sites} allowed={s.allowedSites} excluded={s.policy?.excludedSites ?? []} />
            <ImportExportSection />
          </>
        )}
      </main>
      <footer class="vl-footer">
        <p class="vl-width">Values Lens is not an official NHS product and is not endorsed by the NHS. It runs on your device: nothing you type is stored or sent.</p>
      </footer>
    </>
  );
}
