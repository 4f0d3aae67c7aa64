/**
 * "This is wrong here": a report of a false alarm that the clinician reads before it goes anywhere,
 * and sends themselves (copied, saved as a file, or in an e-mail to the address their organisation's
 * policy sets); the extension sends nothing. It holds the rule id, its pack, the severity and the
 * extension's version, and the flagged words only when the clinician ticks the box: no other text
 * of the letter, no site, no name. Pure, so unit tests check exactly what it holds.
 */
import type { Severity } from '../../engine/index.js';
import { isCustomRule } from '../protocol/ids.js';

export interface FalseAlarmFacts {
  ruleId: string;
  severity: Severity;
  /** The extension's version (manifest.json). */
  version: string;
  /** The finding's words, only when the clinician chose to include them. */
  flaggedWords?: string;
}

/** The most of the flagged words a report carries (a finding can span a long sentence). */
export const MAX_FLAGGED_CHARS = 200;

/** Where a rule comes from: Values Lens's own rules, or a phrase the organisation added. */
export function packOf(ruleId: string): string {
  return isCustomRule(ruleId) ? "Your organisation's phrases" : 'Values Lens rules';
}

/** The flagged words on one line (so they cannot add lines that look like fields), at most MAX_FLAGGED_CHARS. */
export function oneLine(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FLAGGED_CHARS ? `${flat.slice(0, MAX_FLAGGED_CHARS - 1)}…` : flat;
}

export function falseAlarmReport(f: FalseAlarmFacts): string {
  return [
    'Values Lens: a finding reported as a false alarm',
    `Rule: ${f.ruleId}`,
    `Pack: ${packOf(f.ruleId)}`,
    `Severity: ${f.severity}`,
    `Extension version: ${f.version}`,
    `Flagged words: ${f.flaggedWords === undefined ? '(not included)' : oneLine(f.flaggedWords)}`,
  ].join('\n');
}

/** A plain e-mail address, nothing that could add headers or recipients to a mailto: link. */
const ADDRESS = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The mailto: link for a report, or null when the policy's address is missing or not a plain address. */
export function reportMailto(address: string | undefined, ruleId: string, report: string): string | null {
  if (!address || address.length > 254 || !ADDRESS.test(address)) return null;
  const q = (s: string) => encodeURIComponent(s.replace(/\n/g, '\r\n'));
  return `mailto:${address}?subject=${q(`Values Lens false alarm: ${ruleId}`)}&body=${q(report)}`;
}

export function reportFileName(ruleId: string): string {
  return `values-lens-false-alarm-${ruleId}.txt`;
}
