/** Each sentence longer than params.maxWords (default 25) is a finding. */
import { numberParam, type LetterCheck } from './context.js';

export const checkSentenceLength: LetterCheck = (ctx, rule) => {
  const max = numberParam(rule, 'maxWords', 25);
  return ctx.sentences
    .filter((s) => s.words > max)
    .map((s) => ({ start: s.start, end: s.end, message: `${rule.message} This sentence has ${s.words} words.` }));
};
