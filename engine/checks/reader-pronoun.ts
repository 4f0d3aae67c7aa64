/**
 * A letter that opens "Dear Mr Okafor" and goes on "He was reviewed in clinic" writes about the
 * reader instead of to him. So does a clinic letter to the GP, copied to the patient, whose
 * "Re: Mrs Brenda Cattermole" line names the reader ("She reports worsening breathlessness").
 * A pronoun surely means the reader only while no one else who could be "he" or "she" is in play,
 * so this check is deliberately narrow:
 * - only letters to a patient whose greeting, or (with no greeting to them) whose Re:, Patient:
 *   or cc: line, has a gendered title (Mr; Mrs, Ms, Miss);
 * - only pronouns of that gender, and only while the reader is the last person named: another
 *   title (Dr, Professor, another Mr...), a role (consultant, nurse, GP...), a relative who could
 *   be "he" or "she" (a son in a letter to Mr ..., not a wife) or a full name ("Jo Nuttall")
 *   stops it, until the reader is named again ("Mrs Cattermole", "Kayleigh", "this lady", "this
 *   23 year old student"); but the reader's own who is not a subject ("referred by her
 *   optometrist", "seen with his son") or a relative alone in brackets ("glaucoma (brother)")
 *   stops it only to the end of that sentence (possessed-person.ts);
 * - words in quotation marks are left alone; letters to a parent, a carer or a clinician never
 *   reach here (the rule's audiences), so a child or the person cared for is never "you".
 * Precision over recall: a pronoun after someone else comes in is never flagged. */
import { GAP_HARD } from '../tokenize.js';
import { written, type LetterCheck, type LetterContext, type LetterHit } from './context.js';
import { letterGreeting } from './greeting-name.js';
import { agreement, isTitle, peopleWords, personWord, readerNouns, type PeopleWords } from './people-words.js';
import { letterHeaderReader, TITLE_GENDER, type HeaderReader } from './reader-in-header.js';
import { bracketedAlone, possessedObject, thisPerson } from './possessed-person.js';
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/reader-as-he-or-she.md),
 * built once per checker (words.ts):
 * - not-people-capitalised: capitalised words inside a sentence that are not people ("Hospital", "May");
 * - not-first-names: capitalised words that open sentences and are never a first name ("Please", "Plan");
 * - person-verbs: verbs after a lone capitalised word that make it a person ("Jo will ring you", "Sarah said");
 * - person-services: nouns after a person word that make it a service ("dietitian review", "GP follow-up");
 * - after-her-object: words after "her" that make it "you", not "your" ("we saw her today");
 * - predicate-verbs: verbs before "a" that make the person word the subject described ("She is a single mother");
 * - short-titles: titles that may be written with a full stop ("Dr. Lee"); "lady", "sister" and "nurse" never are;
 * - other-patients: words by "patient" that make it another patient ("another patient", "the patient in the next bed");
 * - and the words for people (people-words.ts).
 */
interface PronounWords {
  notPeople: ReadonlySet<string>;
  notFirstNames: ReadonlySet<string>;
  personVerbs: ReadonlySet<string>;
  services: ReadonlySet<string>;
  afterHerObject: ReadonlySet<string>;
  predicateVerbs: ReadonlySet<string>;
  shortTitles: ReadonlySet<string>;
  otherPatients: ReadonlySet<string>;
  people: PeopleWords;
}

function pronounWords(w: WordClasses): PronounWords {
  return {
    notPeople: w.set('not-people-capitalised'),
    notFirstNames: w.set('not-first-names'),
    personVerbs: w.set('person-verbs'),
    services: w.set('person-services'),
    afterHerObject: w.set('after-her-object'),
    predicateVerbs: w.set('predicate-verbs'),
    shortTitles: w.set('short-titles'),
    otherPatients: w.set('other-patients'),
    people: w.compiled(peopleWords),
  };
}

/**
 * The pronoun a title stands for (reader-in-header.ts's one map): "Master" is "he"; "Mx" says no
 * gender, so a letter to Mx Taylor is never read as "he" or "she".
 */
function genderOfTitle(title: string): 'he' | 'she' | undefined {
  return TITLE_GENDER.get(title.toLowerCase()) ?? undefined;
}

// Maps, not object literals: a letter's word is the key, and "constructor" or "toString" would
// find a property every object has (they were flagged, with a function for a suggestion).
const PRONOUNS: Record<'he' | 'she', ReadonlyMap<string, string>> = {
  he: new Map([['he', 'you'], ['him', 'you'], ['his', 'your'], ['himself', 'yourself']]),
  she: new Map([['she', 'you'], ['her', 'your'], ['hers', 'yours'], ['herself', 'yourself']]),
};


function capitalisedInSentence(ctx: LetterContext, W: PronounWords, i: number): boolean {
  if (i === 0 || ctx.tokens.gap[i] === GAP_HARD) return false;
  const c = ctx.text.charCodeAt(ctx.tokens.start[i]);
  if (c < 65 || c > 90) return false;
  const before = ctx.text.charCodeAt(ctx.tokens.start[i] - 1);
  if (before === 10) return false; // a new line starts with a capital
  const word = written(ctx, i);
  const second = word.charCodeAt(1);
  if (second >= 65 && second <= 90) return false; // a short form in capitals ("ECG"), not a name
  return !W.notPeople.has(word);
}


/**
 * A word shaped like a name: "Nuttall", "McAteer", "O'Neill", "D'Souza"; not "HbA1c" or "ECG".
 * ("O'Neill" failed the shape, so "Mrs O'Neill" counted as someone else and ended the reader.)
 */
const NAME_SHAPE = /^\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

function capitalisedName(ctx: LetterContext, W: PronounWords, i: number): boolean {
  if (i >= ctx.tokens.length) return false;
  const word = written(ctx, i);
  return NAME_SHAPE.test(word) && !W.notPeople.has(word) && !W.notFirstNames.has(word);
}

/**
 * Another person by name: "Jo Nuttall" inside a sentence, or a name followed by what people do
 * ("Jo Nuttall will see you", "Sarah said"). A capitalised pair at a sentence start alone may be
 * a heading or a medicine ("Trelegy Ellipta").
 */
function someoneNamed(ctx: LetterContext, W: PronounWords, i: number): boolean {
  const { tokens } = ctx;
  if (!capitalisedName(ctx, W, i)) return false;
  const joined = (k: number) => k < tokens.length && tokens.gap[k] !== GAP_HARD && ctx.text.charCodeAt(tokens.start[k] - 1) === 32;
  let after = i + 1;
  if (joined(after) && capitalisedName(ctx, W, after)) {
    if (serviceName(ctx, W, after)) return false;
    if (capitalisedInSentence(ctx, W, i)) return true;
    after++;
  }
  return joined(after) && W.personVerbs.has(tokens.norm(after));
}

/**
 * "First Seizure and Epilepsy Clinic", "Rapid Access Chest Pain Service": a run of capitalised
 * words (with "and" or "of") that reaches a place or service word is a name of no one.
 */
function serviceName(ctx: LetterContext, W: PronounWords, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i; k < i + 6 && k < tokens.length && tokens.gap[k] !== GAP_HARD; k++) {
    const word = written(ctx, k);
    if (W.notPeople.has(word)) return true;
    const c = word.charCodeAt(0);
    if ((c < 65 || c > 90) && word !== 'and' && word !== 'of') return false;
  }
  return false;
}

/**
 * "metformin MR", "MS": a title in capitals with no name after it is a short form; "patients who
 * miss injections": Mr, Mrs, Ms or Miss in lower case is a verb or a short form, never a person.
 */
function bareTitle(ctx: LetterContext, i: number, norm: string): boolean {
  const word = written(ctx, i);
  return (word.length > 1 && word === word.toUpperCase()) || (word === norm && TITLE_GENDER.has(norm));
}

/**
 * "4. HF nurse to titrate", "GP to repeat U&Es": a role opening a plan line, with "to" after it,
 * is a service asked for, no one in play.
 */
function planRole(ctx: LetterContext, i: number, next: string): boolean {
  const { tokens } = ctx;
  return next === 'to' && (i === 0 || tokens.gap[i] === GAP_HARD || i === 1 || tokens.gap[i - 1] === GAP_HARD);
}

/** "Child-Pugh", "mother-to-child": a person word inside a compound is no one ("son-in-law" is). */
function inCompound(ctx: LetterContext, i: number): boolean {
  const { text, tokens } = ctx;
  if (text.charCodeAt(tokens.start[i] - 1) === 45) return true;
  return text.charCodeAt(tokens.end[i]) === 45 && !text.startsWith('-in-law', tokens.end[i]);
}

/** Whether the person word at i follows "is a", "as a": a description of the subject, not someone new. */
function predicate(ctx: LetterContext, W: PronounWords, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= 1 && k >= i - 3; k--) {
    if (tokens.gap[k + 1] === GAP_HARD) return false;
    const norm = tokens.norm(k);
    if (norm === 'a' || norm === 'an') return W.predicateVerbs.has(tokens.norm(k - 1));
  }
  return false;
}

/**
 * "this lady", "the patient", "this 67 year old gentleman": the letter's subject, named again.
 * So is "a pleasant 67-year-old man" right after the reader's name ("Mr Pearce, a ..."). After
 * "is" or "was" ("He is a retired man", "His son is a man") it describes whoever the sentence is
 * about: null, no one new comes in and no one is named again.
 */
function readerNoun(ctx: LetterContext, W: PronounWords, i: number, names: readonly string[]): boolean | null {
  const { tokens } = ctx;
  if (tokens.norm(i) === 'pt' || i === 0 || tokens.gap[i] === GAP_HARD) return true; // "Pt was ...", "Patient tolerated ..."
  // "the patient in the next bed", "the patient opposite": another patient, placed by where they are.
  for (let k = i + 1; k < tokens.length && k <= i + 3 && tokens.gap[k] !== GAP_HARD; k++) if (W.otherPatients.has(tokens.norm(k))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    // "(stopped by patient - see below)": notes write the patient bare.
    if (tokens.gap[k + 1] === GAP_HARD) break;
    const norm = tokens.norm(k);
    if (norm === 'this' || norm === 'the') return true;
    if (W.otherPatients.has(norm)) return false; // "another patient", "any patient"
    if (norm === 'a' || norm === 'an') {
      if (k === 0 || tokens.gap[k] === GAP_HARD) return false;
      const before = tokens.norm(k - 1);
      if (names.includes(bareName(before))) return true;
      return W.predicateVerbs.has(before) ? null : false;
    }
  }
  return tokens.norm(i) === 'patient';
}


/**
 * Whether the title at i runs on into the next word as one name: "Mrs Khan", "Dr. Lee". Not
 * "this young lady. Iron 82": "Lady Iron" ended the reader, and no later "she" was flagged.
 */
function titleJoinsName(ctx: LetterContext, W: PronounWords, i: number): boolean {
  const { tokens, text } = ctx;
  const between = tokens.start[i + 1] - tokens.end[i];
  if (between > 2) return false;
  if (tokens.gap[i + 1] !== GAP_HARD) return true;
  return text.charCodeAt(tokens.end[i]) === 0x2e && W.shortTitles.has(tokens.norm(i));
}

/** A surname or first name, with a possessive "'s" left off. */
function bareName(norm: string): string {
  return norm.endsWith("'s") || norm.endsWith('\u2019s') ? norm.slice(0, -2) : norm;
}

/**
 * "Patient: Stephen Kowalczyk" has no title, but the letter may give one later: the gender of the
 * first "Mr Kowalczyk" (or Mrs, Ms, Miss) after the header. One pass over the tokens.
 */
function titleInText(ctx: LetterContext, from: number, surname: string): 'he' | 'she' | undefined {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens.end[i] <= from || tokens.norm(i + 1) !== surname) continue;
    const title = written(ctx, i);
    const gender = genderOfTitle(title);
    if (gender !== undefined && tokens.start[i + 1] - tokens.end[i] <= 2) return gender;
  }
  return undefined;
}

export const checkReaderPronoun: LetterCheck = (ctx) => {
  if (ctx.audience !== 'patient') return [];
  const greeting = letterGreeting(ctx);
  const greetingGender = greeting?.title === undefined ? undefined : genderOfTitle(greeting.title);
  // No "Dear Mr ...": a letter to the GP copied to the patient names them on a "Re:" or "cc:" line.
  const reader: HeaderReader | null =
    greeting && greetingGender ? { gender: greetingGender, names: [greeting.name], end: greeting.end } : letterHeaderReader(ctx);
  if (!reader) return [];
  const names = reader.names.map((n) => n.toLowerCase());
  const gender = reader.gender ?? titleInText(ctx, reader.end, names[names.length - 1]);
  if (!gender) return [];
  const pronouns = PRONOUNS[gender];
  const W = ctx.words.compiled(pronounWords);
  const { tokens } = ctx;
  const hits: LetterHit[] = [];
  // Whether a pronoun of the reader's gender surely means the reader: no one else who could be
  // "he" or "she" has come in since the reader was last named (or since the greeting).
  let readerIsSubject = true;
  // Someone who came in as the reader's own, not as a subject ("referred by her optometrist"):
  // pronouns are left alone until the sentence ends, then they mean the reader again.
  let otherInSentence = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.end[i] <= reader.end) continue;
    if (tokens.gap[i] === GAP_HARD) otherInSentence = false;
    if (tokens.flags[i] !== 0) continue;
    const norm = tokens.norm(i);
    if (isTitle(W.people, norm) && i + 1 < tokens.length && titleJoinsName(ctx, W, i) && capitalisedName(ctx, W, i + 1)) {
      const named = bareName(tokens.norm(i + 1));
      const other = personWord(W.people, norm) ?? null;
      if (names.includes(named) && other !== null) readerIsSubject = true;
      else if (other === null || other === gender) readerIsSubject = false;
      i++;
      continue;
    }
    if (names.includes(bareName(norm)) && capitalisedName(ctx, W, i)) {
      readerIsSubject = true;
      continue;
    }
    const noun = ctx.words.compiled(readerNouns).get(norm);
    if (noun !== undefined) {
      const again = readerNoun(ctx, W, i, names);
      if (again === true) readerIsSubject = true;
      else if (again === false && (noun === null || noun === gender)) readerIsSubject = false;
      continue;
    }
    // "your father's care" brings the father in as "your father" does ("the baby's size" does not).
    const person = personWord(W.people, i > 0 && tokens.norm(i - 1) === 'your' ? bareName(norm) : norm);
    const next = i + 1 < tokens.length && tokens.gap[i + 1] !== GAP_HARD ? tokens.norm(i + 1) : '';
    // "Dietitian review", "GP follow-up", "nurse clinic": a service, no one who could be "he" or "she".
    if (person !== undefined && (W.services.has(next) || planRole(ctx, i, next))) continue;
    if (person !== undefined && !inCompound(ctx, i) && !(isTitle(W.people, norm) && bareTitle(ctx, i, norm))) {
      if (!isTitle(W.people, norm) && thisPerson(ctx, i)) readerIsSubject = true;
      else if ((person === null || person === gender) && !predicate(ctx, W, i)) {
        if (readerIsSubject && !otherInSentence && (possessedObject(ctx, i, gender, person) || bracketedAlone(ctx, i))) otherInSentence = true;
        else readerIsSubject = false;
      }
      continue;
    }
    if (someoneNamed(ctx, W, i)) {
      readerIsSubject = false;
      continue;
    }
    if (!readerIsSubject || otherInSentence) continue;
    const you = pronouns.get(norm);
    if (you === undefined) continue;
    const verb = (norm === 'he' || norm === 'she') ? ctx.words.compiled(agreement).get(next) : undefined;
    if (verb !== undefined) {
      hits.push({ start: tokens.start[i], end: tokens.end[i + 1], suggestions: [`you ${verb}`] });
      i++;
      continue;
    }
    // "her" before a noun is "your"; before anything else ("we saw her.") it is "you".
    const suggestion = norm === 'her' && next !== '' && !W.afterHerObject.has(next) ? 'your' : norm === 'her' ? 'you' : you;
    hits.push({ start: tokens.start[i], end: tokens.end[i], suggestions: [suggestion] });
  }
  return hits;
};
