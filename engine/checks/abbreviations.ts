/**
 * Short forms in capitals that a patient may not know: "COPD", "LTOT", "MMSE", "QRISK3", "FEV1",
 * "eGFR", "HbA1c". No list can name them all, so any short form in capitals counts, unless:
 * - almost everyone knows it (the guidance names NHS, GP, A&E, CT, MRI and ECG; see LAY_SAFE);
 * - the letter explains it anywhere ("COPD (a long-term lung condition)", "chronic obstructive
 *   pulmonary disease (COPD)", "a test called eGFR");
 * - it is not a short form at all: a word in capitals for emphasis ("do NOT eat"), a heading
 *   alone on its line or among other words in capitals (block capitals have their own rule), a
 *   Roman numeral, a postcode or a reference, or letters after a name below the sign-off
 *   ("MBChB FRCP").
 * Each short form is flagged once, where it first appears.
 */
import { GAP_HARD } from '../tokenize.js';
import { explainedAt } from './explained.js';
import { signal, type LetterCheck, type LetterContext, type LetterHit } from './context.js';

/** Short forms the guidance says nearly everyone knows, and everyday ones from outside health. */
const LAY_SAFE = new Set([
  'NHS', 'GP', 'GPs', 'A&E', 'CT', 'MRI', 'ECG', 'UK', 'OK', 'AM', 'PM', 'TV', 'ID', 'PIN', 'SMS', 'HIV', 'COVID',
  'BBC', 'DVD', 'PDF', 'URL', 'MP', 'HR', 'IT', 'RE', 'FAO', 'PS', 'PTO', 'BSL', 'PALS', 'NHSmail', 'DVLA', 'USA', 'EU',
  'NI', 'DWP', 'PIP', 'ESA', 'MBE', 'OBE', 'CBE', 'WC', 'UTC',
  // Labels in a letter's header, read as a whole ("DOB: 3/4/1950").
  'DOB', 'NHSNo', 'MRN',
]);

/** Words written in capitals for emphasis or as labels, not short forms. */
const EMPHASIS = new Set([
  'NOT', 'NO', 'DO', 'DON\'T', 'ALL', 'ONLY', 'MUST', 'NEVER', 'STOP', 'URGENT', 'IMPORTANT', 'PLEASE', 'NOW', 'YOU',
  'ANY', 'BEFORE', 'AFTER', 'ONE', 'TWO', 'AND', 'OR', 'THE', 'IS', 'ARE', 'CAN', 'WILL', 'NOTE', 'NEW', 'YES', 'FREE',
  'ALWAYS', 'AT', 'ON', 'IN', 'OF', 'TO', 'IF', 'BY', 'US', 'WE', 'YOUR', 'OUR', 'MY', 'ME', 'IT\'S', 'SAME', 'DAY',
]);

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\d[A-Z]{2}$/;

/**
 * Two or more capitals, no more lower-case letters than capitals, at most two digits: "COPD",
 * "eGFR", "HbA1c", "QRISK3". Reads the word in the text: most words fail, and need no string.
 */
function looksLikeShortForm(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 8) return false;
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

function isCapitalsWord(ctx: LetterContext, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.length) return false;
  const word = ctx.text.slice(ctx.tokens.start[i], ctx.tokens.end[i]);
  return /^[A-Z][A-Z'&-]*[A-Z]$/.test(word) && !LAY_SAFE.has(word);
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

export function abbreviationHits(ctx: LetterContext): LetterHit[] {
  const { text, tokens } = ctx;
  const signOff = signal(ctx, 'sign-off');
  const lettersEnd = signOff.length ? signOff[signOff.length - 1].start : text.length;
  const candidates: number[] = [];
  const explained = new Set<string>();
  for (let i = 0; i < tokens.length && tokens.start[i] < lettersEnd; i++) {
    if (tokens.flags[i] !== 0) continue; // quoted or a placeholder
    if (!looksLikeShortForm(text, tokens.start[i], tokens.end[i])) continue;
    const word = text.slice(tokens.start[i], tokens.end[i]);
    if (LAY_SAFE.has(word) || EMPHASIS.has(word) || ROMAN.test(word)) continue;
    if (POSTCODE_OUTWARD.test(word) && i + 1 < tokens.length && POSTCODE_INWARD.test(text.slice(tokens.start[i + 1], tokens.end[i + 1]))) continue;
    if (POSTCODE_INWARD.test(word)) continue;
    // Next to another word in capitals, it is a heading or shouting (block capitals' rule: "PLEASE
    // BRING YOUR LETTER"), not a short form; so is a long word of letters only ("URGENT").
    const prevCaps = tokens.gap[i] !== GAP_HARD && isCapitalsWord(ctx, i - 1);
    const nextCaps = i + 1 < tokens.length && tokens.gap[i + 1] !== GAP_HARD && isCapitalsWord(ctx, i + 1);
    if (prevCaps || nextCaps || aloneOnLine(ctx, i) || /^[A-Z]{6,}$/.test(word)) continue;
    if (explainedAt(ctx, i, i + 1)) explained.add(word);
    candidates.push(i);
  }
  const hits: LetterHit[] = [];
  // Every use until the letter explains it: each one is a word the reader cannot read. Explaining
  // it once (anywhere) clears them all.
  for (const i of candidates) {
    const word = text.slice(tokens.start[i], tokens.end[i]);
    // Plurals share the explanation: "LFTs" after "liver function tests (LFTs)".
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    if (explained.has(word) || explained.has(singular) || explained.has(`${word}s`)) continue;
    hits.push({ start: tokens.start[i], end: tokens.end[i], suggestions: [`[what ${word} stands for] (${word})`] });
  }
  return hits;
}

export const checkAbbreviations: LetterCheck = (ctx) => abbreviationHits(ctx);
