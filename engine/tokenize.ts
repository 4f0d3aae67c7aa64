/**
 * Splits text into word tokens in one pass, recording for each token what separates it from the
 * previous one (so phrases never match across a sentence end), whether it sits inside quotation
 * marks (the patient's own words), and whether it is a template placeholder.
 */
import { isAsciiLetter, wordLength } from './chars.js';
import { normaliseToken } from './normalise.js';
import { findOpaqueSpans, findQuotedSpans, QuotePairer } from './text-spans.js';
import { PLACEHOLDER, QUOTED, TokenList, type Token } from './token-list.js';
import type { Vocabulary } from './vocabulary.js';
import { Lexicon } from './lexicon.js';
import { work } from './work.js';

export { normaliseToken, findQuotedSpans };

/** What lies between two tokens. */
export const GAP_SOFT = 0; // spaces, a hyphen, a single line break
export const GAP_CLAUSE = 1; // a comma or a dash: phrases may cross it, but it ends a clause
export const GAP_HARD = 2; // sentence end, colon, semicolon, bracket, quote mark, blank line

export interface Tokenized {
  tokens: Token[];
  /** Sorted, non-overlapping [start, end) spans inside quotation marks. */
  quoted: Array<[number, number]>;
}

/**
 * The gap class of text[from, to). The scanner works this out on the fly while it skips a gap;
 * this is for a placeholder token, whose gap ends where the placeholder starts rather than where
 * the scan met its first word, and is the definition the scanner must agree with.
 */
function classifyGap(text: string, from: number, to: number): number {
  let gap = GAP_SOFT;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 10: // \n
        if (++newlines >= 2) return GAP_HARD;
        break;
      case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x3b: // . ! ? : ;
      case 0x28: case 0x29: case 0x22: case 0x201c: case 0x201d: case 0x2022: // ( ) " “ ” •
      case 0x7c: case 0x3c: case 0x3e: // | < >
        return GAP_HARD;
      case 0x2c: case 0x2013: case 0x2014: // , – —
        gap = GAP_CLAUSE;
        break;
      case 0x2d: // a hyphen with space around it acts as a dash
        if (i > from || i + 1 < to) gap = GAP_CLAUSE;
        break;
      default:
        break;
    }
  }
  return gap;
}

// The scanner below finds what /[\p{L}\p{N}\p{M}]+(?:['\u2019/.&][\p{L}\p{N}\p{M}]+)*|&/gu would:
// letters, digits and combining marks, joined by inner apostrophes, slashes, dots or ampersands
// ("don't", "c/o", "6/52", "e.g", "A&E"), or a lone ampersand; single ASCII letters joined by full
// stops also take the stop after them ("e.g.", "a.s.a.p."). It is written by hand because in the
// same pass it classifies the gap before each word, shows quote characters to the quote pairer
// and packs the word's normal form for the vocabulary, so each character is looked at once
// (these were four passes over the text, a regex exec and two new strings per token). ASCII is
// read from tables; anything else goes through chars.ts, which gives the regex's own answers (a
// surrogate pair is one character).

/** Per ASCII code unit: its part in a gap (as classifyGap reads it), or WORD_START. */
const OTHER = 0;
const NEWLINE = 1; // also a quote character (a blank line ends open quotes)
const HARD = 2;
const CLAUSE = 3;
const HYPHEN = 4;
const WORD_START = 5; // a letter or digit, or "&"
const DOUBLE_QUOTE = 6; // hard, and a quote character
const APOSTROPHE = 7; // a quote character
const ASCII_GAP = new Uint8Array(128);
/** 1 for an ASCII letter or digit. */
const ASCII_WORD = new Uint8Array(128);
/** ASCII lower case. */
const LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  ASCII_WORD[c] = word ? 1 : 0;
  LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
  ASCII_GAP[c] = word || c === 38 ? WORD_START : OTHER;
}
ASCII_GAP[10] = NEWLINE;
for (const ch of '.!?:;()"|<>') ASCII_GAP[ch.charCodeAt(0)] = HARD;
ASCII_GAP[0x2c] = CLAUSE;
ASCII_GAP[0x22] = DOUBLE_QUOTE;
ASCII_GAP[0x27] = APOSTROPHE;
ASCII_GAP[0x2d] = HYPHEN;

/**
 * The word number of text[start, end) by the exact path: the real normaliseToken (toLowerCase has
 * context rules and characters that change length), then the vocabulary.
 */
function slowWordId(text: string, start: number, end: number, vocab: Vocabulary, list: TokenList): number {
  const norm = normaliseToken(text.slice(start, end));
  list.setNorm(list.length, norm); // the token about to be pushed
  return vocab.idOf(norm);
}

/**
 * Tokenises text into list (reset first). With a lexicon (a checker's), each token gets its form
 * and its word number in the lexicon's phrase vocabulary; with a vocabulary alone, its word
 * number; with neither, -1. Returns the quoted spans.
 */
export function tokenizeInto(text: string, list: TokenList, words: Vocabulary | Lexicon | null): Array<[number, number]> {
  const lexicon = words instanceof Lexicon ? words : null;
  const vocab = lexicon ? null : (words as Vocabulary | null);
  lexicon?.sync();
  list.reset(text, lexicon);
  const opaque = findOpaqueSpans(text);
  // Quote characters are shown to the pairer as the scan meets them; `fed` is how far it has seen,
  // so characters scanned twice (a word cut short by a placeholder) are shown once.
  const quotes = new QuotePairer();
  let fed = 0;
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  let p = 0; // index into opaque
  // The last word took in a full stop of its own ("e.g."): that stop still separates it from the
  // next word as it did when it lay in the gap (see the word scan below).
  let stopTaken = false;
  let steps = 0; // characters looked at, counting those looked at again (see work.ts)
  for (;;) {
    const scanFrom = i;
    // Skip to the next word start, noting what the gap holds (see classifyGap).
    let hard = false;
    let clause = false;
    let hyphen = false;
    let newlines = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const kind = ASCII_GAP[c];
        if (kind === OTHER) continue;
        if (kind === WORD_START) break;
        if (kind === NEWLINE) {
          if (++newlines >= 2) hard = true;
          if (i >= fed) {
            quotes.see(text, i, c);
            fed = i + 1;
          }
        } else if (kind === HARD) hard = true;
        else if (kind === CLAUSE) clause = true;
        else if (kind === HYPHEN) hyphen = true;
        else {
          if (kind === DOUBLE_QUOTE) hard = true;
          if (i >= fed) {
            quotes.see(text, i, c);
            fed = i + 1;
          }
        }
      } else {
        // The trail half of a surrogate pair is never a word start, so one unit at a time is safe.
        if (wordLength(text, i) > 0) break;
        if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) {
          if (c !== 0x2018 && c !== 0x2019) hard = true;
          if (i >= fed) {
            quotes.see(text, i, c);
            fed = i + 1;
          }
        } else if (c === 0x2022) hard = true;
        else if (c === 0x2013 || c === 0x2014) clause = true;
      }
    }
    if (i >= n) break;
    let start = i;
    let end: number;
    let flags = 0;
    let tookStop = false;
    let gapKnown = list.length > 0;
    // The word's normal form (ASCII lower case, U+2019 as "'"), packed while it stays ASCII: its
    // first eight characters, seven bits each, for Vocabulary.idOfAscii.
    let p0 = 0;
    let p1 = 0;
    let len = 0;
    let ascii = true;

    // A word starting inside a placeholder or address is replaced by it whole; a word running into
    // one stops at its start. Known before the word is scanned, so no word is scanned past one:
    // scanning on and cutting back read the rest of a long word again for every address cut out of
    // it ("www." inside one long word made that quadratic).
    while (p < opaque.length && opaque[p][1] <= start) p++;
    if (p < opaque.length && opaque[p][0] <= start) {
      // The whole placeholder becomes one token; skip the words inside it. Its gap ends where it starts.
      start = opaque[p][0];
      end = opaque[p][1];
      flags = PLACEHOLDER;
      gapKnown = false;
      p++;
      steps += i - scanFrom;
      // Its quote characters still count (an address may hold an apostrophe); everything before
      // its start has been shown already.
      if (end > fed) {
        steps += end - Math.max(fed, start);
        quotes.seeRange(text, Math.max(fed, start), end);
        fed = end;
      }
    } else {
      const limit = p < opaque.length ? opaque[p][0] : n;
      if (text.charCodeAt(i) === 38) {
        p0 = 38; // "&" is no word character: a lone ampersand
        i++;
      } else {
        // Whether every run so far is one ASCII letter, joined by full stops ("e.g", "a.s.a.p").
        let dottedLetters = true;
        let dots = 0;
        for (;;) {
          let c = 0;
          const runStart = i;
          while (i < limit) {
            c = text.charCodeAt(i);
            if (c < 128) {
              if (ASCII_WORD[c] === 0) break;
              if (len < 4) p0 = (p0 << 7) | LOWER[c];
              else if (len < 8) p1 = (p1 << 7) | LOWER[c];
              len++;
              i++;
            } else {
              const units = wordLength(text, i);
              if (units === 0) break;
              ascii = false;
              i += units;
            }
          }
          if (i - runStart !== 1 || !isAsciiLetter(text.charCodeAt(runStart))) dottedLetters = false;
          // ' ’ / . & join two runs only when a word character follows (it may be the first
          // character of a placeholder: the joiner is then the word's last character).
          if (i < limit && (c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 38) && wordLength(text, i + 1) > 0) {
            if (c === 39 || c === 0x2019) {
              if (i >= fed) {
                quotes.see(text, i, c);
                fed = i + 1;
              }
              c = 39;
            }
            if (c === 46) dots++;
            else dottedLetters = false;
            if (len < 4) p0 = (p0 << 7) | c;
            else if (len < 8) p1 = (p1 << 7) | c;
            len++;
            i++;
          } else {
            // Single letters and full stops ("e.g.", "i.e.", "a.s.a.p."): the last stop is part of
            // the abbreviation, so a finding on it covers the whole of it. Left in the gap, a fix
            // replaced "i.e" and kept the stop: "that is. 30 minutes".
            if (dottedLetters && dots > 0 && i < limit && c === 46) {
              if (len < 4) p0 = (p0 << 7) | c;
              else if (len < 8) p1 = (p1 << 7) | c; // the word's last character: len is not needed after it
              i++;
              tookStop = true;
            }
            break;
          }
        }
      }
      // No placeholder or address starts inside a surrogate pair, so this never cuts one; if it
      // did, the word is not ASCII and takes the exact path over what is left.
      if (i > limit) i = limit;
      end = i;
      steps += i - scanFrom;
    }
    i = end;

    let gap: number;
    if (list.length === 0 || stopTaken) gap = GAP_HARD;
    else if (!gapKnown) {
      gap = classifyGap(text, prevEnd, start);
      steps += start - prevEnd;
    }
    // A hyphen alone between two words ("non-compliant") is soft; with anything else it is a dash.
    else gap = hard ? GAP_HARD : clause || (hyphen && start - prevEnd > 1) ? GAP_CLAUSE : GAP_SOFT;
    stopTaken = tookStop;

    let word = -1;
    let form = -1;
    if (flags === 0) {
      if (lexicon) {
        form = ascii ? lexicon.formOfAscii(text, start, end, p0, p1) : lexicon.formOf(normaliseToken(text.slice(start, end)));
        word = lexicon.phraseWordOf(form);
      } else if (vocab) word = ascii ? vocab.idOfAscii(text, start, end, p0, p1) : slowWordId(text, start, end, vocab, list);
    }
    list.push(start, end, gap, flags, word, form);
    prevEnd = end;
  }

  // Tokens inside quotation marks (known only now: a quote that never closes quotes nothing).
  const quoted = quotes.finish();
  steps += quoted.length;
  if (quoted.length > 0) {
    steps += list.length;
    const flags = list.flags;
    const starts = list.start;
    let q = 0;
    for (let k = 0; k < list.length; k++) {
      while (q < quoted.length && quoted[q][1] <= starts[k]) q++;
      if (q < quoted.length && quoted[q][0] < starts[k]) flags[k] |= QUOTED;
    }
  }
  work.steps += steps;
  return quoted;
}

/** Tokens as objects: the form tests, the pattern compiler and other callers use. */
export function tokenize(text: string): Tokenized {
  const list = new TokenList();
  const quoted = tokenizeInto(text, list, null);
  const tokens: Token[] = [];
  for (let i = 0; i < list.length; i++) {
    tokens.push({
      start: list.start[i],
      end: list.end[i],
      norm: list.norm(i),
      gapBefore: list.gap[i],
      quoted: list.isQuoted(i),
      placeholder: list.isPlaceholder(i),
    });
  }
  return { tokens, quoted };
}
