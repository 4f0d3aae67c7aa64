/**
 * In a letter that opens "Dear Mrs Khan", later mentions of "Mrs Khan" write about the reader
 * instead of to them.
 */
import type { LetterCheck } from './context.js';

const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Master';
// "Dear" starts a line after spaces, but no line break: [^\S\r\n\u2028\u2029] is \s less the
// line ends that ^ (with m) starts a line after. With ^\s*, every line start in a run of blank
// lines read the rest of the run again: 2,000 of them took 5 to 13 ms a check. (Bounded by the
// 2,000 characters read, but it ran on every keystroke.) What is found is the same: a match from
// the first blank line can only go on from the greeting's own line, so the greeting, the name and
// where the match ends do not change; only the match's start is the greeting's line.
const GREETING = new RegExp(`^[^\\S\\r\\n\\u2028\\u2029]*Dear\\s+(?:(?:${TITLES})\\.?\\s+)?(?:[A-Z][\\p{L}'’-]*\\s+)*([A-Z][\\p{L}'’-]+)\\s*,?\\s*$`, 'mu');

export const checkThirdPersonName: LetterCheck = (ctx) => {
  if (ctx.audience !== 'patient') return [];
  const greeting = GREETING.exec(ctx.text.slice(0, 2000));
  if (!greeting) return [];
  const surname = greeting[1];
  const afterGreeting = greeting.index + greeting[0].length;
  // Every mention contains the surname as written: most letters never repeat it, and indexOf is far
  // cheaper than the Unicode regex below.
  if (ctx.text.indexOf(surname, afterGreeting) < 0) return [];
  const mention = new RegExp(`\\b(?:${TITLES})\\.?\\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu');
  mention.lastIndex = afterGreeting;
  const hits = [];
  for (let m; (m = mention.exec(ctx.text)); ) {
    hits.push({ start: m.index, end: m.index + m[0].length, suggestions: ['you'] });
  }
  return hits;
};
