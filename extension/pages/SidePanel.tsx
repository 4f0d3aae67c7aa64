/**
 * The side panel for the focused field: who the letter is to, a summary of the whole letter
 * (counts, reading age, the candour and letter checklists), then the findings by lens, grouped by
 * rule (side-panel/). Summary first: below 41 findings it was 6,000 px down (issue 13).
 */
import { signal } from '@preact/signals';
import { AUDIENCE_CHOICE, AUDIENCE_NOTES } from '../../engine/audience-notes.js';
import { AUDIENCES, type Audience } from '../../engine/index.js';
import { tabReport, tellTab, type TabReport } from './background-client.js';
import { FindingGroups } from './side-panel/FindingGroups.js';
import { groupFindings } from './side-panel/group-findings.js';
import { LetterSummary } from './side-panel/LetterSummary.js';

const current = signal<TabReport | null | undefined>(undefined);

export async function refreshPanel(): Promise<void> {
  current.value = await tabReport();
}

export function SidePanel() {
  const c = current.value;
  if (c === undefined) return <main><p>Loading…</p></main>;
  if (!c || !c.report.enabled) {
    return (
      <main>
        <h1>Values Lens</h1>
        <p class="muted">Nothing to check on this page.</p>
      </main>
    );
  }
  // The report may be a frame's (the focused field is in a frame from another origin): its messages go there.
  const { tabId, report: r, frameId, page } = c;
  return (
    <main>
      <h1>Values Lens</h1>
      {!r.hasField ? (
        <p class="muted">Click into a message box on the page to check it.</p>
      ) : (
        <>
          {frameId !== 0 && r.host !== page.host && (
            <p class="muted">
              The box you are writing in comes from another site, <strong>{r.host}</strong>, shown inside this page.
            </p>
          )}
          <p class="row">
            <label for="audience">Writing to</label>
            <select
              id="audience"
              value={r.audience}
              aria-describedby="audience-hint"
              onChange={async (e) => {
                await tellTab(tabId, { type: 'page:set-audience', audience: (e.target as HTMLSelectElement).value as Audience }, frameId);
                await refreshPanel();
              }}
            >
              {AUDIENCES.map((a) => (
                <option value={a}>{AUDIENCE_CHOICE[a]}</option>
              ))}
            </select>
          </p>
          <p class="muted" id="audience-hint">{AUDIENCE_NOTES[r.audience]}</p>
          <LetterSummary summary={r.summary} counts={r.counts} readingAgeTarget={r.readingAgeTarget} />
          <h2>Findings ({r.findings.length})</h2>
          {r.findings.length === 0 && <p>No findings.</p>}
          <FindingGroups groups={groupFindings(r.findings)} onReveal={(f) => tellTab(tabId, { type: 'page:reveal', index: f.index }, frameId)} />
        </>
      )}
    </main>
  );
}
