/**
 * The sentence shown under every "who is it to?" choice (engine/audience-notes.ts) must be true of
 * the rules: if a clarity rule were switched on for clinicians, or "was not brought" for patients,
 * the options page and the check page would be telling the clinician something false.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCE_NOTES } from '../../engine/audience-notes.js';
import { createChecker } from '../../engine/checker.js';
import type { Audience, CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const ruleset = realRuleset() as CompiledRuleset;
const checker = createChecker(ruleset);
const ruleIds = (text: string, audience: Audience) => checker.check(text, { audience }).map((f) => f.ruleId);
const JARGON = 'Take one tablet bd. SOB on exertion; AF on ECG, anticoagulation started.';
const DNA = 'Amelia did not attend her appointment on 3 May.';
const THIRD_PERSON = 'Dear Mrs Patel,\n\nMrs Patel was seen in clinic today. She told us her knee is better.';

describe('what each audience note says is what the rules do', () => {
  it('clinician: medical words, shorthand, long sentences and capitals are not flagged (no clarity rule is on for clinicians)', () => {
    expect(AUDIENCE_NOTES.clinician).toMatch(/^Medical words, shorthand, long sentences and capitals are not flagged/);
    expect(ruleset.rules.filter((r) => r.lens === 'clarity' && r.audiences.includes('clinician')).map((r) => r.id)).toEqual([]);
    expect(ruleIds(JARGON, 'clinician')).toEqual([]);
    expect(ruleIds(JARGON, 'patient').length).toBeGreaterThanOrEqual(5);
  });

  it('clinician: candour, blame and labels still are', () => {
    expect(AUDIENCE_NOTES.clinician).toContain('candour, blame and labels still are');
    const found = checker.check('The referral was not actioned. The prescription was written by a locum. He remains non-compliant with his inhalers.', { audience: 'clinician' });
    expect(found.filter((f) => f.lens === 'candour').map((f) => f.actual)).toEqual(['was not actioned', 'written by a locum']);
    expect(found.map((f) => f.ruleId)).toContain('non-compliant');
  });

  it('parent: a child\u2019s missed appointment is checked too, and for no other reader', () => {
    expect(AUDIENCE_NOTES.parent).toContain('was not brought');
    expect(ruleIds(DNA, 'parent')).toContain('child-did-not-attend');
    for (const audience of ['patient', 'carer', 'clinician'] as const) expect(ruleIds(DNA, audience)).not.toContain('child-did-not-attend');
  });

  it('carer: "he" and "she" are not flagged, and "the patient" becomes their name, not "you"', () => {
    expect(AUDIENCE_NOTES.carer).toContain('\u201che\u201d and \u201cshe\u201d are not flagged');
    expect(ruleIds(THIRD_PERSON, 'patient')).toEqual(expect.arrayContaining(['third-person-name', 'reader-as-he-or-she']));
    expect(ruleIds(THIRD_PERSON, 'carer')).not.toContain('reader-as-he-or-she');
    expect(ruleIds(THIRD_PERSON, 'carer')).not.toContain('third-person-name');
    expect(AUDIENCE_NOTES.carer).toContain('\u201cthe patient\u201d becomes their name, not \u201cyou\u201d');
    const [thePatient] = checker.check('The patient told us her knee is better.', { audience: 'carer' });
    expect(thePatient.ruleId).toBe('the-patient');
    expect(thePatient.suggestions).not.toContain('you');
    expect(thePatient.suggestions[0]).toBe('[name]');
    expect(ruleIds(JARGON, 'carer')).toEqual(ruleIds(JARGON, 'patient'));
  });
});
