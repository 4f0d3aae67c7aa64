/**
 * --severity narrows a result the way --lens does inside the engine: the findings, their counts and
 * the checklist all lose what is below the threshold, so the summary never counts what is not shown.
 */
import { LENSES, type CheckResult, type Lens, type Severity } from '../engine/types.js';
import { atOrAboveSeverity } from '../engine/severity.js';

export function atOrAbove(result: CheckResult, min: Severity): CheckResult {
  if (min === 'advice') return result;
  const keep = (f: { severity: Severity }) => atOrAboveSeverity(f.severity, min);
  const findings = result.findings.filter(keep);
  const counts = Object.fromEntries(LENSES.map((l) => [l, 0])) as Record<Lens, number>;
  for (const f of findings) counts[f.lens]++;
  return { findings, summary: { ...result.summary, counts, checklist: result.summary.checklist.filter(keep) } };
}
