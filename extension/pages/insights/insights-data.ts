/**
 * The insights page's figures, from the stored counts (rule id, day, kind, number) alone: findings
 * per lens per week, the rules that found most this month, and what was done with findings each
 * week. Pure functions of the counts and today's date, so unit tests check them without a browser.
 */
import { LENSES, type Lens } from '../../../engine/index.js';
import type { ActionKind, CountEntry } from '../../protocol/messages.js';

/** What the page knows of a rule: its title and lens (null for a phrase it cannot place). */
export interface RuleInfo {
  title: string;
  lens: Lens | null;
}
export type RuleLookup = (ruleId: string) => RuleInfo;

/** How many weeks the week-by-week charts show, this one included. */
export const WEEKS_SHOWN = 8;
/** How many rules "top rules this month" lists. */
export const TOP_RULES = 10;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day as a UTC time (days are local dates; UTC arithmetic keeps clock changes out). */
function dayTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function dayString(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The Monday of the week a day falls in (weeks run Monday to Sunday, as in the UK). */
export function weekStart(day: string): string {
  const t = dayTime(day);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return dayString(t - sinceMonday * DAY_MS);
}

/** The Mondays of the last `n` weeks, oldest first, ending with this week's. */
export function lastWeeks(today: string, n = WEEKS_SHOWN): string[] {
  const monday = dayTime(weekStart(today));
  return Array.from({ length: n }, (_, i) => dayString(monday - (n - 1 - i) * 7 * DAY_MS));
}

/** "w/c 30 Nov": how the charts and tables name a week (the week commencing that Monday). */
export function weekLabel(monday: string): string {
  const [, m, d] = monday.split('-').map(Number);
  return `w/c ${d} ${MONTHS[m - 1]}`;
}

/** One chart's numbers: a value per group (a week) for each series (a lens, a kind of action). */
export interface GroupedData<K extends string> {
  groups: string[];
  series: Array<{ key: K; values: number[] }>;
}

function perWeek<K extends string>(counts: CountEntry[], today: string, keys: readonly K[], keyOf: (c: CountEntry) => K | null): GroupedData<K> {
  const weeks = lastWeeks(today);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const series = keys.map((key) => ({ key, values: weeks.map(() => 0) }));
  const byKey = new Map(series.map((s) => [s.key, s.values]));
  for (const c of counts) {
    const i = index.get(weekStart(c.day));
    const key = keyOf(c);
    if (i === undefined || key === null || c.day > today) continue;
    byKey.get(key)![i] += c.count;
  }
  return { groups: weeks, series };
}

/** Findings shown per lens per week, for the last WEEKS_SHOWN weeks (phrases of no known lens are left out). */
export function findingsPerLensPerWeek(counts: CountEntry[], rules: RuleLookup, today: string): GroupedData<Lens> {
  return perWeek(counts, today, LENSES, (c) => (c.kind === 'seen' ? rules(c.ruleId).lens : null));
}

export const ACTION_ORDER: readonly ActionKind[] = ['fixed', 'ignored', 'reported'];

/** Fixes applied, findings ignored and findings reported as wrong, per week. */
export function actionsPerWeek(counts: CountEntry[], today: string): GroupedData<ActionKind> {
  return perWeek(counts, today, ACTION_ORDER, (c) => (c.kind === 'seen' ? null : c.kind));
}

export interface RankedRule {
  ruleId: string;
  title: string;
  lens: Lens | null;
  count: number;
}

/** The rules with most findings shown this calendar month, most first (ties by title), at most `limit`. */
export function topRulesThisMonth(counts: CountEntry[], rules: RuleLookup, today: string, limit = TOP_RULES): RankedRule[] {
  const month = today.slice(0, 7);
  const totals = new Map<string, number>();
  for (const c of counts) {
    if (c.kind === 'seen' && c.day.slice(0, 7) === month && c.day <= today) totals.set(c.ruleId, (totals.get(c.ruleId) ?? 0) + c.count);
  }
  return [...totals]
    .map(([ruleId, count]) => ({ ruleId, count, ...rules(ruleId) }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/** "December 2026": the month "this month" means. */
export function monthLabel(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
}

/** Today as the counts name days: YYYY-MM-DD in local time (as the background counts them). */
export function localDay(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
