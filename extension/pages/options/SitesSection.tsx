/**
 * "Sites": where the organisation's policy lets Values Lens run (allowedSites, excludedSites),
 * then where the clinician turned it off (from the toolbar button), with a switch to turn each
 * back on. Saying "on everywhere" under a policy that limits the sites would tell the clinician
 * something untrue.
 */
import { ask } from '../background-client.js';
import { done, refreshOptions, status } from './options-state.js';

/** "a", "a and b", "a, b and c". */
function listed(hosts: readonly string[]): string {
  return hosts.length < 2 ? hosts.join('') : `${hosts.slice(0, -1).join(', ')} and ${hosts[hosts.length - 1]}`;
}

function OrganisationSites({ allowed, excluded }: { allowed: readonly string[] | null; excluded: readonly string[] }) {
  const its = (hosts: readonly string[]) => (hosts.length === 1 ? 'its subdomains' : 'their subdomains');
  return (
    <>
      {allowed && (
        <p>{allowed.length === 0 ? 'Nowhere: your organisation set a list of sites with none it could use.' : `Only on ${listed(allowed)} (and ${its(allowed)}), set by your organisation.`}</p>
      )}
      {excluded.length > 0 && <p>Never on {listed(excluded)} (and {its(excluded)}), set by your organisation.</p>}
    </>
  );
}

export function SitesSection({ sites, allowed = null, excluded = [] }: { sites: Record<string, boolean>; allowed?: readonly string[] | null; excluded?: readonly string[] }) {
  const hosts = Object.entries(sites);
  const limited = allowed !== null || excluded.length > 0;
  return (
    <section class="vl-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <OrganisationSites allowed={allowed} excluded={excluded} />
      {hosts.length === 0 ? <p class="vl-muted">{limited ? 'Turn a site off from the toolbar button while on it.' : 'On everywhere. Turn a site off from the toolbar button while on it.'}</p> : (
        <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
          {hosts.map(([host, on], i) => (
            <div class="nhsuk-checkboxes__item">
              <input class="nhsuk-checkboxes__input" id={`site-${i}`} type="checkbox" checked={on}
                onChange={async (e) => {
                  const enabled = (e.target as HTMLInputElement).checked;
                  await ask({ type: 'ui:set-site', host, enabled });
                  await refreshOptions();
                  status.value = done(`Saved: ${host} ${enabled ? 'on' : 'off'}.`, `Changed: ${host} ${enabled ? 'on' : 'off'}`);
                }} />
              <label class="nhsuk-label nhsuk-checkboxes__label" for={`site-${i}`}>Check on {host}</label>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
