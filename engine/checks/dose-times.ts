/**
 * "ON" (at night) and "OM" (in the morning) after a dose: "Atorvastatin 20mg ON". The short-form
 * check leaves "ON" alone, since it is far more often the word in capitals ("TURN ON"), so this
 * reads it only right after a dose ("20mg", "5 mg", "2 puffs"). Reads the token before only, so
 * the work stays linear.
 */
import type { LetterContext, LetterHit } from './context.js';

const DOSE = /(?:^|\d)(?:mg|g|mcg|micrograms?|ml|units?|puffs?|tablets?|drops?|caps?|capsules?|sachets?)$/i;
const TIMES: Record<string, string> = { ON: 'at night', OM: 'in the morning' };

export function doseTimeHits(ctx: LetterContext): LetterHit[] {
  const { text, tokens } = ctx;
  const hits: LetterHit[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.end[i] - tokens.start[i] !== 2 || tokens.flags[i] !== 0) continue;
    const word = text.slice(tokens.start[i], tokens.end[i]);
    const plain = TIMES[word];
    if (!plain) continue;
    const before = text.slice(tokens.start[i - 1], tokens.end[i - 1]);
    // "20mg ON", or "20 mg ON" (a unit after a number).
    const dose = /\d/.test(before) ? DOSE.test(before) : DOSE.test(before) && i > 1 && /^\d/.test(text.slice(tokens.start[i - 2], tokens.end[i - 2]));
    if (!dose) continue;
    hits.push({
      start: tokens.start[i],
      end: tokens.end[i],
      message: `"${word}" is prescription shorthand for "${plain}". Write "${plain}" so the reader knows when to take it.`,
      suggestions: [plain],
    });
  }
  return hits;
}
