/**
 * A level on a clinical scale, left unexplained: "grade 3", "a category 3 pressure ulcer", "refer
 * to tier 3", "NYHA class II", "ROP stage 2, zone II", "IDDSI level 5", "tympanometry type B",
 * "Grade Group 2", "after cycle 4". The number means little to the reader until the letter says
 * what it means ("grade 3 (the most serious kind)"). Blind writers mark these in every corpus,
 * on whatever scale the specialty uses, so the check reads the shape (a scale noun, then a level)
 * rather than a list of scales.
 *
 * Precision comes from the scale noun's strength:
 * - grade, stage, category and tier are clinical in a letter whenever a level follows them
 *   (not a music exam or a pay band, "stage 1 of our complaints process", "Grade II listed", or
 *   a service's name: "Tier 3 Weight Management Service");
 * - class, zone, level, type, group, cycle, pattern and phase are everyday words too ("Level 2,
 *   Outpatients", "type 2 diabetes", "a group 2 licence"), so they count only beside a scale's
 *   name in shorthand ("NYHA class", "IDDSI level"), after "grade" ("Grade Group 2"), with a Roman
 *   numeral ("zone II"), or with a medical word close by on the line ("tympanometry type A").
 * Reads the scale noun's neighbours only (at most six tokens each way), so the work stays linear.
 */
import { written, type LetterContext, type LetterHit } from './context.js';
import { bracketExplains } from './explained.js';
import { LAY_SAFE_KIND } from '../medical/index.js';
import type { WordClasses } from './words.js';

const STRONG = new Set(['grade', 'stage', 'category', 'tier']);
const WEAK = new Set(['class', 'zone', 'level', 'type', 'group', 'cycle', 'pattern', 'phase']);
const LEVEL = /^(?:\d{1,2}[a-c]?|I{1,3}|IV|V|VI)$/;
const ROMAN_ABOVE_ONE = /^(?:II|III|IV|V|VI)$/;
/** "type A", "group E": a letter as a level, for the weak nouns beside a medical word only. */
const LETTER_LEVEL = /^[A-E]$/;

/**
 * Words before the scale noun that make it a music exam, a school mark, a pay band or a process
 * (not-clinical-before), and words after the level that make it a step of a process, a licence or
 * a building (not-clinical-after): word classes in unexplained-abbreviation.md, built once per checker.
 */
function notClinical(w: WordClasses): { before: RegExp; after: RegExp } {
  return {
    before: new RegExp(`^${w.alternation('not-clinical-before')}$`, 'i'),
    after: new RegExp(`^(?:${w.alternation('not-clinical-after')}|licen[cs]es?)$`, 'i'),
  };
}
/** "on Level 1", "to level 2": a floor of a building. */
const FLOOR_BEFORE = /^(?:on|at|to|from)$/i;

const PROCESS = /^(?:complaints?|process|procedure|appeals?)$/i;
/** A scale's name in shorthand before the noun: "NYHA class", "IDDSI level", "ISUP grade". */
const SHORTHAND = /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;
const NOT_SHORTHAND = new Set(['NHS', 'GP', 'UK', 'OK', 'A&E', 'PS', 'RE', 'TEL']);

/** Whether tokens a and b (a < b) are on one line with no sentence end between ("Tympanometry: type B" is one stretch). */
function sameStretch(ctx: LetterContext, a: number, b: number): boolean {
  return !/[.!?\n]/.test(ctx.text.slice(ctx.tokens.end[a], ctx.tokens.start[b]));
}

/** A medical word or a short form within `reach` tokens of i, on its line and in its sentence. */
export function medicalNearby(ctx: LetterContext, from: number, to: number, reach: number): boolean {
  const vocabulary = ctx.medical?.vocabulary;
  for (let k = Math.max(0, from - reach); k < Math.min(ctx.tokens.length, to + 1 + reach); k++) {
    if (k >= from && k <= to) continue;
    if (!(k < from ? sameStretch(ctx, k, from) : sameStretch(ctx, to, k))) continue;
    const w = written(ctx, k);
    if (SHORTHAND.test(w) && !NOT_SHORTHAND.has(w)) return true;
    if (!vocabulary || w.length < 4) continue;
    const c = vocabulary.classifyWord(w);
    if (c.kind === 'word-parts' || (c.kind === 'listed' && c.term?.kind !== LAY_SAFE_KIND)) return true;
  }
  return false;
}

const STAGED_CONDITION = /^(?:kidney|kidneys|renal|ckd|disease|cancer)$/i;
/** A condition named within three words before "stage" (same stretch) or right after the level. */
function stagedCondition(ctx: LetterContext, i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (sameStretch(ctx, k, i) && STAGED_CONDITION.test(written(ctx, k))) return true;
  // After it, up to three words on: "stage 4 chronic kidney disease", "stage 2 breast cancer".
  for (let k = i + 1; k < ctx.tokens.length && k <= i + 3; k++) if (sameStretch(ctx, i, k) && STAGED_CONDITION.test(written(ctx, k))) return true;
  return false;
}

/** The scale-level finding whose level is token i, or null. */
export function scaleLevelHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  if (i === 0) return null;
  // A level (LEVEL, LETTER_LEVEL) starts with a figure, A to E, I or V: no other short word reads its noun.
  const c0 = text.charCodeAt(tokens.start[i]);
  if (!((c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 69) || c0 === 73 || c0 === 86)) return null;
  // The scale noun first, by its normal form: this runs on every short word of the letter, and
  // most follow no scale noun, so no string is built for them. (The nouns hold no apostrophe, so
  // the normal form is the word in lower case.)
  const noun = tokens.norm(i - 1);
  const strong = STRONG.has(noun);
  if (!strong && !WEAK.has(noun)) return null;
  const level = written(ctx, i);
  const isLetter = LETTER_LEVEL.test(level);
  if (!isLetter && !LEVEL.test(level)) return null;
  const nounWord = written(ctx, i - 1);
  if (text.slice(tokens.end[i - 1], tokens.start[i]) !== ' ') return null;
  for (let k = i - 2; k >= 0 && k >= i - 3; k--) if (ctx.words.compiled(notClinical).before.test(written(ctx, k)) && sameStretch(ctx, k, i)) return null;
  const next = i + 1 < tokens.length && sameStretch(ctx, i, i + 1) ? written(ctx, i + 1) : '';
  // "stage 1 of our complaints process", "a group 2 licence": the next five words are read, and
  // the six before for a process ("Our complaints process has two stages: stage 1 is ...").
  for (let k = i + 1; k < tokens.length && k <= i + 5 && sameStretch(ctx, i, k); k++) if (ctx.words.compiled(notClinical).after.test(written(ctx, k))) return null;
  for (let k = i - 2; k >= 0 && k >= i - 7 && sameStretch(ctx, k, i); k--) if (PROCESS.test(written(ctx, k))) return null;
  if (noun === 'level' && i >= 2 && FLOOR_BEFORE.test(written(ctx, i - 2))) return null;
  // "chronic kidney disease, stage 3a", "Your CKD is stage 3b": the stage of a condition the
  // reader has been told they have, which writers leave to the letter's explanation of the condition.
  if (noun === 'stage' && stagedCondition(ctx, i)) return null;
  // "Tier 3 Weight Management Service", "Level 2 Outpatients": part of a place's or a service's name.
  if (/^[A-Z][a-z]/.test(next) && /^[A-Z]/.test(nounWord)) return null;
  // "Level 2, Northmoor Royal Infirmary": a floor in an address, the level closing its part of the line.
  if (noun === 'level' && /^\s*(?:,|\n|$)/.test(text.slice(tokens.end[i], tokens.end[i] + 2))) return null;
  // "the type I like", "the stage I was on": Roman one only before a pause or a capital ("Bell's stage I, managed").
  if (level === 'I' && (!strong || /^\s*[a-z]/.test(text.slice(tokens.end[i], tokens.end[i] + 3)))) return null;
  if (!strong) {
    const before = i >= 2 && sameStretch(ctx, i - 2, i) ? written(ctx, i - 2) : '';
    const named = (SHORTHAND.test(before) && !NOT_SHORTHAND.has(before)) || /^grade$/i.test(before);
    if (!named && !(ROMAN_ABOVE_ONE.test(level) && !isLetter) && !medicalNearby(ctx, i - 1, i, 6)) return null;
  } else if (isLetter) return null; // "stage A" is rare; "grade A" is a school mark
  if (bracketExplains(ctx, text.slice(tokens.end[i], tokens.end[i] + 48))) return null;
  const actual = text.slice(tokens.start[i - 1], tokens.end[i]);
  return {
    start: tokens.start[i - 1],
    end: tokens.end[i],
    message: ctx.words.say('scale-level', actual),
    suggestions: [`${actual} ([what the ${noun} means])`],
  };
}
