/**
 * What the organisation's managed policy sets, on the options page: each setting with a "set by
 * your organisation" mark, and the policy's warnings (each value it could not use, ignored on its
 * own: policy.ts). Controls the policy locks are disabled where they are drawn, with the reason.
 */
import { AUDIENCE_CHOICE } from '../../../engine/audience-notes.js';
import { AUDIENCES, LENS_LABEL, SEVERITY_LABEL } from '../../../engine/index.js';
import type { PolicyView } from '../../protocol/messages.js';

const SET = <span class="vl-muted"> (set by your organisation)</span>;

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return <li><strong>{label}:</strong> {children}{SET}</li>;
}

const list = (xs: string[]) => xs.join(', ');

/** titleOf: a rule's title by id (built-in and pack rules), so locked rules read as the card names them. */
export function PolicySummary({ policy, warnings, titleOf = (id) => id }: { policy: PolicyView | null; warnings: string[]; titleOf?: (id: string) => string }) {
  if (!policy && warnings.length === 0) return null;
  const audiences = Object.entries(policy?.siteAudiences ?? {});
  return (
    <section class="vl-section" aria-labelledby="policy-heading" id="policy-summary">
      <h2 id="policy-heading">Set by your organisation</h2>
      {warnings.length > 0 && (
        <div class="vl-warning" role="alert">
          <p><strong>Some of your organisation's settings could not be used and were ignored.</strong> The rest apply. Tell your IT team:</p>
          <ul>{warnings.map((w) => <li>{w}</li>)}</ul>
        </div>
      )}
      {policy && (
        <ul>
          {policy.lockedLenses.length > 0 && <Row label="Lenses that stay on">{list(policy.lockedLenses.map((l) => LENS_LABEL[l]))}</Row>}
          {policy.lockedRules.length > 0 && <Row label="Rules that stay on">{list(policy.lockedRules.map(titleOf))}</Row>}
          {policy.severityThreshold && (
            <Row label="Findings shown">{SEVERITY_LABEL[policy.severityThreshold]} ({policy.severityThreshold}) and more serious</Row>
          )}
          {audiences.length > 0 && (
            <Row label="Audience by site">{list(audiences.map(([site, a]) => `${site}: ${AUDIENCE_CHOICE[a] ?? a}`))}</Row>
          )}
          {policy.allowedSites && (
            <Row label="Runs only on">{policy.allowedSites.length ? list(policy.allowedSites) : 'no site (every listed site was invalid)'}</Row>
          )}
          {policy.excludedSites.length > 0 && <Row label="Never runs on">{list(policy.excludedSites)}</Row>}
          {policy.packs.length > 0 && <Row label="Rule packs">{list(policy.packs)}</Row>}
          {policy.customPhrases > 0 && <Row label="Organisation phrases">{policy.customPhrases}</Row>}
          {policy.defaultAudience && AUDIENCES.includes(policy.defaultAudience) && <Row label="Starting audience">{AUDIENCE_CHOICE[policy.defaultAudience]}</Row>}
          {policy.readingAgeTarget !== undefined && <Row label="Starting reading-age target">{policy.readingAgeTarget}</Row>}
          {policy.disabledLenses && policy.disabledLenses.length > 0 && (
            <Row label="Lenses off to start with">{list(policy.disabledLenses.map((l) => LENS_LABEL[l]))}</Row>
          )}
          {policy.falseAlarmAddress && <Row label="False alarms are reported to">{policy.falseAlarmAddress}</Row>}
        </ul>
      )}
    </section>
  );
}
