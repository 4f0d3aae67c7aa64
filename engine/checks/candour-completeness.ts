/**
 * When a letter is about something that went wrong, the duty of candour asks for an apology, a
 * true account, what happens next, support, and a named contact. The trigger and element phrases
 * are signals in the rule file; a phone number or email also counts as contact details.
 */
import type { CandourChecklist, CandourElement } from '../types.js';
import { hasContactDetails, signal, type LetterCheck, type LetterContext } from './context.js';

const ELEMENTS: readonly CandourElement[] = ['apology', 'account', 'next-steps', 'support', 'contact'];
const DESCRIPTIONS: Record<CandourElement, string> = {
  apology: 'a clear "sorry" for what happened',
  account: 'an account of what happened',
  'next-steps': 'what happens next',
  support: 'an offer of support',
  contact: 'a named contact with phone or email',
};

/**
 * A "sorry" counts unless it sits inside a non-apology ("we apologise for any inconvenience", "sorry
 * if you feel..."), which regrets the reader's feelings rather than what we did. Both lists are in
 * text order (by start), so one forward pass decides.
 */
function saysSorry(ctx: LetterContext): boolean {
  const hollow = signal(ctx, 'non-apology');
  let h = 0;
  let reach = -1; // the furthest end of the non-apologies that start at or before this "sorry"
  for (const s of signal(ctx, 'apology')) {
    for (; h < hollow.length && hollow[h].start <= s.start; h++) reach = Math.max(reach, hollow[h].end);
    if (reach < s.end) return true;
  }
  return false;
}

export function candourChecklist(ctx: LetterContext): CandourChecklist {
  const applies = ctx.audience !== 'clinician' && signal(ctx, 'went-wrong').length > 0;
  if (!applies) return { applies: false, present: [], missing: [] };
  const present: CandourElement[] = [];
  const missing: CandourElement[] = [];
  for (const element of ELEMENTS) {
    let found = element === 'apology' ? saysSorry(ctx) : signal(ctx, element).length > 0;
    if (element === 'contact') found = found && hasContactDetails(ctx.text);
    (found ? present : missing).push(element);
  }
  return { applies, present, missing };
}

export const checkCandourCompleteness: LetterCheck = (ctx, rule) => {
  const list = candourChecklist(ctx);
  if (!list.applies || list.missing.length === 0) return [];
  const anchor = signal(ctx, 'went-wrong')[0];
  const missing = list.missing.map((m) => DESCRIPTIONS[m]).join('; ');
  return [{ start: anchor.start, end: anchor.end, message: `${rule.message} Missing: ${missing}.` }];
};
