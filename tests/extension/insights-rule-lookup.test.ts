/**
 * The insights page names every counted rule and puts it in its lens, wherever the rule came from:
 * a pack's rule or the organisation's pushed phrase counted under "Other"/"unknown" (and was left
 * out of the findings-per-lens chart) before.
 */
import { describe, expect, it } from 'vitest';
import { ruleLookup } from '../../extension/pages/insights/rule-lookup.js';
import { countsCsv } from '../../extension/pages/insights/counts-csv.js';
import { findingsPerLensPerWeek } from '../../extension/pages/insights/insights-data.js';
import type { CountEntry, PackSummary } from '../../extension/protocol/messages.js';
import { customRuleId } from '../../extension/protocol/ids.js';

const RULESET = { rules: [{ id: 'nocte-mane', title: 'Latin times of day (nocte, mane)', lens: 'clarity' as const }] };
const PACK: PackSummary = {
  name: 'example-trust', version: '1.0.0', organisation: 'Example NHS Foundation Trust', description: '', rules: 1, managed: false,
  ruleList: [{ id: 'example-trust/old-trust-name', title: 'Old trust name', lens: 'clarity' }],
};
const POLICY_PHRASE = { phrase: 'Central Booking Office', suggestion: 'Patient Access Centre', lens: 'respect' as const };
const TODAY = '2026-12-05';
const seen = (ruleId: string, count: number): CountEntry => ({ day: TODAY, ruleId, kind: 'seen', count });

describe('naming the counted rules on the insights page', () => {
  const lookup = ruleLookup({ ruleset: RULESET, phrases: [], packs: [PACK], policyPhrases: [POLICY_PHRASE] });

  it('a pack rule has its own title and lens, like a built-in rule', () => {
    expect(lookup('example-trust/old-trust-name')).toEqual({ title: 'Old trust name', lens: 'clarity' });
    expect(lookup('nocte-mane')).toEqual({ title: 'Latin times of day (nocte, mane)', lens: 'clarity' });
  });

  it('a phrase the organisation pushed by policy has its lens', () => {
    expect(lookup(customRuleId(POLICY_PHRASE))).toEqual({ title: 'Your organisation\'s phrase "Central Booking Office"', lens: 'respect' });
  });

  it('a rule of a pack since removed shows as its id, with no lens', () => {
    expect(lookup('gone-pack/some-rule')).toEqual({ title: 'gone-pack/some-rule', lens: null });
  });

  it('pack findings count in their lens\'s chart and carry their lens in the CSV', () => {
    const counts = [seen('nocte-mane', 2), seen('example-trust/old-trust-name', 3)];
    const chart = findingsPerLensPerWeek(counts, lookup, TODAY);
    expect(chart.series.find((s) => s.key === 'clarity')!.values.at(-1)).toBe(5);
    expect(countsCsv(counts, lookup)).toContain('example-trust/old-trust-name,clarity,seen,3');
  });
});
