/**
 * The suggestion format's compile-time parts: $1 slots (and $1:you), and lists by audience in the
 * compiled ruleset.
 */
import { describe, expect, it } from 'vitest';
import { expandPattern } from '../../engine/patterns.js';
import { createChecker } from '../../engine/checker.js';
import { expandWithSlots, fillSlots, youForm } from '../../compiler/pattern-slots.js';
import { forAudience, hasAudienceLists } from '../../compiler/audience-suggestions.js';
import { loadContent } from '../../compiler/load-content.js';

const content = loadContent(undefined, { verifyExamples: false });

describe('slots', () => {
  it('expand every pattern in content/ to exactly the phrasings the engine expands', () => {
    const patterns = content.rules.flatMap((r) => r.phrases.map((p) => p.match));
    for (const p of patterns) expect(expandWithSlots(p).map((e) => e.phrasing), p).toEqual(expandPattern(p));
  });

  it('record what each top-level group matched, "" for an optional part left out', () => {
    expect(expandWithSlots('I [have] {again|once {more|again}} told').map((e) => e.slots)).toEqual([
      ['have', 'again'], ['have', 'once more'], ['have', 'once again'], ['', 'again'], ['', 'once more'], ['', 'once again'],
    ]);
    expect(fillSlots('$1 have told', ['I'])).toBe('I have told');
    expect(fillSlots('I $1 told', [''])).toBe('I told');
  });

  it('$1:you gives the verb its form after "you"', () => {
    const cases: Record<string, string> = { has: 'have', is: 'are', was: 'were', does: 'do', "doesn't": "don't", says: 'say', denies: 'deny', watches: 'watch', misses: 'miss', uses: 'use', 'has been': 'have been' };
    for (const [he, you] of Object.entries(cases)) expect(youForm(he)).toBe(you);
    expect(fillSlots('you $2:you', ['the', 'reports'])).toBe('you report');
  });
});

describe('suggestions by audience', () => {
  it('are in the compiled ruleset beside the lists every audience gets', () => {
    expect(hasAudienceLists(content.ruleset)).toBe(true);
  });

  it('give a carer and a parent the person\'s name, never "you"', () => {
    const text = 'The patient was seen in the chest clinic.';
    const offered = (audience: 'patient' | 'carer' | 'parent') =>
      createChecker(forAudience(content.ruleset, audience)).check(text, { audience }).find((f) => f.ruleId === 'the-patient')!.suggestions;
    expect(offered('patient')).toEqual(['you were']);
    expect(offered('carer')).toEqual(['[name] was', 'your [mother] was']);
    expect(offered('parent')).toEqual(["[child's name] was", 'your child was']);
  });

  it('offer "was not brought" to parents only', () => {
    const brought = (audience: 'patient' | 'carer' | 'parent' | 'clinician') =>
      createChecker(forAudience(content.ruleset, audience)).check('Sam failed to attend the clinic.', { audience }).flatMap((f) => f.suggestions).some((s) => /brought/.test(s));
    expect(brought('parent')).toBe(true);
    for (const a of ['patient', 'carer', 'clinician'] as const) expect(brought(a), a).toBe(false);
  });
});
