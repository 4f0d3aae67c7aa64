/**
 * The side panel's findings, grouped so a rule that fires many times is one entry ("Abbreviation:
 * 6 places") rather than six: 41 findings on a 291-word letter buried the summary (issue 13).
 * Lenses in their usual order; within a lens, rules in the order they first appear in the letter.
 */
import { LENSES, type Lens } from '../../../engine/index.js';
import type { ReportFinding } from '../../protocol/messages.js';

export interface RuleGroup {
  ruleId: string;
  title: string;
  /** Every place the rule fires, in the report's (text) order. */
  places: ReportFinding[];
}

export interface LensGroup {
  lens: Lens;
  count: number;
  rules: RuleGroup[];
}

export function groupFindings(findings: readonly ReportFinding[]): LensGroup[] {
  const byLens = new Map<Lens, Map<string, RuleGroup>>();
  for (const f of findings) {
    let rules = byLens.get(f.lens);
    if (!rules) byLens.set(f.lens, (rules = new Map()));
    let group = rules.get(f.ruleId);
    if (!group) rules.set(f.ruleId, (group = { ruleId: f.ruleId, title: f.title, places: [] }));
    group.places.push(f);
  }
  return LENSES.flatMap((lens) => {
    const rules = byLens.get(lens);
    if (!rules) return [];
    const list = [...rules.values()];
    return [{ lens, count: list.reduce((n, g) => n + g.places.length, 0), rules: list }];
  });
}
