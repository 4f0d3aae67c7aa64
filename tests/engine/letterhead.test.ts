/**
 * The service a letter comes from, named on its first line ("IBD Service, Calderbrook Hospitals
 * NHS Trust"), is the sender's name: plain-language findings stay off it, and the same words in
 * the letter's own sentences are still flagged.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { letterheadEnd } from '../../engine/letterhead.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset());
/** The text each finding covers, with its rule: what the clinician sees underlined. */
const underlined = (text: string) => checker.check(text).map((f) => `${f.ruleId}: ${f.actual}`);

describe('a letterhead line', () => {
  it('flags no abbreviation or medical word in the name of the service sending the letter', () => {
    for (const head of ['IBD Service, Calderbrook Hospitals NHS Trust', 'Renal Unit, Thornleigh Hospital', 'MSK Physiotherapy Service', 'TB Service, Westbury Chest Clinic', "Acute Liaison Nursing Service, St Wilfrid's Hospital", 'Patient Portal - Message from Rheumatology Advice Line']) {
      const found = underlined(`${head}\n\nDear Ms Patel,\n\nThank you for coming to see us today.\n`);
      expect(found, head).toEqual([]);
    }
  });

  it('still flags the same word where the letter itself uses it', () => {
    const found = underlined('IBD Service, Calderbrook Hospitals NHS Trust\n\nDear Ms Patel,\n\nYour IBD is under control.\n');
    expect(found).toEqual(['other-condition-acronyms: IBD']);
  });

  it('reads a first line that is a header field, a list or a note as the letter', () => {
    expect(underlined('Diagnosis: IBD\n\nDear Ms Patel,\n')).toContain('other-condition-acronyms: IBD');
    expect(underlined('Pt seen in clinic with SOB\nPlan as below\n').some((f) => f.endsWith(': SOB'))).toBe(true);
    expect(underlined('Tier 3 CAMHS\n\nDear Ms Patel,\n')).toContain('unexplained-abbreviation: CAMHS');
    // A line all in capitals may be shouted: "PLEASE BRING YOUR LETTER".
    expect(underlined('PLEASE BRING YOUR LETTER\nThanks Jo').some((f) => f.startsWith('block-capitals'))).toBe(true);
  });

  it('keeps respect, compassion and candour findings on the first line', () => {
    expect(underlined('Non-Compliant Patient Review Clinic\n\nDear Ms Patel,\n').some((f) => f.startsWith('non-compliant'))).toBe(true);
  });

  it('ends at the first line break, and is no letterhead in a one-line text or a greeting', () => {
    expect(letterheadEnd('Renal Unit\nDear Sam')).toBe(10);
    expect(letterheadEnd('Renal Unit')).toBe(0);
    expect(letterheadEnd('Dear Sam\nThank you')).toBe(0);
    expect(letterheadEnd(`${'Renal '.repeat(30)}\n`)).toBe(0);
  });
});
