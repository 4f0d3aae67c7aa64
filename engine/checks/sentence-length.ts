/**
 * Long sentences. NHS guidance asks for up to 20 to 25 words; careful writers still use sentences
 * of 26 to 35 plain words broken into short parts ("If you feel faint, or short of breath, please
 * ring us on ..., Monday to Friday, 9am to 5pm"), and the well-written letters of every blind-written
 * corpus were full of them: flagging them was most of our false alarms on good letters. So a sentence
 * is flagged when it is over params.alwaysWords (35), or over params.maxWords (25) and also hard
 * going. Hard going is judged by the sentence's Flesch reading ease (long words make a long sentence
 * hard), and the longer the sentence, the plainer it must be: up to params.midWords (30) words it is
 * flagged below params.difficultEase (50, the scale's "difficult"), above that below
 * params.plainEase (60, the usual line for plain English). Or params.runWords (30) words in a row
 * with no comma, dash or other pause. Measured on the 115 sentences of 26 to 35 words in the blind
 * corpora's well-written letters: the old test (over 30 words, or 20 without a pause, or 6 long
 * words) flagged 36 of them; this one flags 8, and still both in our own before/after letters.
 */
import { GAP_CLAUSE } from '../tokenize.js';
import { continuesHyphenated, continuesNumber, countSyllables, type Sentence } from '../sentences.js';
import type { TokenList } from '../token-list.js';
import { numberParam, type LetterCheck } from './context.js';

export const checkSentenceLength: LetterCheck = (ctx, rule) => {
  const max = numberParam(rule, 'maxWords', 25);
  const always = numberParam(rule, 'alwaysWords', 35);
  const runWords = numberParam(rule, 'runWords', 30);
  const mid = numberParam(rule, 'midWords', 30);
  const difficultEase = numberParam(rule, 'difficultEase', 50);
  const plainEase = numberParam(rule, 'plainEase', 60);
  const directEvery = numberParam(rule, 'directEvery', 8);
  const reader = ctx.words.set('reader-words');
  const out = [];
  for (const s of ctx.sentences) {
    if (s.words <= max) continue;
    const shape = sentenceShape(ctx.text, ctx.tokens, s, reader);
    // An explanation in brackets is an aside the reader can skip, and it is what we ask writers to add.
    const words = s.words - shape.bracketed;
    if (words <= max) continue;
    let why = '';
    if (words <= always) {
      const ease = readingEase(s.words, shape.syllables);
      // A sentence that talks to the reader ("you", "we", "I") in every few words reads as speech.
      const direct = shape.reader * directEvery >= words;
      if (shape.run >= runWords) why = ` ${shape.run} of them come one after another with no comma or other pause.`;
      else if (!direct && ease < (words <= mid ? difficultEase : plainEase)) why = ` ${shape.long} of them are long words, which makes it hard going.`;
      else continue; // long, but in short plain words and parts, or spoken to the reader: easy to read
    }
    const aside = shape.bracketed ? ` (${shape.bracketed} more in brackets)` : '';
    out.push({ start: s.start, end: s.end, message: `${rule.message} This sentence has ${words} words${aside}.${why}` });
  }
  return out;
};

/** Flesch reading ease of one sentence: 206.835 - 1.015 x words - 84.6 x syllables per word. */
export function readingEase(words: number, syllables: number): number {
  return 206.835 - 1.015 * words - 84.6 * (syllables / Math.max(1, words));
}

interface Shape {
  run: number;
  long: number;
  syllables: number;
  /** Words inside brackets. */
  bracketed: number;
  /** Words that speak to or from the writer and reader (params.words reader-words). */
  reader: number;
}

/**
 * The longest run of words with no pause between them, how many words have 3 or more syllables,
 * all the sentence's syllables (a hyphenated word's parts count; a number has none), the words in
 * brackets and the words for the reader and writer. One pass over the sentence's tokens.
 */
function sentenceShape(text: string, tokens: TokenList, s: Sentence, reader: ReadonlySet<string>): Shape {
  let run = 0;
  let longest = 0;
  let long = 0;
  let syllables = 0;
  let bracketed = 0;
  let readerWords = 0;
  let depth = 0;
  let before = s.start;
  let open = 0; // words in a bracket not yet closed
  let openReader = 0;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    depth = bracketDepth(text, before, tokens.start[i], depth);
    before = tokens.end[i];
    const n = countSyllables(text.slice(tokens.start[i], tokens.end[i]));
    syllables += n;
    const sameWord = i > s.firstToken && (continuesNumber(text, tokens, i) || continuesHyphenated(text, tokens, i));
    if (sameWord) continue; // "follow-up", "01632 960901": one word, as the sentence's count has it
    run = i > s.firstToken && tokens.gap[i] >= GAP_CLAUSE ? 1 : run + 1;
    if (run > longest) longest = run;
    if (n >= 3) long++;
    // Words inside a bracket count as an aside only once it closes: a stray "(" must not hide the
    // rest of a long sentence.
    if (depth > 0) {
      open++;
      if (reader.has(tokens.norm(i))) openReader++;
    } else {
      bracketed += open;
      open = 0;
      openReader = 0;
      if (reader.has(tokens.norm(i))) readerWords++;
    }
  }
  if (bracketDepth(text, before, s.end, depth) === 0) bracketed += open;
  else readerWords += openReader; // never closed: those words are the sentence's own
  return { run: longest, long, syllables, bracketed, reader: readerWords };
}

/** The bracket depth after the text between two words (an unmatched ")" does not go below 0). */
function bracketDepth(text: string, from: number, to: number, depth: number): number {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth;
}
