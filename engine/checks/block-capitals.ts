/** Three or more words in capitals in a row are hard to read; well-known acronyms do not count. */
import { GAP_HARD } from '../tokenize.js';
import { numberParam, type LetterCheck, type LetterHit } from './context.js';

const ACRONYMS = new Set(['nhs', 'gp', 'a&e', 'ct', 'mri', 'uk', 'bsl', 'pals', 'nhsmail', 'ok', 'i', 'a']);

// Roman numerals ("NYHA II-III", "stage IV") and codes with digits ("T2", "COVID-19") are not shouting.
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

function isCapitalWord(raw: string): boolean {
  return /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw) && !/\d/.test(raw) && !ROMAN.test(raw) && /\p{L}{2,}|^[A-Z]$/u.test(raw);
}

function sentenceCase(s: string): string {
  const lower = s.toLowerCase().replace(/\b(nhs|gp|a&e|ct|mri|uk|bsl|pals)\b/g, (m) => m.toUpperCase());
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export const checkBlockCapitals: LetterCheck = (ctx, rule) => {
  const minWords = numberParam(rule, 'minWords', 3);
  const hits: LetterHit[] = [];
  const { tokens, text } = ctx;
  let runStart = -1;
  let meaningful = 0;
  const close = (endIndex: number) => {
    const count = endIndex - runStart;
    if (runStart >= 0 && count >= minWords && meaningful >= minWords) {
      const start = tokens[runStart].start;
      const end = tokens[endIndex - 1].end;
      hits.push({ start, end, suggestions: [sentenceCase(text.slice(start, end))] });
    }
    runStart = -1;
    meaningful = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Fast reject: a word whose first two characters are not both capitals (most words) is not shouting.
    const c0 = text.charCodeAt(t.start);
    const c1 = t.end - t.start > 1 ? text.charCodeAt(t.start + 1) : 65;
    const maybe = (c0 < 97 || c0 > 122) && (c1 < 97 || c1 > 122) && c0 > 64;
    const capital = maybe && !t.placeholder && !t.quoted && isCapitalWord(text.slice(t.start, t.end));
    if (capital && runStart >= 0 && t.gapBefore !== GAP_HARD) {
      if (!ACRONYMS.has(t.norm)) meaningful++;
      continue;
    }
    close(i);
    if (capital) {
      runStart = i;
      meaningful = ACRONYMS.has(t.norm) ? 0 : 1;
    }
  }
  close(tokens.length);
  return hits;
};
