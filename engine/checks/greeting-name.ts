/**
 * The "Dear Mrs Khan," line that opens a letter, read once for the checks that need to know who
 * the reader is (third-person-name.ts, reader-pronoun.ts): one regex, so the two agree on what a
 * greeting is.
 */

/** Titles a greeting may put before the name. */
export const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Master';

// "Dear" starts a line after spaces, but no line break: [^\S\r\n\u2028\u2029] is \s less the
// line ends that ^ (with m) starts a line after. With ^\s*, every line start in a run of blank
// lines read the rest of the run again: 2,000 of them took 5 to 13 ms a check. (Bounded by the
// 2,000 characters read, but it ran on every keystroke.) What is found is the same: a match from
// the first blank line can only go on from the greeting's own line, so the greeting, the name and
// where the match ends do not change; only the match's start is the greeting's line.
const GREETING = new RegExp(`^[^\\S\\r\\n\\u2028\\u2029]*(?:Dear|Hello|Hi)\\s+(?:(${TITLES})\\.?\\s+)?(?:[A-Z][\\p{L}'’-]*\\s+)*([A-Z][\\p{L}'’-]+)\\s*,?\\s*$`, 'mu');

/** How far into a letter its greeting may be. */
const GREETING_REACH = 2000;

export interface GreetingLine {
  /** The title as written, without its full stop ("Mrs"), when the greeting has one. */
  title: string | undefined;
  /** The last word of the greeting, two letters or more: the surname, or the only name ("Dear Sam"). */
  name: string;
  /** Where the greeting line ends: mentions of the reader are looked for after it. */
  end: number;
}

const perLetter = new WeakMap<object, GreetingLine | null>();

/** The greeting of this check's letter, read once however many checks ask (as letterHeaderReader). */
export function letterGreeting(letter: { readonly text: string }): GreetingLine | null {
  let greeting = perLetter.get(letter);
  if (greeting === undefined) perLetter.set(letter, (greeting = readGreeting(letter.text)));
  return greeting;
}

/** The letter's greeting line, if one of its first 2,000 characters starts it. */
export function readGreeting(text: string): GreetingLine | null {
  const m = GREETING.exec(text.slice(0, GREETING_REACH));
  return m ? { title: m[1], name: m[2], end: m.index + m[0].length } : null;
}
