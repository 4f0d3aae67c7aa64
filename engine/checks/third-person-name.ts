/**
 * In a letter that opens "Dear Mrs Khan", later mentions of "Mrs Khan" write about the reader
 * instead of to them.
 */
import type { LetterCheck } from './context.js';
import { readGreeting, TITLES } from './greeting-name.js';

export const checkThirdPersonName: LetterCheck = (ctx) => {
  if (ctx.audience !== 'patient') return [];
  const greeting = readGreeting(ctx.text);
  if (!greeting) return [];
  const surname = greeting.name;
  const afterGreeting = greeting.end;
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
