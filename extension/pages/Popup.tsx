/**
 * The toolbar popup: on or off for this site, the focused field's counts, links to the panel,
 * options and guidance. "This site" is the top page's; when the focused field is in a frame from
 * another site, which follows its own site's setting, the popup says so and offers that site's switch too.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { LENSES } from '../../engine/index.js';
import { LensLabel } from '../../components/LensLabel.js';
import type { UiState } from '../protocol/messages.js';
import { ask, guidanceHref, loadUiState, openPanel, panelName, prepareOpenPanel, tabReport, type TabReport } from './background-client.js';

const report = signal<TabReport | null | undefined>(undefined);
const state = signal<UiState | null>(null);

export async function refreshPopup(): Promise<void> {
  void prepareOpenPanel();
  state.value = await loadUiState();
  report.value = await tabReport();
}

async function setSite(host: string, enabled: boolean) {
  await ask({ type: 'ui:set-site', host, enabled });
  await refreshPopup();
}

/** The switch for one site. */
function SiteSwitch({ host, enabled, children }: { host: string; enabled: boolean; children: preact.ComponentChildren }) {
  return (
    <p class="row">
      <label>
        <input type="checkbox" checked={enabled} onChange={(e) => setSite(host, (e.target as HTMLInputElement).checked)} /> {children}
      </label>
    </p>
  );
}

export function Popup() {
  const c = report.value;
  const s = state.value;
  // The focused field's report (it may come from a frame), and the top page's, whose site "this site" is.
  const r = c?.report;
  const page = c?.page;
  const frameHost = c && c.frameId && r && page && r.host !== page.host ? r.host : null;
  return (
    <main style={{ minWidth: '280px' }}>
      <h1>Values Lens</h1>
      {s?.policyWarnings.map((w) => <p class="warning" role="alert">{w}</p>)}
      {s?.storageProblem && (
        <p class="warning" role="alert">
          Your settings can't be saved on this computer right now. Checking goes on; the options page says more.
        </p>
      )}
      {c === undefined ? (
        <p>Loading…</p>
      ) : !c || !r || !page ? (
        <p class="muted">Values Lens does not run on this page.</p>
      ) : (
        <>
          <SiteSwitch host={page.host} enabled={s?.sites[page.host] !== false}>
            Check what I write on <strong>{page.host}</strong>
          </SiteSwitch>
          {!page.enabled && s?.sites[page.host] !== false && <p class="muted">Your organisation has not enabled Values Lens on this site.</p>}
          {frameHost && (
            <>
              <p class="muted" id="vl-frame-note">
                The box you are writing in comes from another site, <strong>{frameHost}</strong>, shown inside this page. The switch
                above covers {page.host} only: this box follows the setting for {frameHost}.
              </p>
              <SiteSwitch host={frameHost} enabled={s?.sites[frameHost] !== false}>
                Check what I write in boxes from <strong>{frameHost}</strong>
              </SiteSwitch>
            </>
          )}
          <h2>The box you are writing in</h2>
          {r.hasField ? (
            <ul class="counts" aria-label="Findings in the focused field">
              {LENSES.map((l) => (
                <li>
                  <LensLabel lens={l} />: {r.counts[l]}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Click into a message box to check it.</p>
          )}
        </>
      )}
      <p class="row">
        <button type="button" class="primary" onClick={() => openPanel().then(() => window.close())}>
          Open {panelName()}
        </button>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          Options
        </button>
      </p>
      <p>
        <a href={guidanceHref()} target="_blank" rel="noreferrer">
          Read the guidance
        </a>
        {' · '}
        <a href="/insights.html" target="_blank" rel="noreferrer">
          Insights
        </a>
      </p>
    </main>
  );
}
