/**
 * The insights page (issue 13): the counts the extension keeps (findings shown per rule per day, and
 * what was done with them) as charts with tables, a CSV export and "forget all counts". Only rule
 * ids, days, kinds and numbers are stored, so nothing here can identify a letter or a person.
 */
import { signal } from '@preact/signals';
import { useRef, useEffect } from 'preact/hooks';
import type { CountEntry } from '../../protocol/messages.js';
import type { RuleList } from '../../protocol/settings-shapes.js';
import { ask, loadUiState } from '../background-client.js';
import { GroupedBarChart } from './GroupedBarChart.js';
import { RankedBarChart } from './RankedBarChart.js';
import { ACTION_LOOK, lensLook } from './chart-look.js';
import { countsCsv, csvFileName } from './counts-csv.js';
import { ruleLookup, type KnownRules } from './rule-lookup.js';
import { PageFrame } from '../PageFrame.js';
import {
  actionsPerWeek,
  findingsPerLensPerWeek,
  localDay,
  monthLabel,
  topRulesThisMonth,
  weekLabel,
  WEEKS_SHOWN,
} from './insights-data.js';
import { LENSES, type Lens } from '../../../engine/index.js';

const counts = signal<CountEntry[] | null>(null);
/** Every rule a count can name besides the built-in ones: packs and phrases (the clinician's and the policy's). */
const otherRules = signal<Omit<KnownRules, 'ruleset'>>({ phrases: [], packs: [], policyPhrases: [] });
const confirming = signal(false);
/** What just happened, for the live region (forgotten, exported). */
const status = signal('');

export async function refreshInsights(): Promise<void> {
  const [c, s] = await Promise.all([ask<CountEntry[]>({ type: 'ui:get-counts' }), loadUiState()]);
  counts.value = Array.isArray(c) ? c : [];
  otherRules.value = { phrases: s?.customPhrases ?? [], packs: s?.packs ?? [], policyPhrases: s?.policyPhrases ?? [] };
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function forgetAll(): Promise<void> {
  await ask({ type: 'ui:forget-counts' });
  confirming.value = false;
  await refreshInsights();
  status.value = 'All counts are forgotten.';
}

function ForgetConfirm() {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div class="insights-confirm" role="group" aria-labelledby="forget-question">
      <p id="forget-question">
        <strong>Forget every count kept on this computer?</strong> This cannot be undone.
      </p>
      <p class="row">
        <button type="button" class="warning-button" ref={yes} onClick={() => void forgetAll()}>
          Yes, forget all counts
        </button>
        <button type="button" onClick={() => (confirming.value = false)}>
          Cancel
        </button>
      </p>
    </div>
  );
}

export function Insights({ ruleset }: { ruleset: RuleList }) {
  const all = counts.value;
  const today = localDay();
  const rules = ruleLookup({ ruleset, ...otherRules.value });
  const top = all ? topRulesThisMonth(all, rules, today) : [];
  return (
    <PageFrame mainClass="insights">
      <h1>Values Lens insights</h1>
      <p>
        How often each rule found something, and what you did about it. Only counts are kept, on this computer: a rule, a day and a number.
        No letter text, names or sites are kept, so nothing here can identify a letter or a person.
      </p>
      <p role="status" class="insights-status">
        {status.value}
      </p>
      {all === null ? (
        <p>Loading…</p>
      ) : all.length === 0 ? (
        <div class="insights-empty">
          <h2>Nothing counted yet</h2>
          <p>Counts appear here once Values Lens has checked something you wrote, and when you fix, ignore or report a finding.</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="h-lens">
            <h2 id="h-lens">Findings per lens, week by week</h2>
            <GroupedBarChart
              id="chart-lens"
              title={`Findings per lens, last ${WEEKS_SHOWN} weeks`}
              description="Bars for each week, one per lens: candour, compassion, respect and clarity. The table below has the same numbers."
              data={findingsPerLensPerWeek(all, rules, today)}
              looks={Object.fromEntries(LENSES.map((l) => [l, lensLook(l)])) as Record<Lens, ReturnType<typeof lensLook>>}
              groupLabel={weekLabel}
              axisLabel={(w) => weekLabel(w).slice(4)}
              groupHeading="Week"
            />
          </section>
          <section aria-labelledby="h-top">
            <h2 id="h-top">Top rules this month</h2>
            {top.length === 0 ? (
              <p>No findings yet in {monthLabel(today)}.</p>
            ) : (
              <RankedBarChart
                id="chart-top"
                title={`Rules that found most in ${monthLabel(today)}`}
                description="One bar per rule, longest first, with its number of findings. The table below has the same numbers."
                rows={top}
              />
            )}
          </section>
          <section aria-labelledby="h-actions">
            <h2 id="h-actions">Fixes applied and findings ignored</h2>
            <GroupedBarChart
              id="chart-actions"
              title={`Fixes applied, findings ignored and reported as wrong, last ${WEEKS_SHOWN} weeks`}
              description="Bars for each week: fixes applied, findings ignored, findings reported as wrong. The table below has the same numbers."
              data={actionsPerWeek(all, today)}
              looks={ACTION_LOOK}
              groupLabel={weekLabel}
              axisLabel={(w) => weekLabel(w).slice(4)}
              groupHeading="Week"
            />
          </section>
        </>
      )}
      {all !== null && all.length > 0 && (
        <section aria-labelledby="h-keep">
          <h2 id="h-keep">Export or forget the counts</h2>
          <p>The export is a CSV file with a row for each day, rule and kind: day, rule, lens, kind, count.</p>
          <p class="row">
            <button
              type="button"
              onClick={() => {
                download(countsCsv(all, rules), csvFileName(today));
                status.value = 'The counts are saved as a CSV file.';
              }}
            >
              Export as CSV
            </button>
            {!confirming.value && (
              <button type="button" onClick={() => (confirming.value = true)}>
                Forget all counts
              </button>
            )}
          </p>
          {confirming.value && <ForgetConfirm />}
        </section>
      )}
    </PageFrame>
  );
}
