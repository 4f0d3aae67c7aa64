/**
 * Sentence boundaries for readability and sentence length. Letters are full of lines that are
 * not sentences ("Dear Sam", headings, addresses), so a line break ends a sentence unless the
 * next line plainly continues it (starts in lower case).
 */
import type { Token } from './tokenize.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index range into the token array [firstToken, lastToken). */
  firstToken: number;
  lastToken: number;
  words: number;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'approx', 'no', 'tel', 'st', 'vs', 'ref', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

// A list item starts a new sentence: "-", "*", "•", "–" or "1." / "1)" at the start of a line.
const BULLET = /\n[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+$/;

function endsSentence(text: string, prev: Token, next: Token): boolean {
  let sawStop = false;
  let newlines = 0;
  let colon = false;
  for (let i = prev.end; i < next.start; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?') sawStop = true;
    else if (c === '\n') newlines++;
    else if (c === ':' || c === ';') colon = true;
  }
  if (newlines >= 2) return true;
  if (newlines === 1 && BULLET.test(text.slice(prev.end, next.start))) return true;
  // A colon or semicolon before more text ends a sentence for length's sake: "Inhaler: 2 puffs ..."
  const isTime = text.slice(prev.end, next.start) === ':' && /\d$/.test(prev.norm) && /^\d/.test(next.norm); // 10:30
  if (colon && !isTime) return true;
  if (colon && newlines === 1) return true;
  if (sawStop) {
    // "1." starting a numbered list item is a bullet, not a sentence.
    if (/^\d{1,2}$/.test(prev.norm) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, prev.start - 8), prev.start))) return false;
    const onlyDot = !/[!?]/.test(text.slice(prev.end, next.start));
    if (onlyDot && (ABBREVIATIONS.has(prev.norm) || /^\p{L}$/u.test(prev.norm))) return false;
    return true;
  }
  if (newlines === 1) {
    // A line break ends a sentence unless the next line continues it in lower case.
    const first = text[next.start];
    return !(first >= 'a' && first <= 'z');
  }
  return false;
}

/** Words in tokens [from, to): a run of digit groups ("0161 496 0000", "8:30") is one word, as a reader sees it. */
function countWords(text: string, tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) {
    const continuesNumber = k > from && /^\d/.test(tokens[k].norm) && /\d$/.test(tokens[k - 1].norm) && /^[ :]$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
    if (!continuesNumber) words++;
  }
  return words;
}

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  if (tokens.length === 0) return out;
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || endsSentence(text, tokens[i - 1], tokens[i])) {
      let end = tokens[i - 1].end;
      // Include closing punctuation in the sentence's span.
      while (end < text.length && /[.!?)"\u201d']/.test(text[end])) end++;
      out.push({ start: tokens[first].start, end, firstToken: first, lastToken: i, words: countWords(text, tokens, first, i) });
      first = i;
    }
  }
  return out;
}

/** Syllables in an English word, by the usual vowel-group heuristic. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}
