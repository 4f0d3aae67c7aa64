/**
 * Words that bring a person other than the reader into a letter, and whether that person could
 * be "he" or "she". The reader-pronoun check stops flagging a pronoun once someone else who could
 * be meant by it has come in: "his wife" ends nothing for "he", but "his son" does.
 * Maps and sets, not object literals: a letter's word is the key, and "constructor" would find a
 * property every object has.
 */
import type { WordClasses } from './words.js';

export type ReaderGender = 'he' | 'she';
/** 'he', 'she', or null: could be either. */
export type PersonGender = ReaderGender | null;

/**
 * The word classes, from the reader-as-he-or-she rule's params (content/rules/reader-as-he-or-she.md),
 * built once per checker (words.ts): male-people, female-people and either-people (words for a
 * person, by the gender they carry), not-ist (words ending -ist that are not people) and
 * person-titles (titles that open a person's name: "Dr Patel", "Mrs Khan").
 */
export interface PeopleWords {
  gender: ReadonlyMap<string, PersonGender>;
  notIst: ReadonlySet<string>;
  titles: ReadonlySet<string>;
}

export function peopleWords(w: WordClasses): PeopleWords {
  return {
    gender: new Map<string, PersonGender>([
      ...w.list('male-people').map((m) => [m, 'he'] as const),
      ...w.list('female-people').map((f) => [f, 'she'] as const),
      ...w.list('either-people').map((e) => [e, null] as const),
    ]),
    notIst: w.set('not-ist'),
    titles: w.set('person-titles'),
  };
}

/**
 * Whether a lower-case word names a person (undefined when it does not), and that person's
 * gender where the word has one. Specialists by suffix: cardiologist, physiotherapist, dentist,
 * dietitian, paediatrician, sonographer.
 */
export function personWord(P: PeopleWords, norm: string): PersonGender | undefined {
  const known = P.gender.get(norm);
  if (known !== undefined || P.gender.has(norm)) return known;
  if (norm.length > 5 && norm.endsWith('ist') && !P.notIst.has(norm)) return null;
  // Dietitian, paediatrician, obstetrician, mammographer.
  if (norm.length > 6 && (norm.endsWith('ician') || norm.endsWith('itian') || norm.endsWith('grapher'))) return null;
  return undefined;
}

/** A title that opens a person's name: "Dr Patel", "Mrs Khan". */
export function isTitle(P: PeopleWords, norm: string): boolean {
  return P.titles.has(norm);
}

/**
 * Nouns a clinic letter uses for its patient ("this pleasant lady", "this 67 year old gentleman"),
 * with their gender: the rule's reader-nouns-he, reader-nouns-she and reader-nouns (either).
 */
export function readerNouns(w: WordClasses): ReadonlyMap<string, PersonGender> {
  return new Map<string, PersonGender>([
    ...w.list('reader-nouns-he').map((m) => [m, 'he'] as const),
    ...w.list('reader-nouns-she').map((f) => [f, 'she'] as const),
    ...w.list('reader-nouns').map((e) => [e, null] as const),
  ]);
}

/**
 * "Mrs Okafor was" to "you were": the verb after a person made to agree with "you", from the
 * reader-as-he-or-she rule's agree-from and agree-to classes, pair by pair (in its Markdown, not
 * here, to keep the content script small). A Map: "constructor" is no verb.
 */
export function agreement(w: WordClasses): ReadonlyMap<string, string> {
  const to = w.list('agree-to');
  return new Map(w.list('agree-from').map((verb, i) => [verb, to[i]]));
}
