/**
 * The candour grammar checks (premature-reassurance, shifted-blame) give way to a candour phrase
 * rule on the same words, so the clinician sees one card, but never to another lens's finding: a
 * jargon word inside a reassurance is a second point, not the same one.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const rulesFound = (text: string) => checker.check(text, { audience: 'patient' }).map((f) => `${f.ruleId}: ${f.actual}`);

describe('candour grammar checks and overlapping findings', () => {
  it('keep a reassurance that holds a clarity word ("prognosis")', () => {
    const found = rulesFound('I am sorry for the delay in your treatment. It is unlikely the wait has changed your prognosis.');
    expect(found).toContain('premature-reassurance: unlikely the wait has changed your prognosis');
    expect(found).toContain('prognosis-outlook: prognosis');
  });

  it('give way to a candour phrase rule on the same words: one card, not two', () => {
    const found = rulesFound('I am sorry for the delay in your diagnosis. I am sure this will not have made any difference to your treatment.');
    expect(found.filter((f) => f.startsWith('will-not-affect-your-outcome'))).toHaveLength(1);
    expect(found.filter((f) => f.startsWith('premature-reassurance'))).toEqual([]);
  });

  it('stay quiet in a letter about nothing that went wrong', () => {
    const found = rulesFound('I am confident that the new tablets will not affect your driving. The doctor you saw was a locum, Dr Shah.');
    expect(found.filter((f) => f.startsWith('premature-reassurance') || f.startsWith('shifted-blame'))).toEqual([]);
  });
});
