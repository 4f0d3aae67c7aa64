/**
 * Clinic codes the short-form check cannot see, because they are not capitals-only words:
 * - specialist units after a number: "29 mmHg", "32 kPa", "a 20 dB loss", "4 kHz", "40Gy";
 *   the reader learns nothing from the unit, and needs to know what the number means. Everyday
 *   units ("5 mg", "2 kg", "12 g/L") are not in the list.
 * - ages in shorthand after a number: "75 yo", "71 y/o", "62yo" (not "yo-yo dieting");
 * - cancer stage codes, two or more in a row: "pT2 pN1a M0", "stage T3 N1". One code alone is
 *   left to the reader's context ("T2" is also "type 2").
 * Each test reads the token and its neighbour only, so the work stays linear.
 */
import type { LetterContext, LetterHit } from './context.js';

const UNITS = new Set(['mmHg', 'kPa', 'dB', 'kHz', 'Hz', 'Gy', 'cGy', 'mSv']);
const NUMBER_AND_UNIT = /^\d[\d.]*(mmHg|kPa|dB|kHz|Hz|Gy|cGy|mSv)$/;
const NUMBER = /^\d[\d.,/]*$/;
const AGE = new Set(['yo', 'y/o', 'YO', 'Y/O']);
const NUMBER_AND_AGE = /^\d{1,3}(?:yo|y\/o)$/;
const STAGE_CODE = /^(?:[pcyr]?T(?:[0-4]|is|x)[a-d]?|[pcy]?N[0-3x][a-c]?|[pcy]?M[01x][a-c]?)$/;

/** "29 mmHg (higher than normal)": the writer has said what the number means. Reads the gap only. */
function bracketAfter(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && k < end + 4 && text.charCodeAt(k) === 32) k++;
  return text.charCodeAt(k) === 40;
}

function unitHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  const word = text.slice(tokens.start[i], tokens.end[i]);
  let unit: string | undefined;
  let start = tokens.start[i];
  if (UNITS.has(word) && i > 0 && NUMBER.test(text.slice(tokens.start[i - 1], tokens.end[i - 1]))) unit = word;
  else {
    const joined = NUMBER_AND_UNIT.exec(word);
    if (joined) {
      unit = joined[1];
      start = tokens.end[i] - unit.length;
    }
  }
  if (!unit || bracketAfter(text, tokens.end[i])) return null;
  return {
    start,
    end: tokens.end[i],
    message: `"${unit}" is a unit of measurement most people do not know. Say what the number means for the reader.`,
    suggestions: [`${unit} ([what the number means])`],
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The first letters a stage code can start with: p c y r T N M. */
const STAGE_FIRST = new Set([112, 99, 121, 114, 84, 78, 77]);

export function clinicCodeHits(ctx: LetterContext): LetterHit[] {
  const { text, tokens } = ctx;
  const hits: LetterHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.flags[i] !== 0) continue; // quoted or a placeholder
    const length = tokens.end[i] - tokens.start[i];
    if (length > 10) continue;
    // Every test below needs a number in this token or the one before, or a stage code's first
    // letter: most words are none of these, and are passed over without building their string
    // (this check runs on every keystroke over the whole letter).
    const c0 = text.charCodeAt(tokens.start[i]);
    if (!isDigit(c0) && !(i > 0 && isDigit(text.charCodeAt(tokens.start[i - 1]))) && !(length <= 4 && STAGE_FIRST.has(c0))) continue;
    const unit = unitHit(ctx, i);
    if (unit) {
      hits.push(unit);
      continue;
    }
    const word = text.slice(tokens.start[i], tokens.end[i]);
    const afterNumber = i > 0 && NUMBER.test(text.slice(tokens.start[i - 1], tokens.end[i - 1]));
    if ((AGE.has(word) && afterNumber && text[tokens.end[i]] !== '-' && text[tokens.start[i] - 1] !== '-') || NUMBER_AND_AGE.test(word)) {
      hits.push({
        start: tokens.start[i],
        end: tokens.end[i],
        message: `"${word}" is shorthand for "years old". Write the age in words: "75-year-old", or better, leave the age out of a letter to the patient.`,
        suggestions: [NUMBER_AND_AGE.test(word) ? word.replace(/\D+$/, '-year-old') : 'year-old'],
      });
      continue;
    }
    if (length > 4 || !STAGE_CODE.test(text.slice(tokens.start[i], tokens.end[i]))) continue;
    const nextIsCode = i + 1 < tokens.length && STAGE_CODE.test(text.slice(tokens.start[i + 1], tokens.end[i + 1]));
    const prevIsCode = i > 0 && STAGE_CODE.test(text.slice(tokens.start[i - 1], tokens.end[i - 1]));
    if ((!nextIsCode && !prevIsCode) || bracketAfter(text, tokens.end[i])) continue;
    const code = text.slice(tokens.start[i], tokens.end[i]);
    hits.push({
      start: tokens.start[i],
      end: tokens.end[i],
      message: `"${code}" is part of a cancer stage code that most people cannot read. Say in words what the stage means.`,
      suggestions: [`${code} ([what the stage means])`],
    });
  }
  return hits;
}
