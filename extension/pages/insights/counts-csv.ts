/**
 * The counts as a CSV file: one row per day, rule and kind, with the rule's lens. Spreadsheets run
 * a cell that starts with = + - @ (or a tab or carriage return) as a formula, so such a cell is
 * prefixed with ' and quoted (OWASP's advice on CSV injection). No cell holds letter text: rule
 * ids are ours or made from an organisation's own phrase, and the rest are days, words and numbers.
 */
import type { CountEntry } from '../../protocol/messages.js';
import type { RuleLookup } from './insights-data.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, safe for spreadsheets and RFC 4180 readers. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ['day', 'rule', 'lens', 'kind', 'count'];

/** Every count, oldest day first, then by rule and kind; lines end with CRLF (RFC 4180). */
export function countsCsv(counts: CountEntry[], rules: RuleLookup): string {
  const rows = [...counts].sort((a, b) => a.day.localeCompare(b.day) || a.ruleId.localeCompare(b.ruleId) || a.kind.localeCompare(b.kind));
  const lines = [CSV_HEADER, ...rows.map((c) => [c.day, c.ruleId, rules(c.ruleId).lens ?? 'unknown', c.kind, c.count])];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "values-lens-counts-2026-12-05.csv". */
export function csvFileName(today: string): string {
  return `values-lens-counts-${today}.csv`;
}
