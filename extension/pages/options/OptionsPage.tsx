/**
 * The options page, top to bottom: what the organisation set (not the clinician's to change),
 * what to show and who the letters are for, the lenses and rules (search, then lenses collapsed),
 * rule packs, the organisation's phrases, sites, import and export. One section per file; this
 * file only lays them out. The packs/policy work adds PolicySummary to "Your organisation" and
 * PacksSection after the rules (the two marked places below).
 */
import type { RuleList } from '../../protocol/settings-shapes.js';
import { state } from './options-state.js';
import { StatusLine } from './StatusLine.js';
import { StorageNotice } from './StorageNotice.js';
import { OrganisationSection } from './OrganisationSection.js';
import { ShowSection } from './ShowSection.js';
import { WritingForSection } from './WritingForSection.js';
import { RulesSection } from './RulesSection.js';
import { PhrasesSection } from './PhrasesSection.js';
import { SitesSection } from './SitesSection.js';
import { ImportExportSection } from './ImportExportSection.js';

export { refreshOptions } from './options-state.js';

export function OptionsPage({ ruleset }: { ruleset: RuleList }) {
  const s = state.value;
  return (
    <>
      <header class="vl-header">
        <div class="vl-width"><p class="vl-header__name">Values Lens</p></div>
      </header>
      <main class="vl-width vl-main" id="maincontent">
        <h1>Values Lens options</h1>
        <p><a href="/insights.html">Insights: what Values Lens has found, as counts without any text</a></p>
        <StatusLine />
        {!s ? <p>Loading…</p> : (
          <>
            {s.storageProblem && <StorageNotice problem={s.storageProblem} />}
            {s.policyWarnings.map((w) => <p class="vl-warning" role="alert">{w}</p>)}
            {/* Your organisation: PolicySummary (packs/policy) goes in or in place of this section. */}
            <OrganisationSection s={s} />
            <div class="vl-pair">
              <ShowSection settings={s.settings} />
              <WritingForSection settings={s.settings} />
            </div>
            <RulesSection ruleset={ruleset} settings={s.settings} lockedRules={s.lockedRules} />
            {/* Rule packs: PacksSection (packs/policy) goes here, after the rules. */}
            <PhrasesSection phrases={s.customPhrases} />
            <SitesSection sites={s.sites} />
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
