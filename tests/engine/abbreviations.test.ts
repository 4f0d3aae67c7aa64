/** Short forms in capitals in letters to patients: flagged once unless known or explained; never headings, emphasis or postcodes. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { Audience, CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const shortForms = (text: string, audience: Audience = 'patient') =>
  checker.check(text, { audience }).filter((f) => f.ruleId === 'unexplained-abbreviation').map((f) => f.actual);

describe('unexplained short forms', () => {
  it('finds short forms no rule lists', () => {
    expect(shortForms('Your MMSE was 24. We will start LTOT. Your QRISK3 is 14%. Your FEV1 is stable.')).toEqual(['MMSE', 'LTOT', 'QRISK3', 'FEV1']);
  });

  it('flags every use until the letter explains it, plurals too', () => {
    expect(shortForms('Your BNP was high. We will repeat the BNPs in May.')).toEqual(['BNP', 'BNPs']);
    expect(shortForms('Your BNP (a heart blood test) was high. We will repeat the BNPs in May.')).toEqual([]);
  });

  it('leaves known, explained, emphasised and heading words alone', () => {
    expect(shortForms('Your GP, the NHS and A&E can help. Your CT and MRI were clear.')).toEqual([]);
    expect(shortForms('You have long-term oxygen therapy (LTOT). LTOT is oxygen at home.')).toEqual([]);
    expect(shortForms('Please do NOT eat before the test.')).toEqual([]);
    expect(shortForms('PLAN\nWe will see you again in May.')).toEqual([]);
    expect(shortForms('Dear Jo\n\nPLEASE BRING YOUR LETTER\nThanks Jo')).toEqual([]);
    expect(shortForms('This is URGENT, please call.')).toEqual([]);
    expect(shortForms('Please write to us at 1 High Street, Leeds LS1 4AB.')).toEqual([]);
  });

  it('leaves the letters after a name in the sign-off alone', () => {
    expect(shortForms('Dear Sam\n\nSee you soon.\n\nYours sincerely\n\nDr A Patel MBChB FRCP')).toEqual([]);
  });

  it('is quiet for colleagues', () => {
    expect(shortForms('MMSE 24/30, QRISK3 14%.', 'clinician')).toEqual([]);
  });
});
