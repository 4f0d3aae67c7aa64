/**
 * Character classes the tokenizer asks about for every character, answered from a table instead
 * of a Unicode regex. The answers are exactly the regexes' (each entry is filled by running the
 * regex once on that code unit), so non-Latin text behaves as it always did; the table only saves
 * running a regex per character.
 */

const KNOWN = 1;
/** [\p{L}\p{N}\p{M}]: a character that makes up a word. */
const WORD = 2;
/** [\p{L}\p{N}]: a letter or number, as the quote finder asks (marks excluded). */
const LETTER_OR_NUMBER = 4;
/** \s */
const SPACE = 8;

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/;

// One byte per UTF-16 code unit, filled on first sight: most text uses a few hundred distinct
// characters, so filling all 65,536 up front would waste time at start-up.
const table = new Uint8Array(0x10000);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  // A lone surrogate is no letter, number, mark or space (astral characters are handled in wordLength).
  const bits = KNOWN | (WORD_RE.test(ch) ? WORD : 0) | (LETTER_OR_NUMBER_RE.test(ch) ? LETTER_OR_NUMBER : 0) | (SPACE_RE.test(ch) ? SPACE : 0);
  table[c] = bits;
  return bits;
}
for (let c = 0; c < 128; c++) classify(c);

function bitsOf(c: number): number {
  const bits = table[c];
  return bits === 0 ? classify(c) : bits;
}

/** Whether UTF-16 code unit c is a letter or number (/[\p{L}\p{N}]/u on that one unit). */
export function isLetterOrNumberUnit(c: number): boolean {
  return (bitsOf(c) & LETTER_OR_NUMBER) !== 0;
}

/** Whether UTF-16 code unit c is whitespace (/\s/ on that one unit). */
export function isSpaceUnit(c: number): boolean {
  return (bitsOf(c) & SPACE) !== 0;
}

const astralWord = new Map<number, boolean>();

/**
 * How many code units the word character at i takes: 0 when the code point there is not a letter,
 * number or mark, 2 for such a character outside the BMP (a surrogate pair), else 1. As the
 * u-flagged regex does, a surrogate pair is one character and a lone surrogate is none.
 */
export function wordLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (bitsOf(c) & WORD) !== 0 ? 1 : 0;
  if (c > 0xdbff) return 0; // a trail surrogate on its own
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lead surrogate on its own
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let word = astralWord.get(cp);
  if (word === undefined) astralWord.set(cp, (word = WORD_RE.test(String.fromCodePoint(cp))));
  return word ? 2 : 0;
}

/** Whether code unit c is an ASCII digit, 0 to 9. */
export const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether code unit c is an ASCII letter, A to Z or a to z: /[a-z]/i (without the u flag, no other character folds to one). */
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
