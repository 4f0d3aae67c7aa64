/**
 * In a letter that opens "Dear Mrs Khan", later mentions of "Mrs Khan" write about the reader
 * instead of to them. So do "Mrs Cattermole" and "Kayleigh" in a clinic letter to the GP whose
 * "Re:" or "cc:" line names the patient, when the letter's audience is the patient.
 */
import type { LetterCheck, LetterHit } from './context.js';
import { letterGreeting, TITLES } from './greeting-name.js';
import { letterHeaderReader, TITLE_GENDER, type HeaderReader } from './reader-in-header.js';
import { agreement, type ReaderGender } from './people-words.js';
import type { WordClasses } from './words.js';

export const checkThirdPersonName: LetterCheck = (ctx) => {
  if (ctx.audience !== 'patient') return [];
  // A letter to the GP copied to the patient: the reader is named on its "Re:" or "cc:" line.
  const header = letterHeaderReader(ctx);
  if (header) return headerReaderMentions(ctx.text, header, ctx.words);
  const greeting = letterGreeting(ctx);
  if (!greeting) return [];
  const surname = greeting.name;
  const afterGreeting = greeting.end;
  // Every mention contains the surname as written: most letters never repeat it, and indexOf is far
  // cheaper than the Unicode regex below.
  if (ctx.text.indexOf(surname, afterGreeting) < 0) return [];
  const mention = new RegExp(`\\b(${TITLES})\\.?\\s+${escape(surname)}(?!\\p{L})`, 'gu');
  mention.lastIndex = afterGreeting;
  const readerGender = greeting.title ? TITLE_GENDER.get(greeting.title.toLowerCase()) : undefined;
  const hits = [];
  for (let m; (m = mention.exec(ctx.text)); ) {
    if (otherGender(readerGender, m[1])) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, suggestions: ['you'] });
  }
  return hits;
};

/**
 * "Mr Ellison" in a letter to Mrs Ellison is someone else with her surname, her husband or son:
 * telling a widow to write to her late husband as "you" is the worst false alarm this check made.
 */
function otherGender(reader: ReaderGender | null | undefined, title: string | undefined): boolean {
  if (!reader || !title) return false;
  const mentioned = TITLE_GENDER.get(title.toLowerCase());
  return mentioned !== undefined && mentioned !== null && mentioned !== reader;
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "cc", "Copy:", "Copy to" and nothing else before the name on its line. */
const COPY_LINE = /\n[ \t]*(?:cc|copy|copies)(?:[ \t]+to)?[ \t]*:?[ \t]*$/i;

/**
 * After the header: "Mrs Cattermole", "Ms K Dunmore" and the first name alone ("Kayleigh was
 * seen"). A "cc" line at the foot copies the letter to the reader: it is not about them.
 */
function headerReaderMentions(text: string, reader: HeaderReader, words: WordClasses): LetterHit[] {
  const surname = reader.names[reader.names.length - 1];
  const firsts = reader.names.slice(0, -1).filter((n) => n.length > 1);
  const alternatives = [`(${TITLES})\\.?\\s+(?:\\p{Lu}\\.?\\s+)?${escape(surname)}`, ...firsts.map((f) => `${escape(f)}(?:\\s+${escape(surname)})?`)];
  const mention = new RegExp(`\\b(?:${alternatives.join('|')})(?!\\p{L})`, 'gu');
  mention.lastIndex = reader.end;
  const hits: LetterHit[] = [];
  for (let m; (m = mention.exec(text)); ) {
    // Only the 20 characters before the name are read: searching for the line's start from each
    // mention read a long line once per mention (1 MB of "Mrs Lee was" took four times 0.5 MB's time).
    const from = Math.max(0, m.index - 20);
    if (COPY_LINE.test(`${from === 0 ? '\n' : ''}${text.slice(from, m.index)}`)) continue;
    // The reader's first name inside someone else's name is not the reader: "Dr Ann Lee" signing a
    // letter about Mrs Ann Smith, or "Ann Lee" after Ann Smith.
    if (m[0].indexOf(surname) < 0 && (TITLE_BEFORE.test(text.slice(from, m.index)) || OTHER_SURNAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
    if (otherGender(reader.gender, m[1])) continue;
    // "Kayleigh was seen" -> "You were seen": the verb after the name changes with "you".
    const end = m.index + m[0].length;
    const verb = AFTER_NAME.exec(text.slice(end, end + 12));
    const agreed = verb ? words.compiled(agreement).get(verb[2]) : undefined;
    if (verb && agreed) hits.push({ start: m.index, end: end + verb[0].length, suggestions: [`you ${agreed}`] });
    else hits.push({ start: m.index, end, suggestions: ['you'] });
  }
  return hits;
}

/** A title just before a first name: "Dr Ann", "Mrs. Ann". */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLES}|Prof|Professor|Sister|Nurse)\\.?[ \\t]+$`, 'u');
/** A surname after a first name, on the same line: "Ann Lee". */
const OTHER_SURNAME = /^[ \t]\p{Lu}\p{Ll}/u;

const AFTER_NAME = /^([ \t]+)(was|is|has|does|wasn't|isn't|hasn't|doesn't)(?![\p{L}'])/u;
