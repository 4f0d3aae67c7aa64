/** Three or more words in capitals in a row are hard to read; well-known acronyms do not count. */
import { GAP_HARD } from '../tokenize.js';
import { numberParam, type LetterCheck, type LetterHit } from './context.js';
import { work } from '../work.js';

const ACRONYMS = new Set(['nhs', 'gp', 'a&e', 'ct', 'mri', 'uk', 'bsl', 'pals', 'nhsmail', 'ok', 'i', 'a']);

// Roman numerals ("NYHA II-III", "stage IV") and codes with digits ("T2", "COVID-19") are not shouting.
export const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

function isCapitalWord(raw: string): boolean {
  // ASCII (almost every word): the same tests by character, since for ASCII \p{Lu} is A-Z, \p{Ll}
  // is a-z and \p{L} is A-Z or a-z. Anything else takes the Unicode regexes.
  let upper = false;
  let twoLetters = false;
  let prevLetter = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c > 127) return isCapitalWordUnicode(raw);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false; // lower case, or a digit
    const letter = c >= 65 && c <= 90;
    if (letter) {
      upper = true;
      if (prevLetter) twoLetters = true;
    }
    prevLetter = letter;
  }
  return upper && !ROMAN.test(raw) && (twoLetters || raw.length === 1);
}

function isCapitalWordUnicode(raw: string): boolean {
  return /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw) && !/\d/.test(raw) && !ROMAN.test(raw) && /\p{L}{2,}|^[A-Z]$/u.test(raw);
}

/**
 * The run in ordinary case: a capital first only where a sentence starts ("We ARE VERY SORRY" is
 * "We are very sorry", not "We Are very sorry"); acronyms stay capitals.
 */
function ordinaryCase(s: string, startsSentence: boolean): string {
  const lower = s.toLowerCase().replace(/\b(nhs|gp|a&e|ct|mri|uk|bsl|pals)\b/g, (m) => m.toUpperCase());
  return startsSentence ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/**
 * Whether `start` begins a sentence: nothing but spaces, quotes and brackets between it and the
 * start of the text, a line break, or a full stop, question mark, exclamation mark or colon. The
 * walk back crosses only those characters, which no two runs share: linear over the letter.
 */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === "'" || c === '(' || c === '\u2018' || c === '\u201c') continue;
    return c === '\n' || c === '.' || c === '?' || c === '!' || c === ':';
  }
  return true;
}

export const checkBlockCapitals: LetterCheck = (ctx, rule) => {
  const minWords = numberParam(rule, 'minWords', 3);
  const hits: LetterHit[] = [];
  const { tokens, text } = ctx;
  let runStart = -1;
  let meaningful = 0;
  let steps = tokens.length;
  const close = (endIndex: number) => {
    const count = endIndex - runStart;
    if (runStart >= 0 && count >= minWords && meaningful >= minWords) {
      const start = tokens.start[runStart];
      const end = tokens.end[endIndex - 1];
      steps += end - start;
      hits.push({ start, end, suggestions: [ordinaryCase(text.slice(start, end), startsSentence(text, start))] });
    }
    runStart = -1;
    meaningful = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start[i];
    // Fast reject: a word whose first two characters are not both capitals (most words) is not shouting.
    const c0 = text.charCodeAt(start);
    let capital = false;
    if ((c0 < 97 || c0 > 122) && c0 > 64) {
      const end = tokens.end[i];
      const c1 = end - start > 1 ? text.charCodeAt(start + 1) : 65;
      steps += end - start;
      capital = (c1 < 97 || c1 > 122) && tokens.flags[i] === 0 && isCapitalWord(text.slice(start, end)); // flags: placeholder or quoted
    }
    if (capital && runStart >= 0 && tokens.gap[i] !== GAP_HARD) {
      if (!ACRONYMS.has(tokens.norm(i))) meaningful++;
      continue;
    }
    if (runStart >= 0) close(i);
    if (capital) {
      runStart = i;
      meaningful = ACRONYMS.has(tokens.norm(i)) ? 0 : 1;
    }
  }
  close(tokens.length);
  work.steps += steps;
  return hits;
};
