/**
 * Sentence boundaries for readability and sentence length. Letters are full of lines that are
 * not sentences ("Dear Sam", headings, addresses), so a line break ends a sentence unless the
 * next line plainly continues it (starts in lower case).
 */
import type { TokenList } from './token-list.js';
import { work } from './work.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index range into the token array [firstToken, lastToken). */
  firstToken: number;
  lastToken: number;
  words: number;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'e.g.', 'i.e.', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'approx', 'no', 'tel', 'st', 'vs', 'ref', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

// Words that start a sentence and are hardly ever a name: after a single capital and a full stop
// they end the sentence ("Clinic B. If this time..."), where a name after it would be an initial
// ("J. Smith"). "A" and "I" are left out: they may be initials themselves.
const SENTENCE_STARTERS = new Set([
  'if', 'the', 'this', 'that', 'these', 'those', 'we', 'you', 'your', 'our', 'please', 'it', 'he', 'she', 'they', 'there',
  'his', 'her', 'their', 'my', 'when', 'after', 'before', 'in', 'on', 'at', 'for', 'to', 'as', 'thank', 'unfortunately',
  'following', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'yours', 'kind',
]);

/** Whether a word ending in a full stop ("e.g.", "dr") leaves its sentence going on: lower case, as norm() gives it. */
export function stopEndsNoSentence(norm: string): boolean {
  return ABBREVIATIONS.has(norm);
}

/** Gap characters endsSentence has read since splitSentences last counted them (see work.ts). */
let gapSteps = 0;

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// A list item starts a new sentence: "-", "*", "•", "–" or "1." / "1)" at the start of a line.
const BULLET = /\n[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+$/;

/**
 * /^\d{1,2}$/.test(norm): one or two ASCII digits. Read from the raw text: lower-casing leaves
 * digits alone and turns nothing else into one.
 */
function isShortNumber(text: string, tokens: TokenList, i: number): boolean {
  if (tokens.isPlaceholder(i)) return false;
  const start = tokens.start[i];
  const len = tokens.end[i] - start;
  if (len > 2) return false;
  for (let k = start; k < start + len; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether a sentence ends between tokens prev and next = prev + 1. The gap is read by code unit (this runs for every token). */
function endsSentence(text: string, tokens: TokenList, prev: number, next: number): boolean {
  const from = tokens.end[prev];
  const to = tokens.start[next];
  // "e.g." and "p.m." hold their full stop (see tokenize.ts): it counts as if it lay in the gap.
  const stopInWord = text.charCodeAt(from - 1) === 46;
  if (to - from === 1 && text.charCodeAt(from) === 32 && !stopInWord) return false; // one space, the usual gap: no stop, colon or line break
  let sawStop = stopInWord;
  let sawBang = false; // ! or ?
  let newlines = 0;
  let colon = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) sawStop = true;
    else if (c === 33 || c === 63) sawStop = sawBang = true;
    else if (c === 10) newlines++;
    else if (c === 58 || c === 59) colon = true;
  }
  gapSteps += to - from;
  if (newlines >= 2) return true;
  if (newlines === 1 && BULLET.test(text.slice(from, to))) return true;
  if (colon) {
    // A colon or semicolon before more text ends a sentence for length's sake: "Inhaler: 2 puffs ..."
    const isTime = to - from === 1 && text.charCodeAt(from) === 58 && tokens.normEndsWithDigit(prev) && tokens.normStartsWithDigit(next); // 10:30
    if (!isTime) return true;
    if (newlines === 1) return true;
  }
  if (sawStop) {
    // "1." starting a numbered list item is a bullet, not a sentence.
    if (isShortNumber(text, tokens, prev) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, tokens.start[prev] - 8), tokens.start[prev]))) return false;
    // An abbreviation or a single letter: at most 6 code units (lower-casing never shortens a word,
    // so a longer token's norm is longer still, and no abbreviation is over 6 letters).
    if (!sawBang && tokens.end[prev] - tokens.start[prev] <= MAX_ABBREVIATION) {
      const norm = tokens.norm(prev);
      // "etc." often ends a list at the end of a sentence: it does when a sentence plainly starts next.
      if (norm === 'etc') return startsSentence(text, tokens, next);
      if (ABBREVIATIONS.has(norm)) return false;
      if (norm.length <= 2 && /^\p{L}$/u.test(norm)) return startsSentence(text, tokens, next);
    }
    return true;
  }
  if (newlines === 1) {
    // A line break ends a sentence unless the next line continues it in lower case.
    const first = text.charCodeAt(to);
    return !(first >= 97 && first <= 122);
  }
  return false;
}

/** Whether token k, after a single letter and a full stop, starts a new sentence rather than follows an initial. */
function startsSentence(text: string, tokens: TokenList, k: number): boolean {
  const first = text.charCodeAt(tokens.start[k]);
  if (first < 65 || first > 90) return false; // not a capital A-Z: "e. coli", "J. Smith" is checked below
  const len = tokens.end[k] - tokens.start[k];
  return len <= 13 && SENTENCE_STARTERS.has(tokens.norm(k));
}

/**
 * Whether token k continues the word token k - 1 ends across a hyphen with no space: "follow-up"
 * and "well-being" are one word each, as a reader (and SMOG) counts them.
 */
export function continuesHyphenated(text: string, tokens: TokenList, k: number): boolean {
  const gapStart = tokens.end[k - 1];
  if (tokens.start[k] - gapStart !== 1) return false;
  const c = text.charCodeAt(gapStart);
  return c === 45 || c === 0x2010 || c === 0x2011; // "-", hyphen, non-breaking hyphen
}

/**
 * Whether token k continues the number token k - 1 ends: a run of digit groups ("0161 496 0000",
 * "8:30") is one word, as a reader sees it.
 */
export function continuesNumber(text: string, tokens: TokenList, k: number): boolean {
  if (!tokens.normStartsWithDigit(k) || !tokens.normEndsWithDigit(k - 1)) return false;
  const gapStart = tokens.end[k - 1];
  const c = text.charCodeAt(gapStart);
  return tokens.start[k] - gapStart === 1 && (c === 32 || c === 58); // the gap is exactly " " or ":"
}

/** Characters that open what follows rather than close what went before: ( [ { “ ‘ • */
function isOpening(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 || c === 0x2022;
}

/**
 * Where the sentence whose last word ends at `from` ends: after the punctuation and symbols that
 * follow that word on its line ("10%.", "well!)", "10 %"), before a line break, a colon, the
 * spaces and anything that opens the next sentence ("(", a quote mark after a space, a bullet). `to` is where the next sentence's first word starts.
 */
function sentenceEnd(text: string, from: number, to: number): number {
  let end = from;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // A colon or semicolon divides a sentence for length's sake (endsSentence) but does not close it.
    if (c === 10 || c === 13 || c === 58 || c === 59 || isOpening(c)) break;
    if (c === 32 || c === 9 || c === 0xa0) continue;
    const afterSpace = k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9 || text.charCodeAt(k - 1) === 0xa0);
    // After a space, a quote mark or a dash starts something new: '"Thank you," she said', "- item".
    if (afterSpace && (c === 34 || c === 39 || c === 45 || c === 42 || c === 0x2013 || c === 0x2014)) break;
    end = k + 1;
  }
  return end;
}

export function splitSentences(text: string, tokens: TokenList): Sentence[] {
  const out: Sentence[] = [];
  const count = tokens.length;
  if (count === 0) return out;
  let first = 0;
  let words = 1; // words in tokens [first, i), counted as the loop goes
  let steps = count;
  for (let i = 1; i <= count; i++) {
    if (i === count || endsSentence(text, tokens, i - 1, i)) {
      // The span takes in the punctuation and symbols after the last word: a finding on the
      // sentence (a "10%" in it, its length) then covers what the reader sees as the sentence.
      const lastEnd = tokens.end[i - 1];
      const end = sentenceEnd(text, lastEnd, i === count ? text.length : tokens.start[i]);
      steps += (i === count ? text.length : tokens.start[i]) - lastEnd;
      out.push({ start: tokens.start[first], end, firstToken: first, lastToken: i, words });
      first = i;
      words = 1;
    } else if (!continuesNumber(text, tokens, i) && !continuesHyphenated(text, tokens, i)) words++;
  }
  work.steps += steps + gapSteps;
  gapSteps = 0;
  return out;
}

// Letters repeat their words: remembering each word's count saves analyse() its regexes for most
// tokens. Bounded, so a text of endless distinct words cannot grow it without limit.
const syllableCache = new Map<string, number>();

/** Syllables in an English word, by the usual vowel-group heuristic. */
export function countSyllables(word: string): number {
  let n = syllableCache.get(word);
  if (n === undefined) {
    if (syllableCache.size >= 20000) syllableCache.clear();
    syllableCache.set(word, (n = countSyllablesOf(word)));
  }
  return n;
}

function countSyllablesOf(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}
