/**
 * Who the reader is when the letter does not greet them. A clinic letter dictated to the GP and
 * copied to the patient opens "Dear Dr Hallam" (or has no greeting at all, as a discharge
 * summary), and names the patient on a header line: "Re: Mrs Brenda Cattermole, DOB ...",
 * "Patient: Mr Desmond Achterberg", "cc: Ms Kayleigh Dunmore", or a line with no label that
 * starts with the titled name and goes on with the patient's numbers ("Mrs Joan BELLINGHAM
 * NHS 999 ..."). Many hospital systems print the surname in capitals ("Mr Graham PEARCE"): the
 * letter's text writes "Mr Pearce". In a letter whose audience is the patient, that person is the
 * reader. Only the first 2,000 characters are read, line by line.
 */
import type { ReaderGender } from './people-words.js';
import type { WordClasses } from './words.js';

/**
 * The word classes the header is read with, from the reader-as-he-or-she rule's params
 * (content/rules/reader-as-he-or-she.md), built once per checker (words.ts):
 * - header-not-names: words that start a header line's value but are not a person's name ("Re: Your appointment");
 * - clinician-greetings: a greeting to a clinician ("Dear Dr", "Dear colleague"), after which the header names the reader.
 */
export interface HeaderWords {
  notNames: ReadonlySet<string>;
  clinicianGreetings: ReadonlySet<string>;
  /** A header line's label, up to its colon (or a bar or tab, as in a table): "Re:", "Patient name:", "cc:", "Copy to:" (header-labels). */
  label: RegExp;
  /** A name table's fields and their values: "Surname: SMITH", "Forename(s): Jane", "Title: Mrs" (header-name-fields). */
  fields: RegExp;
}

function headerWords(w: WordClasses): HeaderWords {
  return {
    notNames: w.set('header-not-names'),
    clinicianGreetings: w.set('clinician-greetings'),
    label: new RegExp(`^[ \\t]*(${w.alternation('header-labels')})[ \\t]*[:|\\t][ \\t]*`, 'i'),
    fields: new RegExp(`\\b(${w.alternation('header-name-fields')})[ \\t]*[:|][ \\t]*([\\p{L}'’-]+)`, 'giu'),
  };
}

export interface HeaderReader {
  gender: ReaderGender | null;
  /** First names and surname, as written on the header line ("Brenda", "Cattermole"). */
  names: string[];
  /** Where the header ends: mentions before it (the Re: line itself) are not about the reader. */
  end: number;
}

const HEAD = 2000;
/** A copy line written without a colon: "cc patient", "Copied to patient", "cc Mr Ilie (interpreter required)". */
const COPY_LINE = /^[ \t]*(cc|c\.c\.|copy to|copies to|copied to)[ \t]+/i;
/** A copy line's value that is the patient, unnamed: "cc patient", "Copy to: the patient". */
const PATIENT_COPY = /^(?:the[ \t]+)?patient\b[ \t]*[:,(–-]?[ \t]*/i;
/** The gender a title gives its person (lower case): "Mr" a man, "Mrs" a woman, "Mx" either. */
export const TITLE_GENDER: ReadonlyMap<string, ReaderGender | null> = new Map([
  ['mr', 'he'], ['master', 'he'], ['mrs', 'she'], ['ms', 'she'], ['miss', 'she'], ['mx', null],
]);
/** A surname in capitals, as patient systems print it: "PEARCE", "SMITH-JONES", "O'NEILL". */
const CAPITALS_SURNAME = /^\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+$/u;
/**
 * A header line with no label that is still the patient's: a titled name, then one of the
 * numbers only a patient has ("Mrs Joan BELLINGHAM   NHS 999 116 4025   DOB 09/09/1951"). The
 * numbers keep out the address block of a surgeon ("Mr A Khan, Consultant Surgeon"). An age
 * between commas counts: "Mrs Yvonne Carlisle, 46, cc patient" (a house number has no comma after it).
 */
const UNLABELLED_PATIENT = /^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?[ \t]|\p{Lu}[\p{L}'’-]+,)/u;
const PATIENT_NUMBER = /\b(?:NHS|DOB|D\.O\.B|MRN|CHI|Hosp(?:ital)? (?:No|number)|\d{3} ?\d{3} ?\d{4})\b|, ?\d{1,3},/;

/** "PEARCE" -> "Pearce", "SMITH-JONES" -> "Smith-Jones": how the letter's own text writes it. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** A greeting to a clinician, or none: only then is the header the way to find the reader. */
const DEAR = /^[ \t]*(?:Dear|Hello|Hi)[ \t]+(\S+)/;

interface Named {
  title: string | null;
  names: string[];
}

/** "Mrs Brenda Cattermole, 62, NHS No ..." -> title mrs, names brenda cattermole. */
function nameAfterLabel(W: HeaderWords, value: string): Named | null {
  const words = value.split(/[ \t]+/, 6);
  let title: string | null = null;
  const names: string[] = [];
  // "SMITH, Jane (Mrs)", "Okonedo, Grace Ama (Miss)": the surname first, read last.
  const comma = words[0].endsWith(',') ? words[0].slice(0, -1) : '';
  const surname = comma && !W.notNames.has(comma.toLowerCase()) ? titleCase(comma) : null;
  if (surname) words.shift();
  for (const raw of words) {
    const word = raw.replace(surname ? /^\(|[.,;)]+$/g : /[.,;]$/, '');
    const lower = word.toLowerCase();
    // An initial after a title or a name is skipped: "Mrs J. Smith", "MR J OKONKWO".
    if ((title !== null || names.length > 0) && /^\p{Lu}$/u.test(word)) continue;
    if (title === null && (names.length === 0 || surname) && TITLE_GENDER.has(lower)) {
      title = lower;
    } else if (/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) && !W.notNames.has(lower)) {
      names.push(word);
    } else if ((title !== null || names.length > 0) && CAPITALS_SURNAME.test(word) && !W.notNames.has(lower)) {
      // Only after a title or a first name: "Re: URGENT REFERRAL" is no one. The last word in
      // capitals is the surname: "Mr Graham PEARCE", "MRS JANE SMITH".
      names.push(titleCase(word));
    } else break;
    if (raw !== word && !(surname && title)) break; // a comma or full stop ends the name
  }
  if (surname) names.push(surname);
  // A name is a title and a surname, or a first name and a surname: one word alone may be a place.
  if (names.length === 0 || (title === null && names.length < 2)) return null;
  return { title, names };
}

/** Each check's letter (a LetterContext, or any object holding its text) and its header's reader. */
const perLetter = new WeakMap<object, HeaderReader | null>();

/**
 * The reader named in this letter's header, read once per check however many checks ask
 * (reader-pronoun and third-person-name both do, on every keystroke).
 */
export function letterHeaderReader(letter: { readonly text: string; readonly words: WordClasses }): HeaderReader | null {
  let reader = perLetter.get(letter);
  if (reader === undefined) perLetter.set(letter, (reader = readerInHeader(letter.words.compiled(headerWords), letter.text)));
  return reader;
}

/** A copy line that shares the line before it: "To: Dr Mallory. cc Mr Barry Quinton", "To GP, cc Mrs ...". */
const COPY_IN_LINE = /[.,;][ \t]+(?=(?:cc|c\.c\.|copy to|copied to)\b)/gi;

export function readerInHeader(W: HeaderWords, text: string): HeaderReader | null {
  // The copy part of such a line is read as a line of its own (a space becomes the line break, so
  // every offset stays the same).
  const head = text.slice(0, HEAD).replace(COPY_IN_LINE, (m) => `${m[0]}\n${m.slice(2)}`);
  let end = 0;
  let patient: Named | null = null;
  let copied: Named | null = null;
  let looseCopy: Named | null = null;
  // A name table, a field a line or a cell each: "Surname: SMITH", "Forename(s): Jane", "Title: Mrs".
  let tableTitle: string | null = null;
  let tableFirst: string[] = [];
  let tableSurname = '';
  let tableEnd = 0;
  for (let at = 0; at < head.length; ) {
    let next = head.indexOf('\n', at);
    if (next < 0) next = head.length;
    const line = head.slice(at, next);
    for (const [, field, value] of line.matchAll(W.fields)) {
      const lower = value.toLowerCase();
      const kind = field[0].toLowerCase();
      if (kind === 't') tableTitle = TITLE_GENDER.has(lower) ? lower : tableTitle;
      else if (kind === 'f' || kind === 'g') tableFirst = [titleCase(value)];
      else tableSurname = titleCase(value);
      tableEnd = next;
    }
    const dear = DEAR.exec(line);
    if (dear && !W.clinicianGreetings.has(dear[1].replace(/[,.]$/, '').toLowerCase())) return null; // greets someone else: not ours to guess
    if (dear) end = next;
    // Without a colon, only a copy line, and only right under the header lines already read
    // ("Re: Mrs X\ncc patient"): a line left unread ended the header early, so "patient" on it
    // counted as someone new. A "cc Mr X" under the signature is not the header.
    // So is a copy line that gives the patient's numbers ("cc Mr Gerald Pike, 999 640 3319").
    const label = W.label.exec(line) ?? ((end > 0 && head.slice(end, at).trim() === '') || PATIENT_NUMBER.test(line) ? COPY_LINE.exec(line) : null);
    if (!label && patient === null && UNLABELLED_PATIENT.test(line) && PATIENT_NUMBER.test(line)) {
      const named = nameAfterLabel(W, line.trimStart());
      if (named) {
        patient = named;
        end = next;
      }
    } else if (label) {
      // "cc: Patient – Mrs J Smith": the name after "Patient" is read.
      let value = line.slice(label[0].length);
      const toPatient = PATIENT_COPY.exec(value);
      if (toPatient) value = value.slice(toPatient[0].length);
      const kind = label[1].toLowerCase();
      const named = nameAfterLabel(W, value);
      // A copy to a doctor is a colleague; a copy to Mr, Mrs or Ms (or marked "(patient)") is the
      // patient. So is the one a letter is sent "To:" (a portal message to Mrs Helena Brightwell).
      if (named && ((kind[0] === 'c' && kind !== 'client') || kind === 'to' || kind === 'fao')) {
        if (copied === null && named.title !== null) copied = named;
      } else if (named && patient === null) patient = named;
      // Only a header line moves the header's end: a "cc: Mrs D Pickford" under the signature
      // moved it there, and nothing above it was read.
      // "cc: patient", "cc Dr Okoro", "Copied to patient" right under the header: still the header.
      if ((named && end === 0) || ((named || kind[0] === 'c') && head.slice(end, at).trim() === '')) end = next;
    }
    // Any other "cc Mr Callum Brierley", in the header or at the foot, is kept aside: it only ever
    // gives the title (and so the gender) of a patient named the same way on a Re: line that left it off.
    looseCopy ??= looseCopyLine(W, line);
    at = next + 1;
  }
  // The foot of a long letter (past the first 2,000 characters) may copy it to the patient too:
  // only its last 300 characters are read again, not the header a second time.
  for (const line of text.slice(-300).split('\n')) looseCopy ??= looseCopyLine(W, line);
  if (patient === null && tableSurname) {
    patient = { title: tableTitle, names: [...tableFirst, tableSurname] };
    end = Math.max(end, tableEnd);
  }
  const reader = patient ?? copied;
  if (reader === null) return null;
  const surname = reader.names[reader.names.length - 1];
  // The Re: line may leave the title off ("Re: Kayleigh Dunmore") when the cc line has it.
  const titled = reader.title !== null ? reader : copied !== null && copied.names.includes(surname) ? copied : sameName(looseCopy, reader) ? looseCopy : null;
  const gender = titled ? TITLE_GENDER.get(titled.title!) ?? null : null;
  return { gender, names: reader.names, end };
}

/** "cc Mr Callum Brierley" anywhere: the titled person a copy line names, or null. */
function looseCopyLine(W: HeaderWords, line: string): Named | null {
  const loose = COPY_LINE.exec(line);
  const named = loose && nameAfterLabel(W, line.slice(loose[0].length));
  return named && named.title !== null ? named : null;
}

/**
 * Whether a copy line names the same person: "cc Mr Callum Brierley", or "cc Mr C Brierley" (an
 * initial is skipped), and "Re: Callum Brierley". Every name it gives is the reader's, the surname
 * too: "cc Mr David Walsh" is someone else for "Re: Kieran Walsh".
 */
function sameName(copy: Named | null, reader: Named): copy is Named {
  return copy !== null && reader.names.length >= 2 && copy.names.at(-1) === reader.names.at(-1) && copy.names.every((n) => reader.names.includes(n));
}
