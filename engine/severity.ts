/**
 * Severities in order, for front ends that let the reader hide the milder findings (the CLI's
 * --severity, the extension's "Show" setting): a finding is shown when it is at or above the threshold.
 */
import type { Severity } from './types.js';

/** advice < warning < error. */
export const SEVERITY_RANK: Record<Severity, number> = { advice: 0, warning: 1, error: 2 };

/** Whether a finding of this severity is shown when the reader asks for `threshold` and above. */
export function atOrAboveSeverity(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
