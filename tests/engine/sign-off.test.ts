/** A letter is recognised by its sign-off, whichever of the usual ones the writer chose. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const missingGreeting = (text: string) => checker.analyse(text, { audience: 'patient' }).summary.checklist.some((c) => c.ruleId === 'greeting-missing');

describe('sign-offs', () => {
  it.each(['Sincerely yours', 'Yours sincerely', 'Kind regards', 'Best wishes', 'With best wishes', 'Warm regards', 'Yours faithfully', 'Sincerely', 'Regards', 'Many thanks', 'Best regards', 'With kind regards', 'All the best'])(
    '"%s" makes it a letter, so a missing greeting is noticed',
    (signOff) => {
      expect(missingGreeting(`Your blood test results are back and they are normal.\n\n${signOff},\nJo Smith`)).toBe(true);
    },
  );

  it('"sincerely" inside a sentence is not a sign-off', () => {
    expect(missingGreeting('We sincerely apologise for the delay to your appointment.')).toBe(false);
  });
});
