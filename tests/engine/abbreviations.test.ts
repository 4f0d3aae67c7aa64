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

  it('reads short forms in a list, after a comma or joined by slashes', () => {
    expect(shortForms('Repeat HbA1c, U&E and ACR in May.')).toContain('HbA1c');
    expect(shortForms('The ESD team will visit for OT/PT/SALT.')).toEqual(['ESD', 'OT', 'PT', 'SALT']);
    expect(shortForms('Scan: OCT RNFL thinning on the left.')).toEqual(['OCT', 'RNFL']);
    expect(shortForms('Diagnosis: COPD, GOLD stage 3')).toContain('GOLD');
  });

  it('still leaves shouting, references, titles and grades after a name alone', () => {
    expect(shortForms('Please TAKE WITH FOOD.')).toEqual([]);
    expect(shortForms('Our ref: COMP/24/0917. HIV/AIDS leaflet enclosed.')).toEqual([]);
    expect(shortForms('Appointment for MR J OKONKWO at PO Box 4471.')).toEqual([]);
    expect(shortForms('Completed by: Dr Sam Olowe, FY2')).toEqual([]);
  });

  it('does not take a date, a figure or another short form in brackets as the explanation', () => {
    expect(shortForms('Your IOP (GAT) was 24.')).toEqual(['IOP', 'GAT']);
    expect(shortForms('Your FEV1 (41% predicted) was low.')).toEqual(['FEV1', 'predicted']);
    expect(shortForms('Long lie after a fall, rhabdo (CK 4200).')).toContain('CK');
  });

  it('finds lab results written with a lower-case letter first, and short forms next to shouting or a numeral', () => {
    expect(shortForms('Your fT4 was 48 and your fT3 19.2.')).toEqual(['fT4', 'fT3']);
    expect(shortForms('Result: hrHPV POSITIVE.')).toEqual(['hrHPV']);
    expect(shortForms('His ACE-III score was 64.')).toEqual(['ACE']);
    expect(shortForms('L MCA infarct (TACS \u2192 PACS), new AF\nNIHSS on admission 11.')).toEqual(expect.arrayContaining(['TACS', 'PACS', 'NIHSS']));
    // Not lab codes: stage codes (clinic-codes.ts), brand-like words.
    expect(shortForms('Your iPad and the pT2 tumour.')).toEqual([]);
    expect(shortForms('NON-URGENT REFERRAL. Please TAKE WITH FOOD.')).toEqual([]);
  });

  it('tells the right eye and a performance score from a subject line and a postscript', () => {
    expect(shortForms('Add timolol drops to the RE. PS 0 today.')).toEqual(['RE', 'PS']);
    expect(shortForms('RE: your appointment\nRE Mrs Ann Cole\nPS Please bring your glasses. PS: thanks.')).toEqual([]);
  });

  it('finds "x" with a number after a word, "predicted" after a percentage and a diagnosis code', () => {
    expect(shortForms('Nocturia x3, poor stream. Melaena x 2 days. Confusion x 30 mins.')).toEqual(['x3', 'x 2 days', 'x 30 mins']);
    expect(shortForms('Diagnosis: recurrent depressive disorder (F33.1).')).toEqual(['F33.1']);
    expect(shortForms('A 3 x 2 metre room. Take 2 x 500 mg tablets. Your X-ray and vitamin B12 were normal. We predicted it.')).toEqual([]);
    expect(shortForms('Heart rate 148 bpm. FeNO 48 ppb.')).toEqual(['bpm', 'FeNO', 'ppb']);
  });

  it('finds L and R for left and right, and blood salts by their symbols', () => {
    expect(shortForms('Severe arthritis in the L knee and R sided weakness. Sight: R 6/9, L 6/12, L>R. It lateralises to L. Cranial nerves intact.'))
      .toEqual(['L', 'R', 'R', 'L', 'L', 'R', 'L']);
    expect(shortForms('Your K+ was 5.4, so start a low K+ diet. Na+ 140.')).toEqual(['K+', 'K+', 'Na+']);
  });

  it('leaves initials, litres, places and prefixes that are a single L or R alone', () => {
    expect(shortForms('Dr R Patel will see you. R Smith, nurse. Please drink 2 L of water a day and take L-thyroxine.')).toEqual([]);
    expect(shortForms('Please go to Ward R on Level 2. Your L plates arrived.')).toEqual([]);
  });

  it('finds dose times, specialist units and cancer stage codes', () => {
    expect(shortForms('Atorvastatin 20mg ON. Please TURN ON the light.')).toEqual(['ON']);
    expect(shortForms('Your eye pressure was 29 mmHg. The scan read 32 kPa. A 20 dB loss at 4 kHz. 40Gy in 15 visits.')).toEqual(['mmHg', 'kPa', 'dB', 'kHz', 'Gy']);
    expect(shortForms('The cancer was pT2 pN1a M0, at stage T3 N1.')).toEqual(['pT2', 'pN1a', 'M0', 'T3', 'N1']);
  });

  it('finds a cancer stage written as one word, and leaves words and road names that start the same way alone', () => {
    // Blind writers marked these in three corpora: "T3N1M0", "cT1cN0", "pT4aN2a".
    expect(shortForms('Staging was T3N1M0. The tumour is cT1cN0, and the bowel pT4aN2a.')).toEqual(['T3N1M0', 'cT1cN0', 'pT4aN2a']);
    expect(shortForms('Take the M62 to Tenby. Nurse Thomas rang on Monday about the T2 form.')).toEqual([]);
  });

  it('leaves everyday units and a lone code alone', () => {
    expect(shortForms('Take 5 mg a day. You weigh 70 kg. Your haemoglobin was 120 g/L. You have type 2 diabetes (T2).')).toEqual([]);
  });

  it('tells a two-week-wait referral from the second half of a postcode', () => {
    expect(shortForms('We have sent it as a 2WW referral.')).toEqual(['2WW']);
    expect(shortForms('Write to 1 High Street, Leeds LS1 4AB.')).toEqual([]);
  });

  it('reads two words in capitals with vowels as a name, and short forms without as short forms', () => {
    expect(shortForms('For the attention of JOHN DOE.')).toEqual([]);
    expect(shortForms('Home with POC QDS from Monday.')).toContain('POC');
  });

  it('finds ages in shorthand, but not "yo-yo"', () => {
    // Not "this 75 yo lady": the whole phrase is the this-gentleman rule's (respect), which wins the overlap.
    expect(shortForms('A friend, 75 yo, came with a 71 y/o man and a 62yo woman.')).toEqual(['yo', 'y/o', '62yo']);
    expect(shortForms('We will help you avoid yo-yo dieting.')).toEqual([]);
  });

  it('does not take a short form in brackets after a figure or a dose as named by it (holdout-4)', () => {
    expect(shortForms('EBL 1100ml (PPH), then PPH again.')).toEqual(['EBL', 'PPH', 'PPH']);
    expect(shortForms('Started dapagliflozin 10mg od (SGLT2i) for your kidneys.')).toContain('SGLT2i');
    expect(shortForms('You have had a bleed after the birth (PPH).')).toEqual([]);
  });

  it('does not take "is an alternative" as saying what a short form is', () => {
    expect(shortForms('SLT is an alternative if the drops do not suit you.')).toEqual(['SLT']);
    expect(shortForms('SLT is a laser treatment for glaucoma.')).toEqual([]);
  });

  it('takes a bracket after the name of a test as explaining the short form', () => {
    expect(shortForms('Your PSA blood test (a test that can be raised by prostate problems) was 3.1.')).toEqual([]);
    expect(shortForms('Your DBT (12 month waiting list) referral is made.')).toEqual(['DBT']);
  });

  it('takes "(plain words, or SHORT FORM)" as explaining the short form, but not a choice between two things', () => {
    // A blind writer's clean letter: "the virus that causes them (human papillomavirus, or HPV)".
    expect(shortForms('The virus that causes them (human papillomavirus, or HPV) usually clears. HPV is common.')).toEqual([]);
    expect(shortForms('You had two mini-strokes (transient ischaemic attacks, or TIAs).')).toEqual([]);
    expect(shortForms('Take a blood thinner (warfarin or a DOAC) or a statin (simvastatin or LDL).')).toEqual(['DOAC', 'LDL']);
  });

  it('finds a dose time in lower case when nothing follows "on" that it could be about', () => {
    expect(shortForms('Atorvastatin 80mg on\nStart levomepromazine 6.25mg on for nausea. The usual dose is 20mg on.')).toEqual(['on', 'on', 'on']);
    expect(shortForms('Donepezil 5mg on, increasing to 10mg.')).toEqual(['on']);
    expect(shortForms('Take 20mg on Mondays and 5mg on an empty stomach. She took 5mg on and off. Take 2 tablets on waking.')).toEqual([]);
  });

  it('finds a clinical grade the letter does not explain, but not a music exam, a school mark or a listed building', () => {
    expect(shortForms('The ulcer on his heel is now grade 3. The results confirm a grade 2 cancer.')).toEqual(['grade 3', 'grade 2']);
    expect(shortForms('The ulcer is grade 3 (the skin and the fat below it are damaged).')).toEqual([]);
    expect(shortForms('She passed her piano grade 5 and got a grade 7 in maths. It is a Grade 2 listed building.')).toEqual([]);
  });

  it('takes a short form in brackets after a unit as a method, not an explanation of the unit', () => {
    expect(shortForms('Your eye pressure was 22 mmHg (GAT).')).toEqual(['mmHg', 'GAT']);
    expect(shortForms('Your eye pressure was 22 mmHg (higher than normal).')).toEqual([]);
  });
});
