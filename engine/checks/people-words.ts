/**
 * Words that bring a person other than the reader into a letter, and whether that person could
 * be "he" or "she". The reader-pronoun check stops flagging a pronoun once someone else who could
 * be meant by it has come in: "his wife" ends nothing for "he", but "his son" does.
 * Maps and sets, not object literals: a letter's word is the key, and "constructor" would find a
 * property every object has.
 */
export type ReaderGender = 'he' | 'she';
/** 'he', 'she', or null: could be either. */
export type PersonGender = ReaderGender | null;

const MALE = ['mr', 'master', 'sir', 'husband', 'son', 'father', 'dad', 'daddy', 'brother', 'boyfriend', 'grandson', 'grandfather', 'grandad', 'granddad', 'uncle', 'nephew', 'stepfather', 'stepson', 'fiance'];
const FEMALE = ['mrs', 'ms', 'miss', 'madam', 'wife', 'daughter', 'mother', 'mum', 'mummy', 'mom', 'sister', 'girlfriend', 'granddaughter', 'grandmother', 'gran', 'granny', 'nan', 'aunt', 'auntie', 'niece', 'stepmother', 'stepdaughter', 'fiancee', 'widow'];
const EITHER = [
  'mx', 'dr', 'doctor', 'professor', 'prof', 'nurse', 'consultant', 'surgeon', 'gp', 'registrar', 'midwife', 'therapist', 'colleague',
  'paramedic', 'counsellor', 'partner', 'friend', 'carer', 'child', 'baby', 'neighbour', 'locum', 'manager', 'matron', 'coordinator',
  'co-ordinator', 'visitor', 'worker', 'secretary', 'officer', 'assistant', 'practitioner', 'chaplain', 'interpreter', 'advocate',
  'volunteer', 'student', 'trainee', 'physician', 'clinician', 'optician', 'technician', 'advisor', 'adviser', 'receptionist',
  'sibling', 'parent', 'guardian', 'spouse', 'relative', 'lodger', 'housemate', 'flatmate', 'landlord', 'employer', 'boss', 'teacher',
  'someone', 'somebody', 'anyone', 'person', 'caller', 'cns', 'hca', 'sho', 'spr', 'porter', 'administrator', 'navigator', 'supervisor',
  'mentor', 'keyworker', 'houseman', 'sonographer', 'radiographer',
];
const GENDER: ReadonlyMap<string, PersonGender> = new Map<string, PersonGender>([
  ...MALE.map((w) => [w, 'he'] as const),
  ...FEMALE.map((w) => [w, 'she'] as const),
  ...EITHER.map((w) => [w, null] as const),
]);
/** Words ending -ist that are not people. */
const NOT_IST = new Set(['list', 'wrist', 'assist', 'exist', 'insist', 'resist', 'persist', 'consist', 'subsist', 'twist', 'mist', 'fist', 'gist', 'whilst', 'amidst', 'midst', 'checklist', 'waitlist', 'shortlist', 'playlist', 'cyst']);

/**
 * Whether a lower-case word names a person (undefined when it does not), and that person's
 * gender where the word has one. Specialists by suffix: cardiologist, physiotherapist, dentist,
 * dietitian, paediatrician, sonographer.
 */
export function personWord(norm: string): PersonGender | undefined {
  const known = GENDER.get(norm);
  if (known !== undefined || GENDER.has(norm)) return known;
  if (norm.length > 5 && norm.endsWith('ist') && !NOT_IST.has(norm)) return null;
  // Dietitian, paediatrician, obstetrician, mammographer.
  if (norm.length > 6 && (norm.endsWith('ician') || norm.endsWith('itian') || norm.endsWith('grapher'))) return null;
  return undefined;
}

/** Titles that open a person's name: "Dr Patel", "Mrs Khan". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master', 'dr', 'doctor', 'professor', 'prof', 'sister', 'nurse', 'sir', 'dame', 'lady', 'lord', 'rev', 'revd', 'father']);
export function isTitle(norm: string): boolean {
  return TITLES.has(norm);
}

/** Nouns a clinic letter uses for its patient: "this pleasant lady", "this 67 year old gentleman". */
export const READER_NOUNS: ReadonlyMap<string, ReaderGender | null> = new Map<string, ReaderGender | null>([
  ['lady', 'she'], ['woman', 'she'], ['girl', 'she'], ['gentleman', 'he'], ['gent', 'he'], ['man', 'he'], ['boy', 'he'], ['patient', null], ['pt', null],
]);
