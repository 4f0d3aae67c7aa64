/**
 * The reader-pronoun check ("she" for the reader of a letter to Mrs Khan) looks words up in its
 * pronoun tables. A word that names a property every JavaScript object has ("constructor",
 * "toString") is no pronoun: it was flagged, with a function for its suggestion.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { realRuleset } from '../extension/real-ruleset.js';
import { letterHeaderReader } from '../../engine/checks/reader-in-header.js';
import { letterGreeting } from '../../engine/checks/greeting-name.js';
import { WordClasses } from '../../engine/checks/words.js';

const checker = createChecker(realRuleset());
const letter = (body: string) => `Dear Mrs Khan,\n\n${body}\n\nYours sincerely,\nDr Amina Rahman`;
const pronounFindings = (text: string) => checker.check(text).filter((f) => f.ruleId === 'reader-as-he-or-she');

describe('reader pronoun', () => {
  it('still flags "she" for the reader', () => {
    const [f] = pronounFindings(letter('Thank you for coming. She was seen in clinic.'));
    expect(f.actual).toBe('She was');
    expect(f.suggestions).toEqual(['you were']);
  });

  it('leaves words that name built-in object properties alone', () => {
    expect(pronounFindings(letter('The constructor of the valueOf toString hasOwnProperty came.'))).toEqual([]);
    // After "she", a verb named like a built-in property is no verb to agree with.
    expect(pronounFindings(letter('Thank you. She constructor.')).map((f) => f.suggestions)).toEqual([['you']]);
  });
});

/** A clinic letter to the GP, copied to the patient: the Re: and cc: lines say who the reader is. */
describe('reader pronoun: a letter to the GP copied to the patient', () => {
  const copied = (body: string, audience: 'patient' | 'clinician' = 'patient') =>
    checker
      .check(`To: Dr R Okafor, Larkhill Medical Practice\nCopy to: Mrs Brenda Cattermole\nRe: Brenda Cattermole, 62, NHS No 999 118 3056\n\n${body}\n\nYours sincerely\nDr Ann Lee`, { audience })
      .filter((f) => f.ruleId === 'reader-as-he-or-she' || f.ruleId === 'third-person-name')
      .map((f) => f.actual);

  it('flags every "she" and "her" while the reader is the one last named', () => {
    expect(copied('I reviewed Mrs Cattermole today. She reports a worse cough. I have switched her inhaler.')).toEqual(['Mrs Cattermole', 'She', 'her']);
  });

  it('stops after someone else who could be "she", and starts again when the reader is named', () => {
    expect(copied('Her daughter came too. She asked about oxygen. Brenda said she would stop smoking.')).toEqual(['Her', 'Brenda', 'she']);
  });

  it('goes on past a man, a medicine with "Child" in its name and "MR" for modified release', () => {
    expect(copied('Her husband drives. Child-Pugh score A. Metformin MR 1g. She is well.')).toEqual(['Her', 'She is']);
  });

  it('reads "a single mother" and "as a carer" as the reader, not someone new', () => {
    expect(copied('She is a single mother and works as a carer. She finds it hard.')).toEqual(['She is', 'She']);
  });

  it('reads "this young lady." then a capitalised word as the end of a sentence, not the title "Lady" and a name', () => {
    // "Lady Iron" was taken for someone else, so every later "she" went unflagged (holdout-5 letter 22).
    expect(copied('Thank you for referring this young lady. Iron 82 today. She has tried ferrous sulphate.')).toEqual(['She has']);
    // A title written with a full stop is still a title: Dr. Lee is someone else.
    expect(copied('Brenda saw Dr. Lee today. She will ring first.')).toEqual(['Brenda']);
  });

  it('leaves a full name alone, and a letter whose audience is the clinician', () => {
    expect(copied('Jo Nuttall will visit. She will ring first.')).toEqual([]);
    expect(copied('The dietitian will visit. She will ring first.')).toEqual([]);
    expect(copied('I reviewed Mrs Cattermole today. She reports a worse cough.', 'clinician')).toEqual([]);
  });

  it('reads the reader again in the sentence after "referred by her optometrist", "with her daughter", "(sister)"', () => {
    // Someone who comes in as the reader's own, not as a subject, is in play only to the sentence's end (holdout-4 letters 04, 35).
    expect(copied('She was sent by her optometrist, who was worried. She has not noticed any change.')).toEqual(['She was', 'her', 'She has']);
    expect(copied('She came with her eldest daughter and her husband. Her sight is stable.')).toEqual(['She', 'her', 'Her']);
    expect(copied('She has a family history of glaucoma (sister). Her pressures are raised.')).toEqual(['She has', 'Her']);
    expect(copied('I saw this 23 year old student today. She had a seizure at work.')).toEqual(['She']);
  });

  it('still stops when that person opens a sentence or a clause, or is someone else\'s', () => {
    expect(copied('She came with her daughter. Her daughter says she is worried.')).toEqual(['She', 'her', 'Her']);
    expect(copied('She came today and her daughter said she was tired.')).toEqual(['She', 'her']);
    expect(copied('I gave this leaflet to the nurse. She will ring you.')).toEqual([]);
  });

  it('leaves a letter that greets the patient without a title to the greeting rules', () => {
    const text = 'Dear Brenda\nRe: Mrs Brenda Cattermole\n\nShe will see you next week.';
    expect(checker.check(text, { audience: 'patient' }).filter((f) => f.ruleId === 'reader-as-he-or-she')).toEqual([]);
  });
});

/** What the reader-in-the-third-person rules flag in a letter to the patient. */
const readerFindings = (text: string) =>
  checker
    .check(text, { audience: 'patient' })
    .filter((f) => f.ruleId === 'reader-as-he-or-she' || f.ruleId === 'third-person-name')
    .map((f) => f.actual);
/** A letter to the GP, copied to the patient, with `header` naming the patient. */
const toGp = (header: string, body: string) => `Dear Dr Whitlow\n\n${header}\n\n${body}\n\nYours sincerely\nDr Ann Lee`;

/** Header lines as patient systems print them: the surname in capitals, or no label at all. */
describe('reader pronoun: the patient named on a printed header line', () => {

  it('reads a surname in capitals as the name the letter writes in lower case', () => {
    expect(readerFindings(toGp('Re: Mr Graham PEARCE, DOB 03/07/1958', 'I saw Mr Pearce today. He reports palpitations.'))).toEqual(['Mr Pearce', 'He']);
    // The letter is signed "Dr Ann Lee": the reader's first name inside another name is not her.
    expect(readerFindings(toGp('Re: Mrs Ann DUNMORE   NHS 999 412 7730', 'I saw Mrs Dunmore today. She is well.'))).toEqual(['Mrs Dunmore', 'She is']);
  });

  it('reads past a "cc patient" or "Copied to patient" line: the patient named there is the reader, not someone new', () => {
    expect(readerFindings(toGp('Re: Mrs Patricia Oyelaran, DOB 22/11/1963\ncc patient', 'Seen pre-cycle. She is tolerating treatment.'))).toEqual(['She is']);
    expect(readerFindings(toGp('Re: Mr Keith Rawlinson, DOB 14/03/1955\nCopied to patient', 'He has been given the nurse\'s number.'))).toEqual(['He has']);
    // A copy line without a colon that names the patient: the interpreter in brackets is not someone new.
    expect(readerFindings(toGp('Re: Mr Bogdan Ilie, NHS number 999 290 6643\ncc Mr Ilie (Romanian interpreter required)', 'He has missed doses.'))).toEqual(['He has']);
    // A copy line under the signature is not the header: the letter above it is still read.
    expect(readerFindings(`${toGp('Re: Mr Imran Qureshi, NHS number 999 290 6643', 'He is well.')}\ncc Mr I Qureshi`)).toEqual(['He is']);
  });

  it('reads "To the GP of: Mr Kevin Stroud" as the patient\'s header line', () => {
    const text = 'Liver Clinic\n\nTo the GP of: Mr Kevin Stroud, DOB 02/12/1968, NHS 999 775 0314\nCopied to patient\n\nMany thanks for referring this 57 year old gentleman. He is a lorry driver and his diet is poor.\n\nDr C Menon';
    expect(readerFindings(text)).toEqual(['He is', 'his']);
  });

  it('takes an unlabelled titled name as the patient only when the patient\'s numbers follow it', () => {
    expect(readerFindings(toGp('Mrs Joan BELLINGHAM   NHS 999 116 4025   DOB 09/09/1951', 'I reviewed Mrs Bellingham. She is more tired.'))).toEqual(['Mrs Bellingham', 'She is']);
    // A surgeon's address block is no patient.
    expect(readerFindings(toGp('Mr Ahmed KHAN, Consultant Surgeon', 'I saw Mr Khan today. He is well.'))).toEqual([]);
    expect(readerFindings(toGp('Mrs Jane Hollis, 12 Elm Road', 'I saw Mrs Hollis today. She is well.'))).toEqual([]);
  });

  it('takes a titled name with the age between commas as the patient: "Mrs Yvonne Carlisle, 46, cc patient"', () => {
    // One blind writer's header for all their clinic letters: 18 pronouns about the reader went unflagged.
    expect(readerFindings(toGp('Mrs Yvonne Carlisle, 46, cc patient', 'She has lost 6kg. I have asked her to keep a diary.'))).toEqual(['She has', 'her']);
    expect(readerFindings(toGp('Mr Leon Garside, 49, HGV driver, cc patient', 'He was evasive about whether he had fallen asleep.'))).toEqual(['He was', 'he']);
    expect(readerFindings(toGp('Mrs Margaret Dowd, 84, cc Mrs Dowd', 'She is a retired teacher.'))).toEqual(['She is']);
  });

  it("leaves the reader's first name inside someone else's name", () => {
    // Re: Mrs Ann Smithson, signed by Dr Ann Lee: "Ann" in the signature is not the reader.
    expect(readerFindings(toGp('Re: Mrs Ann Smithson', 'Ann was seen today. Ann Lee, our nurse, will ring.'))).toEqual(['Ann was']);
  });

  it("reads an Irish surname with an apostrophe as the reader's name", () => {
    // "O'Neill" once failed the name shape: "Mrs O'Neill" was someone else, and "She" went unflagged.
    expect(readerFindings(toGp("Re: Mrs Ann O'NEILL   NHS 999 412 7730", "I saw Mrs O'Neill today. She is well."))).toEqual(["Mrs O'Neill", 'She is']);
  });

  it('takes the gender of an untitled header name from the first "Mr ..." of that surname in the letter', () => {
    const summary = (body: string) => `DISCHARGE SUMMARY\nPatient: Stephen Kowalczyk   NHS number: 999 227 5081\n\n${body}`;
    expect(readerFindings(summary('Mr Kowalczyk was admitted with bleeding. He was given two units of blood.'))).toEqual(['Mr Kowalczyk was', 'He was']);
    // No title anywhere: "he" could be anyone, so nothing is flagged as the reader.
    expect(readerFindings(summary('Stephen was admitted with bleeding. He was given two units of blood.'))).toEqual(['Stephen was']);
  });

  it('leaves a header in capitals that is no name alone', () => {
    expect(readerFindings(toGp('Re: URGENT REFERRAL', 'She is well.'))).toEqual([]);
  });

  it('reads "Mr Pearce, a pleasant 67-year-old man" as the reader described, not a new man', () => {
    expect(readerFindings(toGp('Re: Mr Graham Pearce', 'Thank you for referring Mr Pearce, a 67-year-old man, with palpitations. He denies chest pain.'))).toEqual(['Mr Pearce', 'He']);
    // "His son is a young man": the son stays the last person in play.
    expect(readerFindings(toGp('Re: Mr Graham Pearce', 'His son is a young man. He drives him here.'))).toEqual(['His']);
  });
});

/**
 * Header layouts from the many systems that print NHS letters (EPR templates, GP systems, booking
 * offices, portals): each says who the reader is and, by a title, their gender.
 */
describe('reader pronoun: header layouts', () => {

  it('reads initials after a title: "cc: Mr C Brierley", "Re: Mrs J. Smith"', () => {
    expect(readerFindings(toGp('Re: Callum Brierley, DOB 19/07/1989\ncc: Mr C Brierley', 'He has had two hypos.'))).toEqual(['He has']);
    expect(readerFindings(toGp('Re: Mrs J. Smith, DOB 01/02/1950', 'She is well.'))).toEqual(['She is']);
  });

  it('reads a name printed all in capitals: "RE: MRS JOAN BELLINGHAM"', () => {
    expect(readerFindings(toGp('RE: MRS JOAN BELLINGHAM, DOB 09/09/1951', 'I saw Mrs Bellingham. She is tired.'))).toEqual(['Mrs Bellingham', 'She is']);
    expect(readerFindings(toGp('Re: MR J OKONKWO   MRN 4471823', 'He is well.'))).toEqual(['He is']);
  });

  it('reads "Copy:", "Copies:", "c.c." and "cc: Patient – Mrs ..." as copies to the patient (a list, "Copies: GP; Mrs ...", is not read yet)', () => {
    expect(readerFindings(toGp('Re: Brenda Cattermole\nCopy: Mrs B Cattermole (patient)', 'She is well.'))).toEqual(['She is']);
    expect(readerFindings(toGp('Re: Brenda Cattermole\nCopies: Mrs Brenda Cattermole', 'She is well.'))).toEqual(['She is']);
    expect(readerFindings(toGp('Re: Keith Rawlinson\nc.c. Mr Keith Rawlinson', 'He is well.'))).toEqual(['He is']);
    expect(readerFindings(toGp('Re: Brenda Cattermole\ncc: Patient – Mrs Brenda Cattermole', 'She is well.'))).toEqual(['She is']);
  });

  it('reads "To:" and "FAO:" lines naming the patient, but not a doctor', () => {
    const portal = (to: string) => `NHS App – message from Quayside Surgery\n${to}\nSubject: Results\n\nYour bloods are back. She has low iron.`;
    expect(readerFindings(portal('To: Mrs Helena Brightwell'))).toEqual(['She has']);
    expect(readerFindings(portal('FAO: Mrs Helena Brightwell'))).toEqual(['She has']);
    expect(readerFindings(portal('To: Dr Rachel Yeung, Consultant Radiologist'))).toEqual([]);
  });

  it('reads a maternity summary\'s "Mother:" line and a table-like "Patient name | ..." line', () => {
    expect(readerFindings('DISCHARGE SUMMARY - copy to patient\nMother: Ms Shauna Delaney, DOB 07/04/1997\nBaby: boy\n\nShe was given iron.')).toEqual(['She was']);
    expect(readerFindings('Discharge letter\nPatient name | Mrs Jane Smith | DOB | 01/02/1950\n\nShe was admitted with a fall.')).toEqual(['She was']);
  });

  it('greets with "Hello" or "Hi" as with "Dear"', () => {
    expect(readerFindings('Hi Mr Dobson,\n\nThanks for your request. He is to be seen today.')).toEqual(['He is']);
    expect(readerFindings('Hello Mrs Fenwick-Doyle\n\nMrs Fenwick-Doyle has a urine infection.')).toEqual(['Mrs Fenwick-Doyle']);
  });

  it("takes a titled name line as the patient when it gives their bare NHS number", () => {
    expect(readerFindings(toGp('Mrs Joan Bellingham   999 116 4025   09/09/1951', 'She is more tired.'))).toEqual(['She is']);
    // The sender's own block, with no number of a patient in it, is no one to write to.
    expect(readerFindings('Mr Ahmed Khan\nConsultant Surgeon\nWexcombe NHS Trust\n\nMr Khan saw the patient. He is well.')).toEqual([]);
  });

  it('keeps a copy line under the signature from ending the header there', () => {
    // "cc: Mrs D Pickford (patient)" at the foot moved the header's end past the whole letter.
    expect(readerFindings(`${toGp('Re: Mrs Doreen Pickford, DOB 03/02/1951', 'She is breathless.')}\ncc: Mrs D Pickford (patient)`)).toEqual(['She is']);
  });
});

describe('the header reader is read once per check', () => {
  it('both reader checks get the same reading of one letter; another letter is read afresh', () => {
    const text = 'To: Dr R Okafor\nRe: Mrs Brenda Cattermole\n\nDear Dr Okafor,\n\nI saw Mrs Cattermole today. She is well.';
    const words = new WordClasses(realRuleset().rules);
    const one = { text, words };
    const first = letterHeaderReader(one);
    expect(first?.names).toContain('Cattermole');
    expect(letterHeaderReader(one)).toBe(first);
    const other = { text, words };
    expect(letterHeaderReader(other)).not.toBe(first);
    expect(letterHeaderReader(other)).toEqual(first);
  });

  it('so is the greeting', () => {
    const one = { text: 'Dear Mrs Khan,\n\nMrs Khan came to clinic.' };
    const first = letterGreeting(one);
    expect(first?.name).toBe('Khan');
    expect(letterGreeting(one)).toBe(first);
    expect(letterGreeting({ text: one.text })).not.toBe(first);
  });
});

/**
 * Session 14: holdout-10's letters to the GP copied to the patient whose every "he" and "she" went
 * unflagged, because something in the letter counted as another person who could be "he" or "she".
 */
describe('reader pronoun: what is no one else', () => {
  it('reads the title of a copy line with an initial ("cc Mr K Walsh") for "Re: Kieran Walsh"', () => {
    expect(readerFindings(`${toGp('Re: Kieran Walsh, DOB 17/06/1997', 'He had a further seizure. I have reminded him that he must not drive.')}\ncc Mr K Walsh`)).toEqual(['He', 'him', 'he']);
    // Another Walsh, with another first name, gives no gender to Kieran.
    expect(readerFindings(`${toGp('Re: Kieran Walsh, DOB 17/06/1997', 'He had a further seizure.')}\ncc Mr David Walsh`)).toEqual([]);
  });

  it('reads lower-case "miss" as the verb, not the title Miss', () => {
    expect(readerFindings(toGp('Re: Mrs Iris Dunleavy, 77', 'Patients who miss injections may lose sight, and she must make her own arrangements.'))).toEqual(['she', 'her']);
  });

  it('reads a role in a plan line ("HF nurse to titrate") as a service, not someone who could be "him"', () => {
    const plan = (item: string) => toGp('Re: Mr Dennis Harrowgate, DOB 14/03/1951', `Plan:\n1. Start dapagliflozin.\n2. ${item}\n\nI have stressed to him that if he continues to ignore this advice he will end up in hospital.`);
    expect(readerFindings(plan('HF nurse to titrate bisoprolol.'))).toEqual(['him', 'he', 'he']);
    expect(readerFindings(plan('District nurses to dress the wound weekly.'))).toEqual(['him', 'he', 'he']);
    // A named person, or a role as the subject of a sentence, still stops it.
    expect(readerFindings(plan('Dr Patel to review.'))).toEqual([]);
    expect(readerFindings(plan('The nurse said she would ring.'))).toEqual([]);
  });

  it('reads someone who came "with an interpreter" as in play only to the end of that sentence', () => {
    expect(readerFindings(toGp('Re: Mr Tesfaye Gebremedhin, 34', 'Mr Gebremedhin attended with an interpreter who was provided by phone. He has missed 9 doses.'))).toEqual(['Mr Gebremedhin', 'He has']);
    // The interpreter opening a sentence may be the "he" that follows.
    expect(readerFindings(toGp('Re: Mr Tesfaye Gebremedhin, 34', 'An interpreter attended. He said the dates were wrong.'))).toEqual([]);
  });

  it('reads a bare "patient" as the reader ("stopped by patient"), but not another patient or the patient in the next bed', () => {
    expect(readerFindings(toGp('Re: Miss Chantelle Boateng, NHS No 999 207 1183', 'Azathioprine 100mg od (stopped by patient - see below)\n\nShe has loose stools.'))).toEqual(['She has']);
    expect(readerFindings(toGp('Re: Miss Chantelle Boateng', 'The nurse gave another patient her tablets. She was upset.'))).toEqual([]);
    expect(readerFindings('Dear Mrs Achebe\n\nThe nurse gave you morphine from a bottle that belonged to the patient in the next bed. She realised her mistake.\n\nYours sincerely\nDr A Lee')).toEqual([]);
  });
});

/** Header layouts that still went unread in session 14 (issue 10, section 2): the surname first, and a name table. */
describe('reader pronoun: surname-first and table headers', () => {
  it('reads "SMITH, Jane (Mrs)", as patient systems print a name surname first', () => {
    expect(readerFindings(toGp('Patient: SMITH, Jane (Mrs)   DOB 01/02/1950', 'I saw Mrs Smith. She is well.'))).toEqual(['Mrs Smith', 'She is']);
    expect(readerFindings(toGp('Re: Okonedo, Grace Ama (Miss), NHS 999 116 4025', 'She has been well.'))).toEqual(['She has']);
    // With no label, only with a patient's number on the line.
    expect(readerFindings(toGp('PRITCHARD, Owen (Mr)   NHS 999 116 4025', 'He is well.'))).toEqual(['He is']);
    expect(readerFindings(toGp('PRITCHARD, Owen (Mr), Consultant Surgeon', 'He is well.'))).toEqual([]);
  });

  it('reads a "Surname: / Forename: / Title:" table, a field a line or all on one', () => {
    expect(readerFindings('Discharge summary\nSurname: SMITH\nForename(s): Jane\nTitle: Mrs\nDOB: 01/02/1950\n\nShe was admitted with a fall.')).toEqual(['She was']);
    expect(readerFindings(toGp('Surname: Pritchard\tFirst name: Owen\tTitle: Mr', 'I saw Owen today. He is well.'))).toEqual(['Owen', 'He is']);
    // No title in the table: "he" could be anyone.
    expect(readerFindings(toGp('Surname: Pritchard\tFirst name: Owen', 'He is well.'))).toEqual([]);
  });
});

describe('reader pronoun: a copy line at the foot of a long letter', () => {
  it('reads "cc Mr K Walsh" past the first 2,000 characters for the title of "Re: Kieran Walsh"', () => {
    const long = 'Levetiracetam is unchanged and we discussed its side effects at some length. '.repeat(30);
    expect(readerFindings(`${toGp('Re: Kieran Walsh, DOB 17/06/1997', `He had a further seizure.\n\n${long}`)}\ncc Mr K Walsh`)).toEqual(['He']);
  });
});

/** Session 15 (issue 10, section 2): layouts and names that silenced the check on holdout-11 and -10. */
describe('reader pronoun: the copy line shares the "To" line', () => {
  it('reads "To: Dr X. cc Mr Y, NHS number" and "To GP, cc Mrs Y" on one line', () => {
    expect(readerFindings('Renal Outpatients\nTo: Dr Okoro, Fernhill Surgery. cc Mr Dennis Ashworth, 999 402 7715\n\nMr Ashworth is a retired joiner. He has gout.')).toEqual(['Mr Ashworth is', 'He has']);
    expect(readerFindings('To GP, cc Mrs Leona Whitby, NHS 999 511 2093\n\nShe was seen today.')).toEqual(['She was']);
    expect(readerFindings('To: Dr Okoro; cc: Ms Ruth Pell\n\nShe was seen today.')).toEqual(['She was']);
    // A copy to a doctor on the same line is a colleague.
    expect(readerFindings('To: Mrs Leona Whitby, cc Dr Okoro\n\nShe was seen today.')).toEqual(['She was']);
    expect(readerFindings('To: Dr Okoro, cc Dr Patel\n\nShe was seen today.')).toEqual([]);
  });

  it('reads a copy line with no colon as the patient\'s when it gives their NHS number', () => {
    expect(readerFindings('Dermatology Clinic\n\ncc Mr Imran Qureshi 999 203 4418\n\nHe has eczema.')).toEqual(['He has']);
  });
});

describe('reader pronoun: a service named in capitals is no one', () => {
  it('reads "the First Seizure and Epilepsy Clinic" as a place, so the reader\'s "he" is still flagged', () => {
    expect(readerFindings(toGp('Re: Mr Owen Pritchard, 41', 'I saw him in the First Seizure and Epilepsy Clinic. He had a seizure in May.'))).toEqual(['him', 'He']);
    expect(readerFindings(toGp('Re: Mr Owen Pritchard, 41', 'He came to the Rapid Access Chest Pain Service. He is well.'))).toEqual(['He', 'He is']);
    // A person's full name still stops it.
    expect(readerFindings(toGp('Re: Mr Owen Pritchard, 41', 'Owen saw Tariq Mahmood in the Clinic. He is well.'))).toEqual(['Owen']);
  });
});

describe('reader pronoun: the reader\'s relative, told of as "your father"', () => {
  it('leaves "he" alone after "your father" or "your son\'s care" in a letter to Mr ...', () => {
    expect(readerFindings('Dear Mr Farrow\n\nThank you for writing about your father\'s care. I am sorry that he waited so long.\n\nYours sincerely\nDr A Lee')).toEqual([]);
    expect(readerFindings('Dear Mrs Obi\n\nYou asked about your daughter. She was seen on the ward.\n\nYours sincerely\nDr A Lee')).toEqual([]);
    // The reader's own wife leaves "he" to the reader.
    expect(readerFindings('Dear Mr Farrow\n\nYour wife came with you. He has had no falls.\n\nYours sincerely\nDr A Lee')).toEqual(['He has']);
    // So does "your GP", who could be anyone, in a letter that speaks to the reader in both persons.
    expect(readerFindings('Dear Mr Farrow\n\nYou were referred by your GP. He has had no falls.\n\nYours sincerely\nDr A Lee')).toEqual(['He has']);
  });
});

describe('reader pronoun: the reader described at length', () => {
  it('reads "this pleasant confused 81 year old widow" as the reader named again', () => {
    expect(readerFindings(toGp('Re: Mrs Edna Hollis, 81', 'Dr Shah saw her first. This pleasant confused 81 year old widow lives alone. She is well.'))).toEqual(['She is']);
    expect(readerFindings(toGp('Re: Mr Owen Pritchard, 71', 'Dr Shah saw him first. This very pleasant 71-year-old retired teacher walks daily. He is well.'))).toEqual(['He is']);
  });
});
