/** A letter (it has a sign-off) should open with "Dear" and the person's name. */
import { looksLikeLetter, signal, type LetterCheck } from './context.js';

export const checkGreeting: LetterCheck = (ctx) => {
  if (ctx.audience === 'clinician' || !looksLikeLetter(ctx) || ctx.tokens.length === 0) return [];
  if (signal(ctx, 'greeting').length > 0) return [];
  const first = ctx.tokens.start[0];
  const lineEnd = ctx.text.indexOf('\n', first);
  const end = lineEnd < 0 ? ctx.text.length : lineEnd;
  const line = ctx.text.slice(first, end).trimEnd();
  return [{ start: first, end: first + line.length }];
};
