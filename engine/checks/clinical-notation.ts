/**
 * Clinical notation the short-form check cannot see, because it is numbers and symbols rather
 * than a word in capitals. Each is read as a shape, so a writer's new instance is caught too:
 * - a muscle power grade with a plus or minus: "4+/5", "3-/5" (a plain "4/5" is left alone: it
 *   is also a date or a mark out of five);
 * - "+ve" and "-ve" for positive and negative ("Hawkins-Kennedy +ve", "-ve for blood");
 * - a gestation in weeks and days, "9+2 weeks", "at 39+4", or in fortieths, "<12/40", "at 38/40"
 *   (not a sum, "3+4", a score, "scored 12/40", or "18+ years");
 * - a level of the spine: "L4/5", "C5/6", "L5/S1"; a range with a dash, "L5-S1", "C5-6", "T12-L1",
 *   beside a medical word or another short form (not a school year, "S1-S3 pupils"); one level
 *   before a spine noun, "the S1 nerve root", "C7 vertebra" (spine-nouns);
 * - a breast imaging score, "M5", "U5", "R4", beside other clinic shorthand or a medical word
 *   (not the M5 motorway);
 * - an NHS pay band beside a job title: "a Band 6 nurse", "Physiotherapist (Band 6)" (not a
 *   housing band, "you are in Band 2");
 * - a sign for "at most" or "at least" before a number: "EF ≤35%", "≥3 attacks";
 * - a short form of two single letters joined by a slash: "c/o", "r/v", "o/e", "h/o" (not "n/a",
 *   nor "c/o Mrs Hart", care of).
 * Each test reads the token and a few neighbours, so the work stays linear.
 */
import { written, type LetterContext, type LetterHit } from './context.js';
import { bracketExplains } from './explained.js';
import { medicalNearby } from './scale-levels.js';
import type { WordClasses } from './words.js';

const GESTATION_FORTIETHS = /^(?:[4-9]|[1-3]\d|4[0-2])\/40$/;
const SPINE_LEVEL = /^[CTLS](?:[1-9]|1[0-2])\/(?:[1-9]|1[0-2]|[CTLS][1-9]|[CTLS]1[0-2])$/;
const SPINE_SEGMENT = /^[CTLS](?:[1-9]|1[0-2])$/;
const SPINE_RANGE_END = /^[CTLS]?(?:[1-9]|1[0-2])$/;
const IMAGING_SCORE = /^[MUR][1-5]$/;
const WEEK_WORD = /^(?:weeks?|wks?|w|gestation)$/i;
const GESTATION_BEFORE = /^(?:at|by|from|until|of|since|before|after|to)$/i;
/**
 * Word classes in unexplained-abbreviation.md, built once per checker: the words before and after
 * a road or a place that make "M5" the motorway (road-before, road-after), and the job titles
 * beside a pay band (job-words, and any word ending in "-ist").
 */
function notationWords(w: WordClasses): { roadBefore: RegExp; roadAfter: RegExp; role: RegExp; spineNoun: ReadonlySet<string> } {
  return {
    spineNoun: w.set('spine-nouns'),
    roadBefore: new RegExp(`^${w.alternation('road-before')}$`, 'i'),
    roadAfter: new RegExp(`^(?:${w.alternation('road-after')}|j\\d+)$`, 'i'),
    role: new RegExp(`^(?:${w.alternation('job-words')}|[a-z]+ists?)$`, 'i'),
  };
}

const isDigits = (w: string) => /^\d{1,2}$/.test(w);

function hit(ctx: LetterContext, start: number, end: number, actual: string, meaning: string, suggestion: string): LetterHit {
  return {
    start,
    end,
    message: ctx.words.say('notation', actual, meaning),
    suggestions: [suggestion],
  };
}

/** "4+/5", "3-/5": token i is the grade, the next token the "5". */
function powerGrade(ctx: LetterContext, i: number, w: string): LetterHit | null {
  const { text, tokens } = ctx;
  if (!/^[0-5]$/.test(w) || i + 1 >= tokens.length || written(ctx, i + 1) !== '5') return null;
  const between = text.slice(tokens.end[i], tokens.start[i + 1]);
  if (between !== '+/' && between !== '-/') return null;
  const actual = text.slice(tokens.start[i], tokens.end[i + 1]);
  return hit(ctx, tokens.start[i], tokens.end[i + 1], actual, 'a grade of muscle strength out of 5', `${actual} ([the muscle's strength in words])`);
}

/** "+ve", "-ve": a plus or minus sign joined to "ve", with no letter or digit before the sign. */
function signedVe(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  const start = tokens.start[i] - 1;
  const sign = text.charCodeAt(start);
  if (start < 0 || (sign !== 43 && sign !== 45)) return null;
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) return null;
  const positive = sign === 43;
  return hit(ctx, start, tokens.end[i], text.slice(start, tokens.end[i]), positive ? 'positive' : 'negative', positive ? 'positive' : 'negative');
}

/** "9+2 weeks", "at 39+4": token i is the weeks, the next token the days. */
function gestationDays(ctx: LetterContext, i: number, w: string): LetterHit | null {
  const { text, tokens } = ctx;
  if (i + 1 >= tokens.length || text.slice(tokens.end[i], tokens.start[i + 1]) !== '+') return null;
  const weeks = Number(w);
  if (weeks < 4 || weeks > 42 || !/^[0-6]$/.test(written(ctx, i + 1))) return null;
  // Not a sum: "9+2=11".
  if (/^\s*=/.test(text.slice(tokens.end[i + 1], tokens.end[i + 1] + 3))) return null;
  const next = i + 2 < tokens.length && /^\s*$/.test(text.slice(tokens.end[i + 1], tokens.start[i + 2])) ? written(ctx, i + 2) : '';
  const before = i > 0 && /^\s+$/.test(text.slice(tokens.end[i - 1], tokens.start[i])) ? written(ctx, i - 1) : '';
  if (!WEEK_WORD.test(next) && !GESTATION_BEFORE.test(before)) return null;
  const actual = text.slice(tokens.start[i], tokens.end[i + 1]);
  return hit(ctx, tokens.start[i], tokens.end[i + 1], actual, 'weeks and days of pregnancy', `${w} weeks and ${written(ctx, i + 1)} days`);
}

/** "<12/40", "at 38/40": weeks of pregnancy written as fortieths. */
function gestationFortieths(ctx: LetterContext, i: number, w: string): LetterHit | null {
  const { text, tokens } = ctx;
  if (!GESTATION_FORTIETHS.test(w)) return null;
  const gap = i > 0 ? text.slice(tokens.end[i - 1], tokens.start[i]) : text.slice(0, tokens.start[i]);
  // The last character of the gap that is not a space: "<" in "<12/40" (a scan, not a regex: a gap may be long).
  const trimmed = gap.trimEnd();
  const sign = trimmed.length > 0 && '<>\u2264\u2265'.includes(trimmed[trimmed.length - 1]);
  const before = i > 0 && /^\s+$/.test(gap) ? written(ctx, i - 1) : '';
  if (!sign && !GESTATION_BEFORE.test(before)) return null;
  let start = tokens.start[i];
  if (sign) start -= gap.length - trimmed.length + 1;
  const weeks = w.slice(0, w.indexOf('/'));
  return hit(ctx, start, tokens.end[i], text.slice(start, tokens.end[i]), 'weeks of pregnancy', `${weeks} weeks of pregnancy`);
}

/** "M5", "U5": a breast imaging score, only beside other clinic shorthand or a medical word, and not a road. */
function imagingScore(ctx: LetterContext, i: number, w: string): LetterHit | null {
  const { tokens } = ctx;
  if (!IMAGING_SCORE.test(w)) return null;
  const W = ctx.words.compiled(notationWords);
  if (i > 0 && W.roadBefore.test(written(ctx, i - 1))) return null;
  if (i + 1 < tokens.length && W.roadAfter.test(written(ctx, i + 1))) return null;
  if (!medicalNearby(ctx, i, i, 6)) return null;
  return hit(ctx, tokens.start[i], tokens.end[i], w, 'a score on a scan, from 1 to 5', `${w} ([what the score means])`);
}

/**
 * "L5-S1", "C5-6", "T12-L1" (token i is the first level; the tokenizer splits at the dash), beside
 * a medical word or short form within eight words or before a spine noun; or one level right
 * before a spine noun ("S1 nerve root", "C7 vertebra"). A bare "S1" or "C4" elsewhere is a school
 * year or a paper size.
 */
function spineLevel(ctx: LetterContext, i: number, w: string): LetterHit | null {
  const { text, tokens } = ctx;
  if (!SPINE_SEGMENT.test(w)) return null;
  // "S1" in "L5-S1" is the end of a range read from "L5".
  if (i > 0 && SPINE_SEGMENT.test(written(ctx, i - 1)) && /^[-\u2013]$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))) return null;
  const W = ctx.words.compiled(notationWords);
  const nounAfter = (k: number) => k < tokens.length && tokens.gap[k] === 0 && W.spineNoun.has(tokens.norm(k));
  let last = i;
  if (i + 1 < tokens.length && SPINE_RANGE_END.test(written(ctx, i + 1))) {
    const dash = text.slice(tokens.end[i], tokens.start[i + 1]);
    if (dash === '-' || dash === '\u2013') last = i + 1;
  }
  const b = text.charCodeAt(tokens.start[last]);
  // "L5-S1", "T12-L1": a range across two parts of the spine (not "S1-S3", school years).
  const twoParts = b > 64 && b < 91 && b !== w.charCodeAt(0);
  if (!nounAfter(last + 1) && (last === i || !(twoParts || spineNounNear(ctx, i, last, W.spineNoun) || medicalNearby(ctx, i, last, 8)))) return null;
  return spineHit(ctx, i, last);
}

/** The finding for a spine level written from token i to token last. */
function spineHit(ctx: LetterContext, i: number, last: number): LetterHit {
  const actual = ctx.text.slice(ctx.tokens.start[i], ctx.tokens.end[last]);
  return hit(ctx, ctx.tokens.start[i], ctx.tokens.end[last], actual, 'a level of the spine', `${actual} ([which part of the back, in words])`);
}

/** A spine noun ("disc", "spine", "neck") within eight words of the range. */
function spineNounNear(ctx: LetterContext, from: number, to: number, nouns: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from - 8); k < ctx.tokens.length && k <= to + 8; k++) if (nouns.has(ctx.tokens.norm(k))) return true;
  return false;
}

/** "a Band 6 nurse", "Physiotherapist (Band 6)": token i is "Band", a job title within three words. */
function payBand(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  if (i + 1 >= tokens.length || !/^(?:[2-9]|8[a-d])$/.test(written(ctx, i + 1))) return null;
  if (text.slice(tokens.end[i], tokens.start[i + 1]) !== ' ') return null;
  const W = ctx.words.compiled(notationWords);
  let role = false;
  for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 4) && !role; k++) if (k !== i && k !== i + 1 && W.role.test(written(ctx, k))) role = true;
  if (!role) return null;
  const actual = text.slice(tokens.start[i], tokens.end[i + 1]);
  return hit(ctx, tokens.start[i], tokens.end[i + 1], actual, 'an NHS pay grade', `${actual} ([the job in words])`);
}

/** "≤35%", "≥ 3": "at most" or "at least" as a sign before a number. */
function comparison(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  const at = tokens.start[i];
  const s = at - (text[at - 1] === ' ' ? 2 : 1);
  const most = text[s] === '\u2264';
  if (!most && text[s] !== '\u2265') return null;
  const end = tokens.end[i] + (text[tokens.end[i]] === '%' ? 1 : 0);
  return hit(ctx, s, end, text.slice(s, end), most ? 'at most' : 'at least', `${text.slice(at, end)} or ${most ? 'less' : 'more'}`);
}

/** The notation finding at token i, or null. Cheap for most tokens: it looks at the first character first. */
export function notationHit(ctx: LetterContext, i: number): LetterHit | null {
  const { text, tokens } = ctx;
  const c0 = text.charCodeAt(tokens.start[i]);
  const length = tokens.end[i] - tokens.start[i];
  let found: LetterHit | null = null;
  if (c0 >= 48 && c0 <= 57) {
    const w = written(ctx, i);
    if (length === 1) found = powerGrade(ctx, i, w);
    if (!found && length <= 2 && isDigits(w)) found = gestationDays(ctx, i, w);
    if (!found && length >= 4 && length <= 5) found = gestationFortieths(ctx, i, w);
    if (!found) found = comparison(ctx, i);
  } else if (length === 3 && text.charCodeAt(tokens.start[i] + 1) === 47 && /^[a-z]\/[a-z]$/.test(written(ctx, i))) {
    // The slash is looked at first (47 is "/"), so ordinary three-letter words build no string.
    // "c/o", "r/v": a letter, a slash, a letter; not "n/a", nor "c/o Mrs Hart" (care of: a name follows).
    const w = written(ctx, i);
    if (w !== 'n/a' && !/^ [A-Z][a-z]/.test(text.slice(tokens.end[i], tokens.end[i] + 3))) found = hit(ctx, tokens.start[i], tokens.end[i], w, 'shorthand', `[${w} in words]`);
  }
  else if (length === 2 && text.startsWith('ve', tokens.start[i])) found = signedVe(ctx, i);
  else if (length === 2) {
    // An imaging score is M, U or R and a figure from 1 to 5 (IMAGING_SCORE): other two-letter words build no string.
    const c1 = text.charCodeAt(tokens.start[i] + 1);
    if ((c0 === 77 || c0 === 85 || c0 === 82) && c1 >= 49 && c1 <= 53) found = imagingScore(ctx, i, written(ctx, i));
    else if (c0 === 67 || c0 === 76 || c0 === 83 || c0 === 84) found = spineLevel(ctx, i, written(ctx, i)); // C L S T
  }
  else if (length === 3 && (c0 === 67 || c0 === 76 || c0 === 83 || c0 === 84)) found = spineLevel(ctx, i, written(ctx, i));
  else if (length === 4 && (c0 === 66 || c0 === 98) && /^band$/i.test(written(ctx, i))) found = payBand(ctx, i);
  // A spine level is C, L, S or T, a number of one or two figures and a slash: other words build no string.
  else if (length >= 4 && length <= 7 && (c0 === 67 || c0 === 76 || c0 === 83 || c0 === 84) && (text.charCodeAt(tokens.start[i] + 2) === 47 || text.charCodeAt(tokens.start[i] + 3) === 47) && SPINE_LEVEL.test(written(ctx, i))) found = spineHit(ctx, i, i);
  if (!found || bracketExplains(ctx, text.slice(found.end, found.end + 48))) return null;
  return found;
}
