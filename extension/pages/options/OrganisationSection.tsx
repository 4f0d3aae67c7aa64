/**
 * "Your organisation": what the trust's IT department set through the managed policy, near the
 * top so a clinician sees first what is not theirs to change. Policy warnings (a policy that could
 * not be read in full) are alerts above it (OptionsPage.tsx). The packs/policy work adds its
 * PolicySummary here; until then: the sites Values Lens is limited to and the rules kept on.
 */
import type { UiState } from '../../protocol/messages.js';

export function OrganisationSection({ s }: { s: UiState }) {
  const locked = s.lockedRules.length;
  if (!s.allowedSites && locked === 0) return null;
  return (
    <section class="vl-section" aria-labelledby="organisation-heading" id="organisation">
      <h2 id="organisation-heading">Your organisation</h2>
      {s.allowedSites && <p>Your organisation limits Values Lens to: {s.allowedSites.join(', ')}.</p>}
      {locked > 0 && <p>Your organisation keeps {locked === 1 ? '1 rule' : `${locked} rules`} on: they are marked "kept on by your organisation" below.</p>}
    </section>
  );
}
