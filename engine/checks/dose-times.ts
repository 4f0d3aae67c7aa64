/**
 * "ON" (at night) and "OM" (in the morning) after a dose: "Atorvastatin 20mg ON". The short-form
 * check leaves "ON" alone, since it is far more often the word in capitals ("TURN ON"), so this
 * reads it only right after a dose ("20mg", "5 mg", "2 puffs"). Written in lower case ("20mg on",
 * "5mg on for nausea") it is the same shorthand when nothing follows it that "on" could be about:
 * the end of a line or sentence, or a word such as "for" or "increasing"; "20mg on Mondays" and
 * "5mg on an empty stomach" are English. Reads the token before and the characters after only, so
 * the work stays linear.
 */
import { written, type LetterContext, type LetterHit } from './context.js';
import type { WordClasses } from './words.js';

const TIMES: Record<string, string> = { ON: 'at night', OM: 'in the morning', on: 'at night', om: 'in the morning' };
/**
 * A unit of a dose after a number, "20mg", "2 puffs" (dose-units), and what may follow a
 * lower-case "on": the end of its line or sentence, or a word that starts a new phrase
 * (dose-ends). Word classes in unexplained-abbreviation.md, built once per checker.
 */
function doseWords(w: WordClasses): { dose: RegExp; endsDose: RegExp } {
  return {
    dose: new RegExp(`(?:^|\\d)${w.alternation('dose-units')}$`, 'i'),
    endsDose: new RegExp(String.raw`^[ \t]*(?:$|[\n.,;:)]|[-\u2013\u2014]\s|(?:${w.alternation('dose-ends')}|and(?!\s+off))\b)`),
  };
}

export function doseTimeHits(ctx: LetterContext): LetterHit[] {
  const { text, tokens } = ctx;
  const hits: LetterHit[] = [];
  const W = ctx.words.compiled(doseWords);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.end[i] - tokens.start[i] !== 2 || tokens.flags[i] !== 0) continue;
    // Only "ON", "OM", "on" and "om" can be one (TIMES), read from the characters: the letter's other
    // two-letter words ("to", "of", "is") are passed over without building their string.
    const c0 = text.charCodeAt(tokens.start[i]);
    const c1 = text.charCodeAt(tokens.start[i] + 1);
    if (!(c0 === 79 ? c1 === 78 || c1 === 77 : c0 === 111 && (c1 === 110 || c1 === 109))) continue;
    const word = written(ctx, i);
    const plain = TIMES[word];
    if (!plain) continue;
    if (word === 'on' || word === 'om') {
      if (!W.endsDose.test(text.slice(tokens.end[i], tokens.end[i] + 12))) continue;
    }
    const before = written(ctx, i - 1);
    // "20mg ON", or "20 mg ON" (a unit after a number).
    const dose = /\d/.test(before) ? W.dose.test(before) : W.dose.test(before) && i > 1 && /^\d/.test(written(ctx, i - 2));
    if (!dose) continue;
    hits.push({
      start: tokens.start[i],
      end: tokens.end[i],
      message: ctx.words.say('dose-time', word, plain),
      suggestions: [plain],
    });
  }
  return hits;
}
