/** The side panel for the focused field: findings by lens, readability, candour checklist, audience. */
import { signal } from '@preact/signals';
import { AUDIENCES, CANDOUR_LABEL, LENSES, type Audience, type CandourElement } from '../../engine/index.js';
import { LENS_LOOK } from '../../engine/index.js';
import { LensLabel } from '../../components/LensLabel.js';
import type { FieldReport } from '../protocol/messages.js';
import { tabReport, tellTab } from './background-client.js';

const current = signal<{ tabId: number; report: FieldReport } | null | undefined>(undefined);

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
  const { tabId, report: r } = c;
  const summary = r.summary;
  // The candour checklist has its own section below: left in, it would be the only item of an
  // otherwise empty "Letter checklist".
  const letterChecklist = summary?.checklist.filter((c) => c.kind === 'letter') ?? [];
  return (
    <main>
      <h1>Values Lens</h1>
      {!r.hasField ? (
        <p class="muted">Click into a message box on the page to check it.</p>
      ) : (
        <>
          <p class="row">
            <label for="audience">Writing to</label>
            <select
              id="audience"
              value={r.audience}
              onChange={async (e) => {
                await tellTab(tabId, { type: 'page:set-audience', audience: (e.target as HTMLSelectElement).value as Audience });
                await refreshPanel();
              }}
            >
              {AUDIENCES.map((a) => (
                <option value={a}>{a}</option>
              ))}
            </select>
          </p>
          <h2>Findings ({r.findings.length})</h2>
          {r.findings.length === 0 && <p>No findings.</p>}
          {LENSES.filter((l) => r.counts[l] > 0).map((lens) => (
            <section aria-label={`${LENS_LOOK[lens].label} findings`}>
              <h3>
                <LensLabel lens={lens} /> ({r.counts[lens]})
              </h3>
              {r.findings
                .filter((f) => f.lens === lens)
                .map((f) => (
                  <button type="button" class="finding" style={{ borderLeftColor: LENS_LOOK[lens].colour }} onClick={() => tellTab(tabId, { type: 'page:reveal', index: f.index })}>
                    <strong>{f.title}</strong>: <q>{f.actual}</q>
                    <br />
                    <span class="muted">{f.message}</span>
                  </button>
                ))}
            </section>
          ))}
          {summary && (
            <>
              <h2>Readability</h2>
              <p>
                Reading age <strong>{summary.readability.readingAge}</strong> (target {r.readingAgeTarget} or under)
                {summary.readability.readingAge > r.readingAgeTarget ? ': harder than the target.' : ': within the target.'}
              </p>
              <p class="muted">
                {summary.readability.words} words in {summary.readability.sentences} sentences; average {summary.readability.averageSentenceWords} words; longest{' '}
                {summary.readability.longestSentenceWords} words.
              </p>
              {letterChecklist.length > 0 && (
                <>
                  <h2>Letter checklist</h2>
                  <p class="muted">Nothing here is wrong in the text; the letter is missing:</p>
                  <ul class="lens-list">
                    {letterChecklist.map((c) => (
                      <li>✗ {c.message}</li>
                    ))}
                  </ul>
                </>
              )}
              {summary.candour.applies && (
                <>
                  <h2>Candour checklist</h2>
                  <p class="muted">This letter is about something that went wrong. It should:</p>
                  <ul class="lens-list">
                    {(Object.keys(CANDOUR_LABEL) as CandourElement[]).map((k) => (
                      <li>
                        {summary.candour.present.includes(k) ? '✓ Done: ' : '✗ Missing: '}
                        {CANDOUR_LABEL[k]}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
