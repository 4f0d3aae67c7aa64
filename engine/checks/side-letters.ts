/**
 * One-letter clinical shorthand that the short-form check cannot see (it needs two capitals):
 * - "L" and "R" for left and right: "L knee", "R sided weakness", "R 6/9, L 6/12", "L>R",
 *   "Weber lateralises to L". The reader has to guess the side, and a wrong guess matters.
 * - the chemical symbols of blood salts with their charge: "K+ 5.4", "a low K+ diet", "Ca2+",
 *   "Na+".
 * Not shorthand, and left alone: an initial ("Dr R Patel", "R Smith", "R. Smith"), litres after
 * a number ("2 L a day"), a letter naming a place ("Ward R", "Block L"), a prefix joined by a
 * hyphen ("L-thyroxine", "R-CHOP"), a letter in quotes, and anything below the sign-off.
 * Each test reads only the token and its neighbours, so the work stays linear.
 */
import { signal, written, type LetterContext, type LetterHit } from './context.js';
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from the abbreviations rule's params
 * (content/rules/unexplained-abbreviation.md): side-letter-titles ("Dr R Patel" is an initial),
 * side-letter-places ("Ward R", "Clinic L" name a place) and not-a-side-after ("L plates").
 * Built once per checker (words.ts).
 */
interface SideWords {
  titles: ReadonlySet<string>;
  places: ReadonlySet<string>;
  notASideAfter: ReadonlySet<string>;
}

function sideWords(w: WordClasses): SideWords {
  return { titles: w.set('side-letter-titles'), places: w.set('side-letter-places'), notASideAfter: w.set('not-a-side-after') };
}

const SALTS: Record<string, string> = { K: 'potassium', Na: 'sodium', Ca: 'calcium', Ca2: 'calcium', Mg: 'magnesium', Mg2: 'magnesium' };

function word(ctx: LetterContext, i: number): string {
  return i >= 0 && i < ctx.tokens.length ? written(ctx, i) : '';
}

/** "Smith", "Patel": a capital then lower case, as a surname after an initial. */
function looksLikeName(w: string): boolean {
  return /^[A-Z][a-z'\u2019-]+$/.test(w);
}

function isNumber(w: string): boolean {
  return /^\d[\d.,]*$/.test(w);
}

function sideHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  const start = tokens.start[i];
  const end = tokens.end[i];
  const letter = text[start];
  const W = ctx.words.compiled(sideWords);
  const before = word(ctx, i - 1);
  const after = word(ctx, i + 1);
  const charBefore = start > 0 ? text[start - 1] : '';
  const charAfter = end < text.length ? text[end] : '';
  if (charAfter === '-' || charBefore === '-') return null; // "L-thyroxine", "R-CHOP"
  // "R. Smith" is an initial; "lateralises to L. Cranial nerves..." ends a sentence on a side.
  const startsSentence = i === 0 || /[.!?\n]/.test(text.slice(tokens.end[i - 1], start));
  if (charAfter === '.' && looksLikeName(after) && (startsSentence || looksLikeName(before))) return null;
  if (W.titles.has(before.toLowerCase()) || W.places.has(before.toLowerCase())) return null;
  // Litres: "2 L", "1.5 L of fluid".
  if (letter === 'L' && isNumber(before) && tokens.end[i - 1] >= start - 1) return null;
  if (looksLikeName(after) && i + 1 < tokens.length && !/[\n:,;>.]/.test(text.slice(end, tokens.start[i + 1]))) return null; // "R Smith"
  if (letter === 'L' && W.notASideAfter.has(after.toLowerCase())) return null;
  const side = letter === 'L' ? 'left' : 'right';
  return {
    start,
    end,
    message: ctx.words.say('side-letter', letter, side),
    suggestions: [side],
  };
}

function saltHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  const end = tokens.end[i];
  if (text[end] !== '+') return null;
  const symbol = text.slice(tokens.start[i], end);
  const name = SALTS[symbol];
  if (!name) return null;
  return {
    start: tokens.start[i],
    end: end + 1,
    message: ctx.words.say('chemical-symbol', symbol, name),
    suggestions: [name],
  };
}

export function sideLetterHits(ctx: LetterContext): LetterHit[] {
  const { text, tokens } = ctx;
  const signOff = signal(ctx, 'sign-off');
  const lettersEnd = signOff.length ? signOff[signOff.length - 1].start : text.length;
  const hits: LetterHit[] = [];
  for (let i = 0; i < tokens.length && tokens.start[i] < lettersEnd; i++) {
    if (tokens.flags[i] !== 0) continue; // quoted or a placeholder
    const length = tokens.end[i] - tokens.start[i];
    if (length > 3) continue;
    const c = text.charCodeAt(tokens.start[i]);
    const hit = length === 1 && (c === 76 || c === 82) ? sideHit(ctx, i) : saltHit(ctx, i);
    if (hit) hits.push(hit);
  }
  return hits;
}
