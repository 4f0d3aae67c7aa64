/**
 * "She was referred by her optometrist", "He attended with his son", "She has disengaged from her
 * care coordinator": someone who comes into a letter as the reader's own ("her optometrist"), and
 * not as the subject of the sentence, is in play only until that sentence ends. The next sentence's
 * "She has not noticed any problem" is still the reader. Someone who opens a sentence or a clause
 * ("Her daughter rang us", "and his son says") may be the "he" or "she" of what follows, and stops
 * the reader-pronoun check as any other person does. So does anyone else, except a relative
 * given alone in brackets ("a family history of glaucoma (brother)").
 */
import { GAP_HARD } from '../tokenize.js';
import type { LetterContext } from './context.js';

/** One describing word may come between: "her eldest daughter", "his new GP". */
const MAX_BEFORE = 2;

/**
 * Whether the person word at i is the reader's own ("his optometrist", "her eldest daughter") in
 * a place that is not a subject: then it stands only for the rest of its sentence.
 */
export function possessedObject(ctx: LetterContext, i: number, gender: 'he' | 'she', person: 'he' | 'she' | null): boolean {
  const { tokens } = ctx;
  // "attended with an interpreter", "came with a friend": someone along with the reader, not a subject.
  const a = i > 2 ? tokens.norm(i - 1) : '';
  if ((a === 'a' || a === 'an') && tokens.norm(i - 2) === 'with') return true;
  for (let p = i - 1; p >= 0 && p >= i - MAX_BEFORE; p--) {
    if (tokens.gap[p + 1] === GAP_HARD) return false;
    // The reader's own is "his" or "her", or "your" in a letter that speaks to the reader in both
    // persons ("referred by your GP. He was ..."), but only someone who has no gender: in a letter
    // to Mr Farrant, "he" after "your father" is the father (a complaint about his care was told
    // it was written about the reader).
    const own = tokens.norm(p);
    if (own !== (gender === 'he' ? 'his' : 'her') && (own !== 'your' || person !== null)) continue;
    if (p === 0 || tokens.gap[p] === GAP_HARD) return false; // "His son rang us."
    // After "and", "as", "because"... ("and her son said") it opens a clause: the reader-as-he-or-she
    // rule's clause-openers, in its Markdown to keep the content script small.
    return !ctx.words.set('clause-openers').has(tokens.norm(p - 1));
  }
  return false;
}

/** "FHx of glaucoma (brother)": a person word that is all there is between brackets. */
export function bracketedAlone(ctx: LetterContext, i: number): boolean {
  const { text, tokens } = ctx;
  return text.charCodeAt(tokens.start[i] - 1) === 40 && text.charCodeAt(tokens.end[i]) === 41;
}


/**
 * "this 23 year old student", "this pleasant confused 81 year old widow" (six words back): a person word after "this" in a letter
 * about its reader is the reader named again. Not "this patient's daughter" (someone else's).
 */
export function thisPerson(ctx: LetterContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    if (tokens.gap[k + 1] === GAP_HARD) return false;
    const norm = tokens.norm(k);
    if (norm.endsWith("'s") || norm.endsWith('\u2019s')) return false;
    if (norm === 'this') return true;
    // Words that end a description ("this leaflet for your carer"): the rule's not-describing.
    if (ctx.words.set('not-describing').has(norm)) return false;
  }
  return false;
}
