/**
 * Examination tests named after two people, joined by a hyphen, with their result: "Hawkins-Kennedy
 * +ve", "Your Dix-Hallpike was negative", "a positive Phalen-Tinel test". The eponym finder
 * (engine/medical/eponyms.ts) needs a noun after the name ("Waterlow score"); clinic notes leave
 * the noun out, so here the shape is two capitalised names joined by a hyphen with a result or a
 * test word right after it (or "was" and a result), or "positive" or "negative" right before it. Not a person's double-barrelled surname: a title or a first name
 * before it ("Mrs Smith-Jones", "Anna Smith-Jones") leaves it alone. Reads a few tokens around
 * each hyphen, so the work stays linear.
 */
import { GAP_HARD } from '../tokenize.js';
import { written, type LetterContext } from './context.js';

export interface NamedTestSpan {
  start: number;
  end: number;
  headword: string;
}

const RESULT_AFTER = /^(?:positive|negative|ve|test|sign|manoeuvre|maneuver)$/;
const RESULT_BEFORE = /^(?:positive|negative)$/;
const LINK = /^(?:was|were|is|are)$/;
const DETERMINER = /^(?:the|a|an|your|his|her|their|our|my|this|that|its)$/;
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sister|nurse|dear|sir|lady|lord)$/;
/** A name: a capital, then lower-case letters (not a short form in capitals, "HAS-BLED"). */
const NAME = /^[A-Z][a-z\u00e0-\u00ff]+$/;

export function findNamedTests(ctx: LetterContext): NamedTestSpan[] {
  const { text, tokens } = ctx;
  const out: NamedTestSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Cheap first: a hyphen right after this token and a capital right after the hyphen.
    const end = tokens.end[i];
    if (text.charCodeAt(end) !== 45 || tokens.start[i + 1] !== end + 1) continue;
    const c = text.charCodeAt(end + 1);
    if (c < 65 || c > 90) continue;
    const first = text.slice(tokens.start[i], end);
    const second = written(ctx, i + 1);
    if (!NAME.test(first) || !NAME.test(second)) continue;
    // Part of a longer hyphenated name: "Newcastle-Under-Lyme".
    if (text.charCodeAt(tokens.end[i + 1]) === 45 || (tokens.start[i] > 0 && text.charCodeAt(tokens.start[i] - 1) === 45)) continue;
    if (i > 0 && tokens.gap[i] !== GAP_HARD) {
      const before = written(ctx, i - 1);
      // A title, or a first name (a capitalised word other than a determiner: "Your Dix-Hallpike").
      const firstName = NAME.test(before) && !DETERMINER.test(before.toLowerCase());
      if (TITLE.test(before.toLowerCase()) || firstName) continue;
    }
    // The result right after ("Hawkins-Kennedy +ve", "Phalen-Tinel sign"), after "was" ("Your
    // Dix-Hallpike was negative"), or right before ("a positive Phalen-Tinel").
    const next = (k: number) => (k < tokens.length && tokens.gap[k] !== GAP_HARD ? tokens.norm(k) : '');
    const result =
      (i > 0 && tokens.gap[i] !== GAP_HARD && RESULT_BEFORE.test(tokens.norm(i - 1))) ||
      RESULT_AFTER.test(next(i + 2)) ||
      (LINK.test(next(i + 2)) && RESULT_BEFORE.test(next(i + 3)));
    if (!result) continue;
    out.push({ start: i, end: i + 2, headword: `${first.toLowerCase()} ${second.toLowerCase()}` });
    i++;
  }
  return out;
}
