/** The insights page's figures and CSV, from counts alone (issue 13). */
import { describe, expect, it } from 'vitest';
import {
  actionsPerWeek,
  findingsPerLensPerWeek,
  lastWeeks,
  topRulesThisMonth,
  weekLabel,
  weekStart,
  type RuleLookup,
} from '../../extension/pages/insights/insights-data.js';
import { countsCsv, csvCell } from '../../extension/pages/insights/counts-csv.js';
import type { CountEntry } from '../../extension/protocol/messages.js';

const RULES: Record<string, { title: string; lens: 'candour' | 'compassion' | 'respect' | 'clarity' }> = {
  'failed-to-attend': { title: 'Failed to attend', lens: 'compassion' },
  'nocte-mane': { title: 'Latin times of day', lens: 'clarity' },
  'apology-missing': { title: 'Apology', lens: 'candour' },
};
const lookup: RuleLookup = (id) => RULES[id] ?? { title: id, lens: null };
const seen = (day: string, ruleId: string, count: number): CountEntry => ({ day, ruleId, kind: 'seen', count });

// Saturday 5 December 2026: this week began on Monday 30 November.
const TODAY = '2026-12-05';

describe('weeks', () => {
  it('a week runs Monday to Sunday, across a month and a year', () => {
    expect(weekStart('2026-12-05')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    // The clocks go back on Sunday 25 October 2026: still the week of the 19th.
    expect(weekStart('2026-10-25')).toBe('2026-10-19');
  });

  it('the charts show the last eight weeks, oldest first, named by their Monday', () => {
    const weeks = lastWeeks(TODAY);
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toBe('2026-10-12');
    expect(weeks[7]).toBe('2026-11-30');
    expect(weekLabel('2026-11-30')).toBe('w/c 30 Nov');
  });
});

describe('chart data from counts', () => {
  const counts: CountEntry[] = [
    seen('2026-12-01', 'failed-to-attend', 3),
    seen('2026-12-05', 'failed-to-attend', 2),
    seen('2026-11-29', 'nocte-mane', 4), // Sunday: last week
    seen('2026-12-02', 'custom-hang-in-there', 7), // lens unknown: left out of the lens chart
    seen('2026-01-01', 'apology-missing', 9), // too old for the weekly chart
    { day: '2026-12-02', ruleId: 'failed-to-attend', kind: 'fixed', count: 4 },
    { day: '2026-12-03', ruleId: 'nocte-mane', kind: 'ignored', count: 1 },
    { day: '2026-11-24', ruleId: 'nocte-mane', kind: 'reported', count: 2 },
  ];

  it('findings per lens per week add up each lens\'s rules in each week; actions are not findings', () => {
    const d = findingsPerLensPerWeek(counts, lookup, TODAY);
    const of = (lens: string) => d.series.find((s) => s.key === lens)!.values;
    expect(d.series.map((s) => s.key)).toEqual(['candour', 'compassion', 'respect', 'clarity']);
    expect(of('compassion')).toEqual([0, 0, 0, 0, 0, 0, 0, 5]);
    expect(of('clarity')).toEqual([0, 0, 0, 0, 0, 0, 4, 0]);
    expect(of('candour')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('fixes, ignores and reports per week', () => {
    const d = actionsPerWeek(counts, TODAY);
    expect(d.series.map((s) => [s.key, s.values.slice(6)])).toEqual([
      ['fixed', [0, 4]],
      ['ignored', [0, 1]],
      ['reported', [2, 0]],
    ]);
  });

  it('top rules this month: this calendar month only, most first, at most the limit', () => {
    expect(topRulesThisMonth(counts, lookup, TODAY)).toEqual([
      { ruleId: 'custom-hang-in-there', title: 'custom-hang-in-there', lens: null, count: 7 },
      { ruleId: 'failed-to-attend', title: 'Failed to attend', lens: 'compassion', count: 5 },
    ]);
    expect(topRulesThisMonth(counts, lookup, TODAY, 1)).toHaveLength(1);
    expect(topRulesThisMonth([], lookup, TODAY)).toEqual([]);
  });
});

describe('CSV export', () => {
  it('has day, rule, lens, kind and count columns, one row per count', () => {
    const csv = countsCsv([{ day: '2026-12-02', ruleId: 'failed-to-attend', kind: 'fixed', count: 4 }, seen('2026-12-01', 'nocte-mane', 3)], lookup);
    expect(csv).toBe('day,rule,lens,kind,count\r\n2026-12-01,nocte-mane,clarity,seen,3\r\n2026-12-02,failed-to-attend,compassion,fixed,4\r\n');
  });

  it('a cell a spreadsheet would run as a formula is prefixed and quoted', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('nocte-mane')).toBe('nocte-mane');
    expect(csvCell(12)).toBe('12');
    // Through the whole file too: a hostile rule id cannot become a formula.
    expect(countsCsv([seen('2026-12-01', '=cmd|calc', 1)], lookup)).toContain(`"'=cmd|calc",unknown`);
  });
});

describe('the bar charts\' scale', () => {
  it('tops out at 1, 2 or 5 times a power of ten, with whole-number ticks only', async () => {
    const { scaleTop, ticks } = await import('../../extension/pages/insights/GroupedBarChart.js');
    expect([0, 1, 2, 3, 7, 10, 11, 240].map(scaleTop)).toEqual([1, 1, 2, 5, 10, 10, 20, 500]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(5)).toEqual([0, 5]);
    expect(ticks(20)).toEqual([0, 10, 20]);
  });
});
