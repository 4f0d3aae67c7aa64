/**
 * SMOG, the usual readability formula for health material (it counts words of three or more
 * syllables, which is what makes health text hard). Reading age = SMOG grade + 5.
 */
import type { Readability } from './types.js';
import type { TokenList } from './token-list.js';
import { continuesHyphenated, countSyllables, type Sentence } from './sentences.js';
import { work } from './work.js';

/** What a word form counts as, remembered per form in the checker's lexicon (0: not yet known). */
const NOT_A_WORD = 1; // no letter in it: a number, a symbol
const WORD = 2;
const POLYSYLLABLE = 3; // a word of three or more syllables

const LETTER = /\p{L}/u;
const ADDRESS_OR_SHORTHAND = /[./@]/;

function classify(norm: string): number {
  if (!LETTER.test(norm)) return NOT_A_WORD;
  // Web and email addresses ("jo.smith", "example.org") and shorthand ("c/o") are read as names,
  // not as long words: they must not push the reading age up.
  if (ADDRESS_OR_SHORTHAND.test(norm)) return WORD;
  return countSyllables(norm) >= 3 ? POLYSYLLABLE : WORD;
}

/** `text` is the checked text: without it, hyphenated words ("follow-up") count as two. */
export function measureReadability(tokens: TokenList, sentences: readonly Sentence[], text = ''): Readability {
  // A letter repeats its words, and a checker checks the same letter again and again: each form is
  // classified once (by the lexicon's form number), not each token on every check.
  const known = tokens.lexicon?.memo('readability');
  const forms = tokens.form;
  let words = 0;
  let polysyllables = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.isPlaceholder(i)) continue;
    let kind: number;
    if (known) {
      const form = forms[i];
      kind = known[form];
      if (kind === 0) known[form] = kind = classify(tokens.norm(i));
    } else kind = classify(tokens.norm(i));
    if (kind === NOT_A_WORD) continue;
    // "follow-up" is one word; each part's syllables are still counted on their own.
    if (!(text && i > 0 && continuesHyphenated(text, tokens, i))) words++;
    if (kind === POLYSYLLABLE) polysyllables++;
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
