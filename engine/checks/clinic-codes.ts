/**
 * Clinic codes the short-form check cannot see, because they are not capitals-only words:
 * - specialist units after a number: "29 mmHg", "32 kPa", "a 20 dB loss", "4 kHz", "40Gy";
 *   the reader learns nothing from the unit, and needs to know what the number means. Everyday
 *   units ("5 mg", "2 kg", "12 g/L") are not in the list.
 * - ages in shorthand after a number: "75 yo", "71 y/o", "62yo" (not "yo-yo dieting");
 * - cancer stage codes, two or more in a row: "pT2 pN1a M0", "stage T3 N1". One code alone is
 *   left to the reader's context ("T2" is also "type 2").
 * - "x" with a number after a word: "nocturia x3", "melaena x 2 days" (not "3 x 2 metres");
 * - "predicted" after a percentage: "FEV1 0.9L (38% predicted)";
 * - an ICD-10 diagnosis code with its decimal point: "(F33.1)";
 * - a level on a clinical scale: "grade 3", "category 3", "NYHA class II" (scale-levels.ts);
 * - notation: "4+/5", "+ve", "9+2 weeks", "<12/40", "L4/5", "M5", "Band 6" (clinical-notation.ts).
 * Each test reads the token and its neighbour only, so the work stays linear.
 */
import { bracketExplains } from './explained.js';
import { scaleLevelHit } from './scale-levels.js';
import { notationHit } from './clinical-notation.js';
import { written, type LetterContext, type LetterHit } from './context.js';
import type { WordClasses } from './words.js';
import { isDigit } from '../chars.js';

const UNITS = new Set(['mmHg', 'kPa', 'dB', 'kHz', 'Hz', 'Gy', 'cGy', 'mSv', 'bpm', 'ppb']);
const NUMBER_AND_UNIT = /^\d[\d.]*(mmHg|kPa|dB|kHz|Hz|Gy|cGy|mSv|bpm|ppb)$/;
/** An ICD-10 diagnosis code with its decimal point: "F33.1", "I48.0" (a bare "B12" or "A38" may be a vitamin or a road). */
const ICD10 = /^[A-TW-Z]\d\d\.\d{1,2}$/;
/** "x3", "x2": times or for how long, in shorthand ("nocturia x3"); "x7/7", "x2/52": for 7 days, for 2 weeks. */
const TIMES_JOINED = /^[x\u00d7]\d{1,3}(?:\/(?:7|12|52))?$/;
const NUMBER = /^\d[\d.,/]*$/;
const AGE = new Set(['yo', 'y/o', 'YO', 'Y/O']);
const NUMBER_AND_AGE = /^\d{1,3}(?:yo|y\/o)$/;
const STAGE_CODE = /^(?:[pcyr]?T(?:[0-4]|is|x)[a-d]?|[pcy]?N[0-3x][a-c]?|[pcy]?M[01x][a-c]?)$/;
/** A whole stage in one word (a T number, then an N number), read without a neighbour: "T3N1M0", "cT1cN0", "pT4aN2a". */
const JOINED_STAGE = /^[pcyr]?T\d[a-d]?[pcy]?N\d/;

/**
 * "29 mmHg (higher than normal)": the writer has said what the number means; "22 mmHg (GAT)" names
 * the method, and says nothing. Reads the 48 characters after the unit.
 */
function bracketAfter(ctx: LetterContext, end: number): boolean {
  return bracketExplains(ctx, ctx.text.slice(end, end + 48));
}

function unitHit(ctx: LetterContext, i: number): LetterHit | null {
  const { tokens } = ctx;
  const word = written(ctx, i);
  let unit: string | undefined;
  let start = tokens.start[i];
  if (UNITS.has(word) && i > 0 && NUMBER.test(written(ctx, i - 1))) unit = word;
  else {
    const joined = NUMBER_AND_UNIT.exec(word);
    if (joined) {
      unit = joined[1];
      start = tokens.end[i] - unit.length;
    }
  }
  if (!unit || bracketAfter(ctx, tokens.end[i])) return null;
  return {
    start,
    end: tokens.end[i],
    message: ctx.words.say('unit', unit),
    suggestions: [`${unit} ([what the number means])`],
  };
}

/**
 * Whether a word starting with these two characters can be a stage code (STAGE_CODE): T, N or M
 * first, or p, c, y or r and then one of them. "your", "can", "per" cannot, and are passed over
 * without building their string.
 */
const isTNM = (c: number) => c === 84 || c === 78 || c === 77;
const mayBeStageCode = (c0: number, c1: number) => isTNM(c0) || ((c0 === 112 || c0 === 99 || c0 === 121 || c0 === 114) && isTNM(c1));

/** Bit c - 97 for the lower-case letters b, c, p, r, v, x and y, with which a code may start. */
const LOWER_CODE_STARTS = 0x1a28006;

const isWordToken = (w: string) => /^[\p{L}][\p{L}'\u2019-]*$/u.test(w) && w !== 'x' && w !== 'X';

/**
 * "nocturia x3", "melaena x 2 days", "confusion x 30 mins": "x" and a number after a word (not
 * after a number: "3 x 2 metres", "2 x 500 mg tablets" are sizes and counts). The hit covers the
 * "x", the number and a time word after it.
 */
function timesHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  if (i === 0 || !isWordToken(written(ctx, i - 1))) return null;
  if (tokens.end[i - 1] === tokens.start[i]) return null;
  const word = written(ctx, i);
  let end = tokens.end[i];
  if (!TIMES_JOINED.test(word)) {
    if (word !== 'x' && word !== '\u00d7') return null;
    if (i + 1 >= tokens.length || !/^\d{1,3}$/.test(written(ctx, i + 1))) return null;
    if (!/^ *$/.test(text.slice(end, tokens.start[i + 1]))) return null;
    end = tokens.end[i + 1];
    const unit = i + 2 < tokens.length ? written(ctx, i + 2) : '';
    if (ctx.words.compiled(timeWord).test(unit) && /^ *$/.test(text.slice(end, tokens.start[i + 2]))) end = tokens.end[i + 2];
  }
  const actual = text.slice(tokens.start[i], end);
  return {
    start: tokens.start[i],
    end,
    message: ctx.words.say('times-or-for', actual),
    suggestions: [`[${actual} in words]`],
  };
}
/** Time words after "x3" (time-words in unexplained-abbreviation.md's params), once per checker. */
const timeWord = (w: WordClasses) => new RegExp(`^${w.alternation('time-words')}$`, 'i');

/** "FEV1 0.9L (38% predicted)": "predicted" after a percentage, the lung-test sense. */
function predictedHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  if (i === 0 || !isDigit(text.charCodeAt(tokens.end[i - 1] - 1))) return null;
  if (!/^% *$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))) return null;
  return {
    start: tokens.start[i],
    end: tokens.end[i],
    message: ctx.words.say('predicted'),
    suggestions: ['of the expected level for your age, height and sex'],
  };
}

export function clinicCodeHits(ctx: LetterContext): LetterHit[] {
  const { text, tokens } = ctx;
  const hits: LetterHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.flags[i] !== 0) continue; // quoted or a placeholder
    const length = tokens.end[i] - tokens.start[i];
    if (length > 10) continue;
    const c0 = text.charCodeAt(tokens.start[i]);
    // A word in lower case after no number is none of the codes here or in notationHit unless it
    // starts with b ("band"), c, p, r or y (a stage code, "predicted"), v ("ve") or x ("x3"), or
    // is a letter, a slash and a letter ("c/o"): most words of a letter, passed over at once.
    if (c0 >= 97 && c0 <= 122 && !((LOWER_CODE_STARTS >> (c0 - 97)) & 1) && text.charCodeAt(tokens.start[i] + 1) !== 47 && !(i > 0 && isDigit(text.charCodeAt(tokens.start[i - 1])))) continue;
    const notation = notationHit(ctx, i);
    if (notation) {
      hits.push(notation);
      continue;
    }
    // Every test below needs a number in this token or the one before, or a stage code's first
    // letter: most words are none of these, and are passed over without building their string
    // (this check runs on every keystroke over the whole letter).
    if (c0 === 120 || c0 === 0xd7) {
      const times = length <= 7 ? timesHit(ctx, i) : null;
      if (times) {
        hits.push(times);
        continue;
      }
    }
    if (length === 9 && c0 === 112 && i > 0 && written(ctx, i) === 'predicted') {
      const predicted = predictedHit(ctx, i);
      if (predicted) hits.push(predicted);
      continue;
    }
    if (length >= 5 && length <= 6 && c0 >= 65 && c0 <= 90 && ICD10.test(written(ctx, i))) {
      const code = written(ctx, i);
      hits.push({
        start: tokens.start[i],
        end: tokens.end[i],
        message: ctx.words.say('diagnosis-code', code),
        // No one-click fix: deleting the code would leave its brackets behind.
        suggestions: [],
      });
      continue;
    }
    // "grade 3", "class II", "type B": a level after a scale noun (scale-levels.ts).
    const scale = length <= 3 ? scaleLevelHit(ctx, i) : null;
    if (scale) {
      hits.push(scale);
      continue;
    }
    // A stage code of up to 4 characters, or a joined one with its T number in place ("T3N1M0").
    if (!isDigit(c0) && !(i > 0 && isDigit(text.charCodeAt(tokens.start[i - 1]))) && !(mayBeStageCode(c0, text.charCodeAt(tokens.start[i] + 1)) && (length <= 4 || isDigit(text.charCodeAt(tokens.start[i] + (c0 > 96 ? 2 : 1)))))) continue;
    const unit = unitHit(ctx, i);
    if (unit) {
      hits.push(unit);
      continue;
    }
    const word = written(ctx, i);
    const afterNumber = i > 0 && NUMBER.test(written(ctx, i - 1));
    if ((AGE.has(word) && afterNumber && text[tokens.end[i]] !== '-' && text[tokens.start[i] - 1] !== '-') || NUMBER_AND_AGE.test(word)) {
      hits.push({
        start: tokens.start[i],
        end: tokens.end[i],
        message: ctx.words.say('years-old', word),
        suggestions: [NUMBER_AND_AGE.test(word) ? word.replace(/\D+$/, '-year-old') : 'year-old'],
      });
      continue;
    }
    const joined = JOINED_STAGE.test(word);
    if (!joined && (length > 4 || !STAGE_CODE.test(word))) continue;
    const nextIsCode = i + 1 < tokens.length && STAGE_CODE.test(written(ctx, i + 1));
    const prevIsCode = i > 0 && STAGE_CODE.test(written(ctx, i - 1));
    if ((!joined && !nextIsCode && !prevIsCode) || bracketAfter(ctx, tokens.end[i])) continue;
    hits.push({
      start: tokens.start[i],
      end: tokens.end[i],
      message: ctx.words.say('cancer-stage', word),
      suggestions: [`${word} ([what the stage means])`],
    });
  }
  return hits;
}
