/**
 * Percentages ("10%", "2.5 per cent") in a stretch of text: exactly what
 * /(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi finds there, scanned by hand in linear time.
 *
 * The regex tried a match from every digit, and from each one \d+ ran to the end of the digits
 * before failing: 80 KB of digits in a sentence about risk took 4 s, and in the extension 20,000
 * of them held the page 250-430 ms a check. A match can only start where a run of digits starts (the digits must be followed
 * by "%", a space, "." or "p", never by another digit), so each run is tried once.
 */
import { isDigit, isSpaceUnit } from '../chars.js';

export interface Percentage {
  start: number;
  end: number;
  /** The number as written ("2.5"): the regex's first group. */
  number: string;
}

/** \w without the u flag. */
const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether text[at, at + word.length) spells `word` (lower-case ASCII letters) in any case, before `to`. */
function spells(text: string, at: number, to: number, word: string): boolean {
  if (at + word.length > to) return false;
  // c | 32 is the lower case of an ASCII letter, and equals a lower-case letter for no other
  // character: the i flag without u folds only ASCII letters.
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** Where "%" or "per cent" after the number at q ends (one optional space between), or -1. */
function suffixEnd(text: string, q: number, to: number): number {
  let r = q;
  if (r < to && isSpaceUnit(text.charCodeAt(r))) r++;
  if (r >= to) return -1;
  if (text.charCodeAt(r) === 37) return r + 1; // %
  if (!spells(text, r, to, 'per')) return -1;
  let k = r + 3;
  if (k < to && text.charCodeAt(k) === 32) k++;
  if (!spells(text, k, to, 'cent')) return -1;
  k += 4;
  return k < to && isWordChar(text.charCodeAt(k)) ? -1 : k; // \b: "percentage" is not "per cent"
}

/**
 * Appends the percentages in text[from, to) to out, as the regex would find them in
 * text.slice(from, to) (offsets into text), and returns the characters read, for the step
 * count (work.ts): at most about twice the length, whatever the text.
 */
export function findPercentages(text: string, from: number, to: number, out: Percentage[]): number {
  let steps = 0;
  let i = from;
  while (i < to) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      steps++;
      continue;
    }
    const start = i;
    let digitsEnd = i + 1;
    while (digitsEnd < to && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    let numberEnd = digitsEnd;
    if (digitsEnd + 1 < to && text.charCodeAt(digitsEnd) === 46 && isDigit(text.charCodeAt(digitsEnd + 1))) {
      numberEnd = digitsEnd + 2;
      while (numberEnd < to && isDigit(text.charCodeAt(numberEnd))) numberEnd++;
    }
    steps += numberEnd - start + 1;
    const end = suffixEnd(text, numberEnd, to);
    if (end >= 0) {
      out.push({ start, end, number: text.slice(start, numberEnd) });
      i = end;
    } else i = digitsEnd; // the decimal part may start a percentage of its own: "1.2.5%" has "2.5%"
  }
  return steps;
}
