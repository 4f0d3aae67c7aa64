/** The toolbar popup: on or off for this site, this tab's counts, links to the panel, options and guidance. */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { LENSES } from '../../engine/index.js';
import { LensLabel } from '../../components/LensLabel.js';
import type { FieldReport, UiState } from '../protocol/messages.js';
import { ask, guidanceHref, loadUiState, openPanel, panelName, prepareOpenPanel, tabReport } from './background-client.js';

const report = signal<FieldReport | null | undefined>(undefined);
const state = signal<UiState | null>(null);

export async function refreshPopup(): Promise<void> {
  void prepareOpenPanel();
  state.value = await loadUiState();
  report.value = (await tabReport())?.report ?? null;
}

async function setSite(host: string, enabled: boolean) {
  await ask({ type: 'ui:set-site', host, enabled });
  await refreshPopup();
}

export function Popup() {
  const r = report.value;
  const s = state.value;
  return (
    <main style={{ minWidth: '280px' }}>
      <h1>Values Lens</h1>
      {s?.policyWarnings.map((w) => <p class="warning" role="alert">{w}</p>)}
      {s?.storageProblem && (
        <p class="warning" role="alert">
          Your settings can't be saved on this computer right now. Checking goes on; the options page says more.
        </p>
      )}
      {r === undefined ? (
        <p>Loading…</p>
      ) : r === null ? (
        <p class="muted">Values Lens does not run on this page.</p>
      ) : (
        <>
          <p class="row">
            <label>
              <input type="checkbox" checked={s?.sites[r.host] !== false} onChange={(e) => setSite(r.host, (e.target as HTMLInputElement).checked)} />{' '}
              Check what I write on <strong>{r.host}</strong>
            </label>
          </p>
          {!r.enabled && s?.sites[r.host] !== false && <p class="muted">Your organisation has not enabled Values Lens on this site.</p>}
          <h2>This tab</h2>
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
