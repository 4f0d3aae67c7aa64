/**
 * The reader-pronoun check ("she" for the reader of a letter to Mrs Khan) looks words up in its
 * pronoun tables. A word that names a property every JavaScript object has ("constructor",
 * "toString") is no pronoun: it was flagged, with a function for its suggestion.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset());
const letter = (body: string) => `Dear Mrs Khan,\n\n${body}\n\nYours sincerely,\nDr Amina Rahman`;
const pronounFindings = (text: string) => checker.check(text).filter((f) => f.ruleId === 'reader-as-he-or-she');

describe('reader pronoun', () => {
  it('still flags "she" for the reader', () => {
    const [f] = pronounFindings(letter('Thank you for coming. She was seen in clinic.'));
    expect(f.actual).toBe('She was');
    expect(f.suggestions).toEqual(['you were']);
  });

  it('leaves words that name built-in object properties alone', () => {
    expect(pronounFindings(letter('The constructor of the valueOf toString hasOwnProperty came.'))).toEqual([]);
    // After "she", a verb named like a built-in property is no verb to agree with.
    expect(pronounFindings(letter('Thank you. She constructor.')).map((f) => f.suggestions)).toEqual([['you']]);
  });
});
