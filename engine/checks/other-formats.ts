/** A letter of any length should offer other formats (Accessible Information Standard). */
import { anchorAtEnd, looksLikeLetter, numberParam, signal, wordCount, type LetterCheck } from './context.js';

export const checkOtherFormats: LetterCheck = (ctx, rule) => {
  if (ctx.audience === 'clinician' || !looksLikeLetter(ctx)) return [];
  if (wordCount(ctx) < numberParam(rule, 'minWords', 120)) return [];
  if (signal(ctx, 'other-formats').length > 0) return [];
  return [anchorAtEnd(ctx)];
};
