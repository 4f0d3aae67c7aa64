/**
 * SMOG, the usual readability formula for health material (it counts words of three or more
 * syllables, which is what makes health text hard). Reading age = SMOG grade + 5.
 */
import type { Readability } from './types.js';
import type { Token } from './token-list.js';
import { TokenList } from './token-list.js';
import { continuesHyphenated, countSyllables, type Sentence } from './sentences.js';
import { work } from './work.js';

/** `text` is the checked text: without it, hyphenated words ("follow-up") count as two. */
export function measureReadability(tokenObjects: TokenList | readonly Token[], sentences: readonly Sentence[], text = ''): Readability {
  const tokens = tokenObjects instanceof TokenList ? tokenObjects : TokenList.fromTokens(text, tokenObjects);
  let words = 0;
  let polysyllables = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.isPlaceholder(i)) continue;
    const norm = tokens.norm(i);
    if (!/\p{L}/u.test(norm)) continue;
    // "follow-up" is one word; each part's syllables are still counted on their own.
    if (!(text && i > 0 && continuesHyphenated(text, tokens, i))) words++;
    // Web and email addresses ("jo.smith", "example.org") and shorthand ("c/o") are read as names,
    // not as long words: they must not push the reading age up.
    if (/[./@]/.test(norm)) continue;
    if (countSyllables(norm) >= 3) polysyllables++;
  }
  const counted = sentences.filter((s) => s.words > 0);
  work.steps += tokens.length + sentences.length;
  if (words === 0 || counted.length === 0) {
    return { words, sentences: counted.length, polysyllables, readingAge: 0, averageSentenceWords: 0, longestSentenceWords: 0 };
  }
  const grade = 1.043 * Math.sqrt(polysyllables * (30 / counted.length)) + 3.1291;
  let longest = counted[0];
  for (const s of counted) if (s.words > longest.words) longest = s;
  return {
    words,
    sentences: counted.length,
    polysyllables,
    readingAge: Math.round((grade + 5) * 10) / 10,
    averageSentenceWords: Math.round((words / counted.length) * 10) / 10,
    longestSentenceWords: longest.words,
    longestSentence: { start: longest.start, end: longest.end },
  };
}
