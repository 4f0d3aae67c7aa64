/**
 * Writing to a colleague relaxes the plain-language rules, not candour or labels (issue 10,
 * section 3): a letter between clinicians about something that went wrong can still hide who did
 * it, shift the blame to a role or promise that no harm was done, and a referral can still label
 * the patient. The rules about addressing the reader (a greeting, "you must", the candour
 * checklist owed to the patient) stay with letters the patient reads.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const found = (text: string) => checker.analyse(text, { audience: 'clinician' });
const ruleIds = (text: string) => found(text).findings.map((f) => f.ruleId);

const INCIDENT_TO_GP = [
  'Dear Dr Shah,',
  'Re: Mrs Joan Okafor, 12 High Street.',
  'I am writing to let you know about a medication error during her admission. Her methotrexate was',
  'prescribed daily instead of weekly; the doctor who wrote the chart was a locum. Her warfarin dose was',
  'not checked before discharge. No harm is likely to have resulted. She has poor insight into her',
  'drinking. Her HbA1c is 74 and she has peripheral neuropathy, so please check her U&E in 1/52.',
  'Yours sincerely,',
  'Dr Patel',
].join('\n');

describe('letters to a clinician', () => {
  it('still read blame shifted to a role, agentless failings and reassurance that cannot be known', () => {
    const candour = found(INCIDENT_TO_GP).findings.filter((f) => f.lens === 'candour').map((f) => f.actual.replace(/\s+/g, ' '));
    expect(candour).toContain('was a locum');
    expect(candour).toContain('was not checked');
    expect(candour.some((a) => a.startsWith('No harm is likely'))).toBe(true);
  });

  it('still read a label on the patient ("poor insight")', () => {
    expect(ruleIds(INCIDENT_TO_GP)).toContain('lacks-insight');
  });

  it('leave out medical words, shorthand and the duty-of-candour checklist owed to the patient', () => {
    const result = found(INCIDENT_TO_GP);
    expect(result.findings.filter((f) => f.lens === 'clarity')).toEqual([]);
    expect(result.summary.candour.applies).toBe(false);
    expect(result.summary.checklist).toEqual([]);
  });

  it('give the same letter to the patient the plain-language findings as well', () => {
    const toPatient = checker.analyse(INCIDENT_TO_GP, { audience: 'patient' }).findings;
    expect(toPatient.some((f) => f.lens === 'clarity')).toBe(true);
    expect(toPatient.map((f) => f.actual)).toContain('was a locum');
  });
});
