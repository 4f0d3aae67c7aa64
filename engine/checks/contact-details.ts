/** A letter should say how to get in touch: a phone number or an email address. */
import { anchorAtEnd, hasContactDetails, looksLikeLetter, type LetterCheck } from './context.js';

export const checkContactDetails: LetterCheck = (ctx) => {
  if (ctx.audience === 'clinician' || !looksLikeLetter(ctx) || hasContactDetails(ctx.text)) return [];
  return [anchorAtEnd(ctx)];
};
