/**
 * Short forms in capitals that a patient may not know: "COPD", "LTOT", "MMSE", "QRISK3", "FEV1",
 * "eGFR", "HbA1c". No list can name them all, so any short form in capitals counts, unless:
 * - almost everyone knows it (the guidance names NHS, GP, A&E, CT, MRI and ECG; see lay-safe-short-forms in the rule);
 * - the letter explains it anywhere ("COPD (a long-term lung condition)", "chronic obstructive
 *   pulmonary disease (COPD)", "a test called eGFR");
 * - it is not a short form at all: a word in capitals for emphasis ("do NOT eat"), a heading
 *   alone on its line or among other words in capitals (block capitals have their own rule), a
 *   Roman numeral, a postcode or a reference, or letters after a name below the sign-off
 *   ("MBChB FRCP").
 * Each short form is flagged once, where it first appears.
 */
import { GAP_SOFT } from '../tokenize.js';
import { explainedAt } from './explained.js';
import { sideLetterHits } from './side-letters.js';
import { doseTimeHits } from './dose-times.js';
import { clinicCodeHits } from './clinic-codes.js';
import { signal, written, type LetterCheck, type LetterContext, type LetterHit } from './context.js';
import { NO_NAMES, unexplained, type TermHits } from './term-hits.js';
import { ROMAN } from './block-capitals.js'; // Roman numerals ("stage IV") are no short forms either
import type { WordClasses } from './words.js';

/**
 * The word classes this check reads, from its rule's params (content/rules/unexplained-abbreviation.md):
 * - lay-safe-short-forms: short forms the guidance says nearly everyone knows ("NHS", "GP", "A&E"),
 *   and everyday ones from outside health ("TV", "PDF");
 * - emphasis-capitals: words written in capitals for emphasis or as labels ("NOT", "URGENT");
 * - shouted-words: short English words a heading or a shouted line is made of ("TAKE WITH FOOD",
 *   "CALL US"), read with the emphasis words. Next to one of these, or to a longer word in capitals,
 *   a word in capitals is shouting; next to another short form ("OCT RNFL", "POC QDS") it is still a
 *   short form.
 * - form-nouns: nouns beside a code that make it a form's name ("form HC2", "HC2 certificate").
 * - keyword-before: words before a keyword to send back by text ("reply BOOK", "text the word STOP"):
 *   the reader types it, and needs no more.
 * Built once per checker (words.ts).
 */
interface ShortFormWords {
  laySafe: ReadonlySet<string>;
  emphasis: ReadonlySet<string>;
  shouted: ReadonlySet<string>;
  formNouns: ReadonlySet<string>;
  keywordBefore: ReadonlySet<string>;
}

function shortFormWords(w: WordClasses): ShortFormWords {
  const emphasis = w.set('emphasis-capitals');
  return { laySafe: w.set('lay-safe-short-forms'), emphasis, shouted: new Set([...emphasis, ...w.set('shouted-words')]), formNouns: w.set('form-nouns'), keywordBefore: w.set('keyword-before') };
}

const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\d[A-Z]{2}$/;

/**
 * Two or more capitals, no more lower-case letters than capitals, at most two digits: "COPD",
 * "eGFR", "HbA1c", "QRISK3". Reads the word in the text: most words fail, and need no string.
 */
function looksLikeShortForm(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 8) return false;
  const first = text.charCodeAt(start);
  // "fT4", "fT3", "pO2": a lower-case letter or two, one capital and a number (a lab result).
  if (first >= 97 && first <= 122) return lowerLedLabCode(text, start, end);
  return looksLikeCapitalsForm(text, start, end);
}

function looksLikeCapitalsForm(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c !== 38) return false; // only "&" besides letters and digits ("U&E")
  }
  return upper >= 2 && lower <= upper && digits <= 2;
}

/** "fT4", "pO2": one or two lower-case letters, one capital, then one or two digits. */
function lowerLedLabCode(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && k < start + 2 && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  const c = text.charCodeAt(k);
  if (!(c >= 65 && c <= 90)) return looksLikeCapitalsForm(text, start, end);
  // "pT2", "cN1", "yM0" are cancer stage codes: clinic-codes.ts reads those (and leaves one alone).
  if (k === start + 1 && (c === 84 || c === 78 || c === 77) && 'pcyr'.includes(text[start])) return false;
  const digits = end - k - 1;
  if (digits >= 1 && digits <= 2 && /^\d+$/.test(text.slice(k + 1, end))) return true;
  return looksLikeCapitalsForm(text, start, end);
}

function isCapitalsWord(ctx: LetterContext, W: ShortFormWords, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.length) return false;
  const word = written(ctx, i);
  // A Roman numeral is part of a name ("ACE-III", "Stage II"), not a shouted word.
  return /^[A-Z][A-Z'&-]*[A-Z]$/.test(word) && !W.laySafe.has(word) && !ROMAN.test(word);
}

/**
 * Whether tokens a and a + 1 sit side by side in a run of words: only spaces or a hyphen between
 * them, on one line. "TACS → PACS" and "AF" at the end of one line with "NIHSS" starting the
 * next are two short forms, not a shouted phrase. Reads the gap only.
 */
function sideBySide(ctx: LetterContext, a: number): boolean {
  const { text, tokens } = ctx;
  if (tokens.gap[a + 1] !== GAP_SOFT) return false;
  for (let k = tokens.end[a]; k < tokens.start[a + 1]; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45) return false;
  }
  return true;
}

/**
 * Whether the word in capitals at i is part of a heading, a shouted line or a name in capitals
 * rather than a short form among others. Only neighbours with nothing but spaces between count (a
 * comma or slash lists short forms: "HbA1c, U&E and ACR"). Three or more words in capitals in a
 * row are a heading, a shouted line or a name ("MRS ANN COLE", "TAKE WITH FOOD"): block capitals'
 * rule. Two are shouting when one of them reads as English (a common word, or five or more
 * letters: "PLEASE BRING") or both have a vowel ("JOHN DOE"); "OCT RNFL" and "POC QDS" are
 * short forms. Looks at most 2 words each
 * way, so the work stays linear.
 */
function shouted(ctx: LetterContext, W: ShortFormWords, i: number): boolean {
  const { tokens } = ctx;
  // A short form with lower-case letters ("hrHPV", "eGFR") is not shouted, whatever is beside it.
  if (!isCapitalsWord(ctx, W, i) && /[a-z]/.test(written(ctx, i))) return false;
  let first = i;
  while (first > i - 2 && first > 0 && sideBySide(ctx, first - 1) && isCapitalsWord(ctx, W, first - 1)) first--;
  let last = i;
  while (last < i + 2 && last + 1 < tokens.length && sideBySide(ctx, last) && isCapitalsWord(ctx, W, last + 1)) last++;
  if (last - first >= 2) return true;
  if (last === first) return false;
  const englishLike = (k: number) => {
    const w = written(ctx, k);
    return W.shouted.has(w) || /^[A-Z]{5,}$/.test(w);
  };
  // Two words that both have a vowel read as words or a name ("JOHN DOE"); short forms often
  // have none ("RNFL", "QDS").
  const hasVowel = (k: number) => /[AEIOU]/.test(written(ctx, k));
  return englishLike(first) || englishLike(last) || (hasVowel(first) && hasVowel(last));
}

/**
 * A word with no other word on its line: a heading ("PLAN", "DIAGNOSIS:"). Reads only the gaps
 * beside the word, each of which is read at most twice in a check, so the work stays linear.
 */
function aloneOnLine(ctx: LetterContext, i: number): boolean {
  const { text, tokens } = ctx;
  const lineBreakBetween = (from: number, to: number) => text.slice(from, to).includes('\n');
  const before = i > 0 && !lineBreakBetween(tokens.end[i - 1], tokens.start[i]);
  const after = i + 1 < tokens.length && !lineBreakBetween(tokens.end[i], tokens.start[i + 1]);
  return !before && !after;
}

/**
 * The short forms inside a word joined by slashes ("OT/PT/SALT", "TIA/stroke"): the tokenizer
 * keeps such a word whole. Each part is judged as a word of its own; a part of one letter
 * ("R/V", "N/A") or a number ("3/12") is not a short form.
 */
function slashParts(text: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 47) {
      if (looksLikeShortForm(text, from, k)) parts.push([from, k]);
      from = k + 1;
    }
  }
  return parts;
}

/**
 * Letters after a name on its own line, outside the sign-off: "Completed by: Dr Sam Olowe, FY2",
 * "Dr Susan Lin, GP, MRCGP". Reads at most 80 characters back, so the work stays linear.
 */
const AFTER_NAME = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Nurse)\.?(?:\s+[A-Z][\p{L}'\u2019-]*)+(?:,\s*[A-Z][A-Za-z0-9&]*)*,\s*$/u;

function lettersAfterName(text: string, start: number): boolean {
  const from = Math.max(0, start - 80);
  const line = text.slice(from, start);
  const lineStart = line.lastIndexOf('\n');
  return AFTER_NAME.test(lineStart >= 0 ? line.slice(lineStart + 1) : line);
}

/**
 * The name of a form, a code with a figure next to a form noun: "form HC2", "an HC2 certificate",
 * "the FP10 form", "a MAT B1 form". The reader finds it by that name and needs no more; a short
 * form of letters only ("a DNACPR form") still says something they cannot read.
 */
function formName(ctx: LetterContext, W: ShortFormWords, i: number, word: string): boolean {
  if (!/\d/.test(word)) return false;
  const { tokens } = ctx;
  return (i > 0 && tokens.gap[i] === GAP_SOFT && W.formNouns.has(tokens.norm(i - 1))) ||
    (i + 1 < tokens.length && tokens.gap[i + 1] === GAP_SOFT && W.formNouns.has(tokens.norm(i + 1)));
}

/** A title in capitals before a name ("MR J OKONKWO"), or a post office box ("PO Box 12"). */
function titleOrBox(word: string, next: string): boolean {
  if (word === 'PO') return /^box$/i.test(next);
  return /^(?:MR|MRS|MS|DR|MISS|MX)$/.test(word) && /^[A-Z]/.test(next);
}

function hasSlash(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 47) return true;
  return false;
}

function skipWord(W: ShortFormWords, word: string): boolean {
  return W.laySafe.has(word) || W.emphasis.has(word) || ROMAN.test(word);
}

/**
 * Two short forms with an everyday sense told apart by what follows: "RE:" heads a subject line
 * and "PS" a postscript, but "timolol BD RE" is the right eye and "PS 0" a performance-status
 * score. Reads the characters after the word only.
 */
function everydayReOrPs(word: string, text: string, end: number): boolean {
  if (word !== 'RE' && word !== 'PS') return false;
  let k = end;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  const next = text.charCodeAt(k);
  if (word === 'PS') return !(next >= 48 && next <= 57);
  let b = end - word.length - 1;
  while (b >= 0 && text.charCodeAt(b) === 32) b--;
  if (b < 0 || text.charCodeAt(b) === 10) return true; // "RE Mrs Ann Cole" opening a header line
  return next === 58 || next === 45; // "RE:", "RE - your referral"
}

/** Short forms in capitals, each with the names it goes by, and those the text explains (term-hits.ts). */
export function abbreviationTerms(ctx: LetterContext): TermHits {
  const { text, tokens } = ctx;
  const W = ctx.words.compiled(shortFormWords);
  const signOff = signal(ctx, 'sign-off');
  const lettersEnd = signOff.length ? signOff[signOff.length - 1].start : text.length;
  const candidates: Array<[number, number]> = [];
  const explained: Array<[string, number]> = [];
  for (let i = 0; i < tokens.length && tokens.start[i] < lettersEnd; i++) {
    if (tokens.flags[i] !== 0) continue; // quoted or a placeholder
    const start = tokens.start[i];
    const end = tokens.end[i];
    if (!looksLikeShortForm(text, start, end)) {
      // Each read of a word stays within it, so the work stays linear. A part that is a number
      // makes it a reference ("COMP/24/0917"), not a list of short forms ("FEV1/FVC").
      if (end - start <= 24 && hasSlash(text, start, end) && !/(?:^|\/)\d+(?:\/|$)/.test(text.slice(start, end))) {
        for (const part of slashParts(text, start, end)) if (!skipWord(W, text.slice(part[0], part[1]))) candidates.push(part);
      }
      continue;
    }
    const word = text.slice(start, end);
    if (skipWord(W, word) || everydayReOrPs(word, text, end)) continue;
    // The second half of a postcode ("LS1 4AB"), not "2WW" (the two-week-wait referral).
    if (POSTCODE_INWARD.test(word) && i > 0 && POSTCODE_OUTWARD.test(written(ctx, i - 1))) continue;
    if (titleOrBox(word, i + 1 < tokens.length ? written(ctx, i + 1) : '')) continue;
    if (lettersAfterName(text, start)) continue;
    if (formName(ctx, W, i, word)) continue;
    if (i > 0 && tokens.gap[i] === GAP_SOFT && W.keywordBefore.has(tokens.norm(i - 1))) continue;
    if (POSTCODE_OUTWARD.test(word) && i + 1 < tokens.length && POSTCODE_INWARD.test(written(ctx, i + 1))) continue;
    // Beside an English word in capitals, it is a heading or shouting (block capitals' rule:
    // "PLEASE BRING YOUR LETTER"), not a short form; so is a long word of letters only ("URGENT").
    if (shouted(ctx, W, i) || aloneOnLine(ctx, i) || /^[A-Z]{6,}$/.test(word)) continue;
    if (explainedAt(ctx, i, i + 1)) explained.push([word, start]);
    candidates.push([start, end]);
  }
  const hits: LetterHit[] = [];
  const names: string[][] = [];
  // Every use until the letter explains it: each one is a word the reader cannot read. Explaining
  // it once (anywhere) clears them all.
  for (const [start, end] of candidates) {
    const word = text.slice(start, end);
    // Plurals share the explanation: "LFTs" after "liver function tests (LFTs)".
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    hits.push({ start, end, suggestions: [`[what ${word} stands for] (${word})`] });
    names.push([word, singular, `${word}s`]);
  }
  return { hits, names, explained };
}

// One-letter shorthand ("L knee", "K+ 5.4"), dose times ("20mg ON"), units and stage codes
// ("29 mmHg", "pT2 pN1a M0") are short forms too: the same card and the same rule.
export function shortFormTerms(ctx: LetterContext): TermHits {
  const terms = abbreviationTerms(ctx);
  const hits = [...terms.hits, ...sideLetterHits(ctx), ...doseTimeHits(ctx), ...clinicCodeHits(ctx)];
  const names = hits.map((_, k) => terms.names[k] ?? NO_NAMES);
  // In text order (a stable sort), each hit keeping its names.
  const order = hits.map((_, k) => k).sort((x, y) => hits[x].start - hits[y].start);
  return { hits: order.map((k) => hits[k]), names: order.map((k) => names[k]), explained: terms.explained };
}

export const checkAbbreviations: LetterCheck = (ctx) => unexplained(shortFormTerms(ctx));
