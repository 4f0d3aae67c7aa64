/**
 * Long sentences. NHS guidance asks for up to 20 words; careful writers still use sentences of 26 to
 * 30 plain words broken into short parts ("If you feel faint, or short of breath, please ring us on
 * ..., Monday to Friday, 9am to 5pm"), and blind-written well-written letters were full of them:
 * flagging all of them was most of our false alarms on good letters. So a sentence is flagged when
 * it is over params.alwaysWords (30), or over params.maxWords (25) and also hard going: at least
 * params.runWords (20) words with no comma, dash or other pause, or at least params.denseWords (6)
 * long words (three syllables or more).
 */
import { GAP_CLAUSE } from '../tokenize.js';
import { continuesHyphenated, continuesNumber, countSyllables, type Sentence } from '../sentences.js';
import type { TokenList } from '../token-list.js';
import { numberParam, type LetterCheck } from './context.js';

export const checkSentenceLength: LetterCheck = (ctx, rule) => {
  const max = numberParam(rule, 'maxWords', 25);
  const always = numberParam(rule, 'alwaysWords', 30);
  const runWords = numberParam(rule, 'runWords', 20);
  const denseWords = numberParam(rule, 'denseWords', 6);
  const out = [];
  for (const s of ctx.sentences) {
    if (s.words <= max) continue;
    const shape = s.words > always ? null : sentenceShape(ctx.text, ctx.tokens, s);
    let why = '';
    if (shape && shape.run >= runWords) why = ` ${shape.run} of them come one after another with no comma or other pause.`;
    else if (shape && shape.long >= denseWords) why = ` ${shape.long} of them are long words.`;
    else if (shape) continue; // long, but in short plain parts: easy to read
    out.push({ start: s.start, end: s.end, message: `${rule.message} This sentence has ${s.words} words.${why}` });
  }
  return out;
};

/** The longest run of words with no pause between them, and how many words have 3 or more syllables. */
function sentenceShape(text: string, tokens: TokenList, s: Sentence): { run: number; long: number } {
  let run = 0;
  let longest = 0;
  let long = 0;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const sameWord = i > s.firstToken && (continuesNumber(text, tokens, i) || continuesHyphenated(text, tokens, i));
    if (sameWord) continue; // "follow-up", "01632 960901": one word, as the sentence's count has it
    run = i > s.firstToken && tokens.gap[i] >= GAP_CLAUSE ? 1 : run + 1;
    if (run > longest) longest = run;
    if (countSyllables(text.slice(tokens.start[i], tokens.end[i])) >= 3) long++;
  }
  return { run: longest, long };
}
