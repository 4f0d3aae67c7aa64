/**
 * Long sentences. NHS guidance asks for up to 20 to 25 words; careful writers still use longer
 * sentences of short, plain words broken into parts ("If you feel faint, or short of breath, please
 * ring us on ..., Monday to Friday, 9am to 5pm"), and the well-written letters of every blind-written
 * corpus were full of them: flagging them was most of our false alarms on good letters. So a sentence
 * over params.maxWords (25) is flagged when it is also hard going, and any sentence over
 * params.alwaysWords (50).
 *
 * Hard going is judged by its words, not by its length again: the Flesch reading ease the sentence
 * would have at params.maxWords words with the same syllables per word (Flesch's formula charges for
 * length as well, so every plain sentence of 36 words or more came out "difficult"). Up to
 * params.midWords (35) words it is flagged below params.veryDifficultEase (30, the bottom band of
 * Flesch's scale: over 1.79 syllables a word), above that below params.difficultEase (50: over
 * 1.55). Or params.runWords (30) words in a row with no comma, dash or other pause.
 *
 * Measured on the blind corpora (session 15): the blind writers marked no sentence for its length in
 * 12 corpora, and their well-written letters held 47 sentences the old test flagged (over 35 words,
 * or over 25 with the sentence's own ease below 50 or 60); their syllables per word were 1.10 to 1.71.
 */
import { GAP_CLAUSE } from '../tokenize.js';
import { continuesHyphenated, continuesNumber, countSyllables, type Sentence } from '../sentences.js';
import type { TokenList } from '../token-list.js';
import { numberParam, type LetterCheck } from './context.js';

export const checkSentenceLength: LetterCheck = (ctx, rule) => {
  const max = numberParam(rule, 'maxWords', 25);
  const always = numberParam(rule, 'alwaysWords', 50);
  const runWords = numberParam(rule, 'runWords', 30);
  const mid = numberParam(rule, 'midWords', 35);
  const veryDifficultEase = numberParam(rule, 'veryDifficultEase', 30);
  const difficultEase = numberParam(rule, 'difficultEase', 50);
  const out = [];
  for (const s of ctx.sentences) {
    if (s.words <= max) continue;
    const shape = sentenceShape(ctx.text, ctx.tokens, s);
    // An explanation in brackets is an aside the reader can skip, and it is what we ask writers to add.
    const words = s.words - shape.bracketed;
    if (words <= max) continue;
    let why = '';
    if (words <= always) {
      // The ease of its words: as if the sentence were `max` words long with the same syllables per word.
      const ease = readingEase(max, (shape.syllables * max) / s.words);
      if (shape.run >= runWords) why = ` ${shape.run} of them come one after another with no comma or other pause.`;
      else if (ease < (words <= mid ? veryDifficultEase : difficultEase)) why = ` ${shape.long} of them are long words, which makes it hard going.`;
      else continue; // long, but in short plain words and parts: easy to read
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
}

/**
 * The longest run of words with no pause between them, how many words have 3 or more syllables,
 * all the sentence's syllables (a hyphenated word's parts count; a number has none), the words in
 * brackets. One pass over the sentence's tokens.
 */
function sentenceShape(text: string, tokens: TokenList, s: Sentence): Shape {
  let run = 0;
  let longest = 0;
  let long = 0;
  let syllables = 0;
  let bracketed = 0;
  let depth = 0;
  let before = s.start;
  let open = 0; // words in a bracket not yet closed
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
    if (depth > 0) open++;
    else {
      bracketed += open;
      open = 0;
    }
  }
  // Never closed: those words are the sentence's own.
  if (bracketDepth(text, before, s.end, depth) === 0) bracketed += open;
  return { run: longest, long, syllables, bracketed };
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
