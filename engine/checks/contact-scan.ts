/**
 * Two of the tests for contact details, scanned by hand in linear time. Each answers exactly what
 * the regex in its comment answered; the regexes tried a match from every position and
 * backtracked: the email one read a run of letters to its end from every letter of it (80 KB of
 * letters and an "@" took 6 s), and the placeholder one tried about 40 x 40 ways around every
 * keyword. Both add the characters they read to the step count (work.ts).
 */
import { work } from '../work.js';

/** \w without the u flag, and "-": [\w-]. */
const isDomainChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
/** [\w.+-] */
const isLocalChar = (c: number) => isDomainChar(c) || c === 46 || c === 43;

/**
 * /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.test(text): an "@" with a local character before it, then a
 * run of [\w-] followed by "." and one more [\w-]. The run after one "@" stops at the next "@"
 * (no [\w-] character is one), so no character is read twice.
 */
export function hasEmail(text: string): boolean {
  const n = text.length;
  let steps = 0;
  let found = false;
  for (let at = text.indexOf('@'); at >= 0 && !found; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !isLocalChar(text.charCodeAt(at - 1))) continue;
    let k = at + 1;
    while (k < n && isDomainChar(text.charCodeAt(k))) k++;
    steps += k - at;
    found = k > at + 1 && k + 1 < n && text.charCodeAt(k) === 46 && isDomainChar(text.charCodeAt(k + 1));
  }
  work.steps += steps;
  return found;
}

const KEYWORDS = ['phone', 'tel', 'number', 'email', 'contact'];
/** The regex's [^\]}>\u00bb\n]: a placeholder's contents never hold one, and it closes at one. */
const isStop = (c: number) => c === 93 || c === 125 || c === 62 || c === 0xbb || c === 10;
/** How far the keyword may sit from the opening and from the closing bracket. */
const GAP = 40;

/** The keyword (case-insensitive, ASCII) that starts at text[k], or undefined. */
function keywordAt(text: string, k: number): string | undefined {
  const first = text.charCodeAt(k) | 32; // lower case for ASCII letters; never a letter otherwise
  for (const word of KEYWORDS) {
    if (word.charCodeAt(0) !== first || k + word.length > text.length) continue;
    let same = true;
    for (let j = 1; j < word.length && same; j++) same = (text.charCodeAt(k + j) | 32) === word.charCodeAt(j);
    if (same) return word;
  }
  return undefined;
}

/**
 * /(?:\{\{|\[|<<|\u00ab)[^\]}>\u00bb\n]{0,40}(?:phone|tel|number|email|contact)[^\]}>\u00bb\n]{0,40}(?:\}\}|\]|>>|\u00bb)/i.test(text):
 * a placeholder for contact details, such as "[phone number]" or "{{clinic email}}".
 *
 * The characters between the opening and the closing are never one of ] } > » or a line break,
 * and the closing starts with one of them. So the closing is at the first such character after
 * the opening, and the text falls into stretches between them, each read once: in a stretch, a
 * keyword counts if an opening ends at most 40 characters before it (the latest opening so far
 * is the best one), and at the stretch's end the closing must be there and the latest counting
 * keyword must end at most 40 characters before it.
 */
export function hasContactPlaceholder(text: string): boolean {
  const n = text.length;
  let from = 0; // where the current stretch starts
  let opened = -Infinity; // where the latest opening in the stretch ends
  let keywordEnd = -Infinity; // where the latest keyword after an opening ends
  let found = false;
  let k = 0;
  for (; k <= n && !found; k++) {
    const c = k < n ? text.charCodeAt(k) : -1;
    // An opening ending here: "[" or "«" just before, or "{{" or "<<" (all inside the stretch).
    if (k - 1 >= from) {
      const b1 = text.charCodeAt(k - 1);
      if (b1 === 91 || b1 === 0xab) opened = k;
      else if (k - 2 >= from && (b1 === 123 || b1 === 60) && text.charCodeAt(k - 2) === b1) opened = k;
    }
    if (k === n || isStop(c)) {
      const closes = c === 93 || c === 0xbb || ((c === 125 || c === 62) && text.charCodeAt(k + 1) === c);
      found = closes && k - keywordEnd <= GAP;
      from = k + 1;
      opened = keywordEnd = -Infinity;
    } else if (k - opened <= GAP) {
      const word = keywordAt(text, k);
      if (word) keywordEnd = Math.max(keywordEnd, k + word.length);
    }
  }
  work.steps += k;
  return found;
}
