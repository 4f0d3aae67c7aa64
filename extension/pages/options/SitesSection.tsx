/** "Sites": where the clinician turned Values Lens off (from the toolbar button), with a switch to turn each back on. */
import { ask } from '../background-client.js';
import { done, refreshOptions, status } from './options-state.js';

export function SitesSection({ sites }: { sites: Record<string, boolean> }) {
  const hosts = Object.entries(sites);
  return (
    <section class="vl-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      {hosts.length === 0 ? <p class="vl-muted">On everywhere. Turn a site off from the toolbar button while on it.</p> : (
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
