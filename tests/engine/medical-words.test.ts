/** The medical-words check on whole letters: once per term, explained terms left alone, specific rules first. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { Audience, CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const medical = (text: string, audience: Audience = 'patient') => checker.check(text, { audience }).filter((f) => f.ruleId === 'medical-words').map((f) => f.actual);

describe('medical words', () => {
  it('catches the words the reviewers found missed in real letters', () => {
    expect(medical('You have paroxysmal symptoms. We will start anticoagulation. Your sputum was clear. Your child is on the 50th centile.')).toEqual([
      'paroxysmal', 'anticoagulation', 'sputum', 'centile',
    ]);
    expect(medical('You will need prophylaxis. There is a stenosis. The mucosa looked normal. Lie supine. The proximal part of the fascia.')).toEqual([
      'prophylaxis', 'stenosis', 'mucosa', 'supine', 'proximal', 'fascia',
    ]);
  });

  it('catches instruments and body parts named after people, but not other names', () => {
    expect(medical('A quarter-inch Penrose drain was left in. The Jackson-Pratt drain came out. Mr Smith saw the Ommaya reservoir.')).toEqual([
      'Penrose drain', 'Jackson-Pratt drain', 'Ommaya reservoir',
    ]);
    expect(medical('We met Dr Patel in Leeds. Take the Piccadilly line. Smith. Drain the pan.')).toEqual([]);
  });

  it('reads a capital at the start of a list item as the start of a line, not a name', () => {
    expect(medical('- Repeat bloods in 3 weeks\n- Lipids in 3 months\n- Cardiac rehab referral made')).toEqual(['Lipids', 'Cardiac rehab']);
    expect(medical('Bloods in 3 weeks\n2) Lipids in 3 months')).toEqual(['Lipids']);
    // A capital after a dash inside a line is still a name.
    expect(medical('We spoke to Mr Kingsmere - Bursal came too.')).toEqual([]);
  });

  it('leaves the name of a service or a job alone, but not the same word in a sentence', () => {
    const letter = 'Paediatric Outpatients\nMusculoskeletal Physiotherapy Service\n\nDear Ann\n\nThe vascular team and the respiratory nurse will call. The endoscopy unit will write. You have vascular disease in your legs.\n\nYours sincerely\n\nMr Tobias Lindqvist\nConsultant Orthopaedic Surgeon';
    expect(medical(letter)).toEqual(['endoscopy', 'vascular']);
    expect(medical('Your orthopaedic surgeon will see you.')).toEqual(['orthopaedic surgeon']);
  });

  it('leaves a lay phrase that holds a medical word alone, and the word elsewhere flagged', () => {
    expect(medical('Your cervical screening test is due. The umbilical cord was cut.')).toEqual([]);
    expect(medical('You have cervical spondylosis.')).toEqual(['cervical spondylosis']);
  });

  it('takes a name of two words in brackets, or "which shows", as the explanation, but not a note in brackets', () => {
    expect(medical('The pain just below your kneecap (patellar tendinopathy) is better.')).toEqual([]);
    expect(medical('Your ferritin, which shows how much iron your body has stored, was low.')).toEqual([]);
    expect(medical('I have referred you to pulmonary rehabilitation, a six-week exercise course.')).toEqual([]);
    expect(medical('Background: atrial fibrillation (not anticoagulated). Lying BP 148/70, standing 118/62 (postural drop).')).toEqual(
      expect.arrayContaining(['anticoagulated', 'postural']),
    );
  });

  it('reads "your depot" as the injection, and "the depot" as a place', () => {
    expect(medical('You were not taking your depot.')).toEqual(['your depot']);
    expect(medical('Work has been busy since the depot changed to twelve-hour shifts.')).toEqual([]);
  });

  it('leaves a service name whose service word is in lower case alone ("Orthopaedic secretaries")', () => {
    expect(medical('Orthopaedic secretaries: 01632 960929')).toEqual([]);
    expect(medical('Vascular surgery is planned for May.')).toEqual(['Vascular']);
  });

  it('leaves the name of a kind of dementia or epilepsy alone, as it does other condition names', () => {
    expect(medical('Reuben has focal epilepsy. This means his seizures start in one part of his brain.')).toEqual([]);
    expect(medical('It is most likely a mix of Alzheimer\'s disease and vascular dementia.')).toEqual([]);
  });

  it('does not take a date, a grade or a result in shorthand in brackets as the explanation', () => {
    expect(medical('1 episode of cholecystitis (Feb 2026). Rhabdo (CK 4200). High-grade dyskaryosis (moderate).')).toEqual([
      'cholecystitis', 'Rhabdo', 'dyskaryosis',
    ]);
    expect(medical('You have cholecystitis (a swollen gallbladder).')).toEqual([]);
    expect(medical('The scan of your heart (an echocardiogram, which uses sound waves) was normal.')).toEqual([]);
  });

  it('finds a medical prefix joined to a listed word, and two-letter roots before a strong suffix', () => {
    expect(medical('Myoclonic jerks. Subcuticular stitches. Otoscopy was normal.')).toEqual(['Myoclonic', 'Subcuticular', 'Otoscopy']);
    expect(medical('It was precarious. Use the preventer inhaler.')).toEqual([]);
  });

  it('finds clinic-letter words the list lacked', () => {
    expect(medical('Obs stable. Await histo. Burst of pred. Nadir 2.6. Visuospatial problems. She is fluid overloaded. MRI brain normal.')).toEqual([
      'Obs', 'histo', 'pred', 'Nadir', 'Visuospatial', 'fluid overloaded', 'MRI brain',
    ]);
    expect(medical('You no longer meet the criteria for secondary care. No adverse effects. She is of childbearing potential.')).toEqual([
      'secondary care', 'adverse effects', 'childbearing potential',
    ]);
    expect(medical('Your ejection fraction was 40%. The result was equivocal. You will have neoadjuvant chemotherapy. It was an incidental finding.')).toEqual([
      'ejection fraction', 'equivocal', 'neoadjuvant', 'incidental finding',
    ]);
  });

  it('finds a term that starts with a name inside a sentence', () => {
    expect(medical('The camera showed Barrett\'s oesophagus.')).toEqual(["Barrett's oesophagus"]);
    expect(medical('She had a Roux-en-Y bypass.')).toEqual(['Roux-en-Y']);
  });

  it('does not take the main clause after an opening clause for an explanation', () => {
    expect(medical('After the cystoscopy, a nurse will call you.')).toEqual(['cystoscopy']);
    expect(medical('You will have a cystoscopy, a test to look inside your bladder.')).toEqual([]);
    // A comma before the term has ended the opening clause: what follows the term explains it.
    expect(medical('As we discussed, your brother has cystic fibrosis, an inherited condition that affects the lungs.')).toEqual([]);
    expect(medical('On 19 November, before your cystoscopy, a nerve block was given.')).toEqual(['cystoscopy']);
  });

  it('flags every use of a term the letter does not explain (each is a word the reader cannot read)', () => {
    expect(medical('Your exacerbation was mild. Exacerbations happen in winter.')).toEqual(['exacerbation', 'Exacerbations']);
  });

  it('leaves a term alone everywhere once the letter explains it', () => {
    expect(medical('You had two exacerbations. An exacerbation (a flare-up) can be treated at home.')).toEqual([]);
    expect(medical('We will check a blood test called HbA1c. Your HbA1c was 48.')).toEqual([]);
    // The next sentence explains the device the term names.
    expect(checker.check('The best treatment is a CPAP machine. This is a small pump that blows air through a mask. Your CPAP fitting is on Monday.').filter((f) => f.lens === 'clarity')).toEqual([]);
  });

  it('gives way to a rule written for the phrase', () => {
    const found = checker.check('You were SOB on exertion.', { audience: 'patient' });
    expect(found.map((f) => f.ruleId)).toEqual(['sob-short-of-breath']);
  });

  it('is quiet for colleagues, in quotations and on names', () => {
    expect(medical('Paroxysmal AF; anticoagulation started.', 'clinician')).toEqual([]);
    expect(medical('You said it felt like "an exacerbation" to you.')).toEqual([]);
    expect(medical('Please come to Hepworth Ward at Kingsmere Hospital.')).toEqual([]);
  });

  it('offers a describing word explained in brackets, not swapped into broken English', () => {
    const f = checker.check('The pain is in the distal part of your leg.', { audience: 'patient' }).find((g) => g.ruleId === 'medical-words')!;
    expect(f.suggestions).toEqual(['distal (further from the centre of the body)']);
  });

  it('knows the clinic-note words of blind-written letters, with their everyday near-misses left alone', () => {
    expect(medical('You have a productive cough and hyperinflation. You smoked for 40 pack years. Your ferritin was low and bilat ankle swelling.')).toEqual([
      'productive cough', 'hyperinflation', 'pack years', 'ferritin', 'bilat',
    ]);
    // "benzos" is left out: it is the reader's own word in drug-service letters, as "script" is.
    expect(medical('He had a CT head and a laceration closed with steri-strips. Tolerating diet, bowels open. No street benzos.')).toEqual([
      'CT head', 'laceration', 'steri-strips', 'Tolerating diet', 'bowels open',
    ]);
    expect(medical('Your cough has gone. We packed your bag. Please open the door. The diet sheet is enclosed.')).toEqual([]);
    // "creat" (creatinine) is not listed: the run-time inflection would read it into "created".
    expect(medical('We created a plan together. Avoid yo-yo dieting.')).toEqual([]);
  });

  it('does not take what was done to a term, or a date in brackets, as its explanation', () => {
    expect(medical('The scan showed a thickening of the sigmoid colon which was reported as inflammation.')).toEqual(['sigmoid colon']);
    expect(medical('You have hyperinflation (2015).')).toEqual(['hyperinflation']);
    expect(medical('You have hyperinflation, which is when the lungs hold too much air.')).toEqual([]);
  });

  it('does not take a figure, an example, a source or a score in brackets as the explanation (holdout-4)', () => {
    expect(medical('Peripheral neuropathy (10g monofilament 0/10) was found.')).toContain('Peripheral neuropathy');
    expect(medical('For the legs, use an emollient (e.g. Epaderm).')).toEqual(['emollient']);
    expect(medical('She is of childbearing potential (MHRA guidance).')).toEqual(['childbearing potential']);
    expect(medical('You have cirrhosis (Child-Pugh A6, MELD 10).')).toContain('cirrhosis');
    // Still explanations: plain words in brackets, and a bracket after the name of a test.
    expect(medical('You have cirrhosis (scarring of the liver).')).toEqual([]);
    expect(medical('We did a blood test called eGFR, and an emollient (a moisturiser) will help.')).toEqual([]);
  });

  it('does not take a reference, a series or image number or a measure in brackets as the explanation (notes8)', () => {
    expect(medical('There is a small effusion (series #105, image 45).')).toEqual(['effusion']);
    expect(medical('There is a small effusion (image 12 of 40) behind the knee.')).toEqual(['effusion']);
    expect(medical('The stenosis (see report ref 24/0917) is mild.')).toEqual(['stenosis']);
    expect(medical('The effusion (measuring 3 cm) has gone.')).toEqual(['effusion']);
    expect(medical('The effusion (No. 4 on the report) has gone.')).toEqual(['effusion']);
    // Still explanations: plain words in brackets, even with a figure later in them.
    expect(medical('You have an effusion (a build-up of fluid, about 2 cm deep).')).toEqual([]);
    expect(medical('You have an effusion (fluid around the joint, 2 cm deep).')).toEqual([]);
    expect(medical('You have an effusion (the fluid we drained, 40 ml).')).toEqual([]);
  });

  it('takes "called the" as naming a term, and a name after a title and initials as a name', () => {
    expect(medical('There was a small break in one of the wrist bones, called the scaphoid.')).toEqual([]);
    expect(medical('Copy to: Dr S. Whitlow, Fernside Practice. Mr J. R. Bursal will call.')).toEqual([]);
    expect(medical('You had a whitlow on your finger.')).toEqual(['whitlow']);
  });

  it('finds scores named after people, but not a place name before a scale', () => {
    expect(medical('The Waterlow score was not updated. Your Epworth score was 14.')).toEqual(['Waterlow score', 'Epworth score']);
    expect(medical('Please fill in the Friends and Family test. We use the Wexcombe Hospital scale.')).toEqual([]);
  });

  it('knows clinic words of holdout-4 and the mental state and eye-clinic phrases three writers marked', () => {
    expect(medical('She has early satiety and heat intolerance. He was admitted with decompensation. No stricture.')).toEqual([
      'early satiety', 'heat intolerance', 'decompensation', 'stricture',
    ]);
    expect(medical('Affect restricted, insight partial, no psychotic phenomena. Protective factors: her dog.')).toEqual([
      'Affect restricted', 'insight partial', 'psychotic phenomena', 'Protective factors',
    ]);
    expect(medical('Gonioscopy showed open angles with inferior notching.')).toEqual(['Gonioscopy', 'open angles', 'inferior notching']);
    // Everyday near-misses stay quiet.
    expect(medical('She has real insight into her work. The angles of the roof are open. It had a calming effect on her.')).toEqual([]);
  });

  it('knows clinic words from other specialties that a new writer is likely to use', () => {
    expect(medical('The duplex showed in-stent restenosis. Your calprotectin was high and your transaminases raised.')).toEqual([
      'duplex', 'in-stent restenosis', 'calprotectin', 'transaminases',
    ]);
    expect(medical('There is a small nodule with ground glass opacities. You have subacromial impingement.')).toEqual([
      'nodule', 'ground glass opacities', 'subacromial', 'impingement',
    ]);
    // Everyday near-misses stay quiet.
    expect(medical('We printed it in duplex mode? No: the leaflet is double-sided. The glass was ground down.')).not.toContain('ground glass');
  });

  it('knows operation-note words copied into discharge letters', () => {
    expect(medical('The obturator nerve was seen. The sac was imbricated, and haemoclips placed. He defervesced on day 2.')).toEqual([
      'obturator nerve', 'imbricated', 'haemoclips', 'defervesced',
    ]);
  });

  it('leaves a job alone on its line (the writer\'s title) and a lay organ with "gland" after it', () => {
    expect(medical('Dear Tanya\n\nWe will do the test in a quieter room.\n\nFrom,\nKirsty Pennington\nAudiologist')).toEqual([]);
    expect(medical('Your prostate gland is enlarged, and your thyroid gland is working normally.')).toEqual([]);
    expect(medical('You will see an audiologist next week.')).toEqual(['audiologist']);
  });
});
