/**
 * A short form or piece of shorthand that a phrase rule flags ("eGFR", "COPD", "bd") is not flagged
 * where the letter plainly explains it, nor later in the letter: the reader has been told. Notes in
 * brackets, lists, asides and the sentence after are not explanations, so those uses are still
 * flagged. The same holds for the medical words the vocabulary finds.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset());
/** The words underlined, each with its rule: what the clinician sees. */
const underlined = (text: string) => checker.check(text).map((f) => `${f.ruleId}: ${f.actual}`);

describe('a phrase rule\'s short form the letter explains', () => {
  it('is not flagged where a bracket of plain words explains it, nor later', () => {
    const found = underlined('Your eGFR (a measure of how well your kidneys filter blood) is 38. Last year your eGFR was 41.');
    expect(found.filter((f) => f.includes('eGFR'))).toEqual([]);
  });

  it('is not flagged when the letter says what it stands for or calls it by name', () => {
    expect(underlined('It is time for your yearly COPD (chest condition) check with the nurse.')).toEqual([]);
    expect(underlined('We will do a heart test called an ECG next week.').filter((f) => f.includes('ECG'))).toEqual([]);
  });

  it('is still flagged before the explanation', () => {
    const found = underlined('Your eGFR is 38. The eGFR (a measure of how well your kidneys filter blood) has fallen.');
    expect(found).toContain('egfr-kidney-function: eGFR');
  });

  it('is still flagged when the bracket is a note on a dose, an aside or more shorthand', () => {
    expect(underlined('Laxido 1 sachet bd (opioid-induced constipation).')).toContain('latin-dose-frequency: bd');
    expect(underlined('Rifater 5 tablets od (weight-banded) for 2 months.')).toContain('latin-dose-frequency: od');
    expect(underlined('Background: AF (not anticoagulated), asthma.').some((f) => f.endsWith(': AF'))).toBe(true);
    expect(underlined('Nitrofurantoin 50mg four times a day for 3/7 (CrCl checked).')).toContain('weeks-days-months-shorthand: 3/7');
  });

  it('is still flagged when "long-term" comes before it (not the word "term")', () => {
    expect(underlined('Offered to people with long-term conditions eg diabetes.')).toContain('eg-ie-etc: eg');
    expect(underlined('You have long-term bronchiectasis.')).toContain('medical-words: bronchiectasis');
  });
});

describe('what is not an explanation of a medical word', () => {
  it('a result: "a colonoscopy that was normal"', () => {
    expect(underlined('In 2001 you had a colonoscopy that was normal.')).toContain('medical-words: colonoscopy');
    expect(underlined('Your father had an AKI, which is now improving.')).toContain('aki-acute-kidney-injury: an AKI');
  });

  it('a next sentence that is not about what the word means', () => {
    expect(underlined('He has had 2 A&E visits in the last 6/12. It is therefore important that he is seen.')).toContain(
      'weeks-days-months-shorthand: 6/12',
    );
    expect(underlined('Tyler was referred for tests for coeliac. It is essential that he is seen.')).toContain('medical-words: coeliac');
    expect(underlined('You have COPD. This is a long-term lung condition.').filter((f) => f.includes('COPD'))).toEqual([]);
  });
});
