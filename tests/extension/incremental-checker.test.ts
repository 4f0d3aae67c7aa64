import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createChecker, type Finding } from '../../engine/index.js';
import { createIncrementalChecker } from '../../extension/in-page/incremental-checker.js';
import { exampleLetters, realRuleset } from './real-ruleset.js';
import { loadContent } from '../../compiler/load-content.js';

const ruleset = realRuleset();
const full = createChecker(ruleset);
const incremental = createIncrementalChecker(ruleset);
const letters = exampleLetters();
const paragraphs = letters.flatMap((l) => l.split(/\n\s*\n/)).filter((p) => p.trim());
const shape = (fs: Finding[]) => fs.map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.line}:${f.column} ${f.suggestions.join('|')}`);

describe('checking paragraph by paragraph', () => {
  it('finds exactly what a full check finds in every example letter, for every audience', () => {
    for (const letter of letters) {
      for (const audience of ['patient', 'parent', 'carer', 'clinician'] as const) {
        expect(shape(incremental.check(letter, { audience }))).toEqual(shape(full.check(letter, { audience })));
      }
    }
  });

  it('finds exactly what a full check finds in every rule example, including a phrase under another rule\'s "*"', () => {
    // "You were seen in the TIA clinic": "TIA" sits in the wildcard of a longer finding from the
    // other half of the incremental checker, so it must be kept, as a full check keeps it.
    const examples = loadContent(undefined, { verifyExamples: false }).rules.flatMap((r) => r.examples);
    expect(examples.length).toBeGreaterThan(2000);
    for (const ex of examples) {
      const options = { audience: ex.audience };
      expect(shape(incremental.check(ex.text, options)), ex.text).toEqual(shape(full.check(ex.text, options)));
    }
  });

  it('finds exactly what a full check finds in any mix of paragraphs, edited or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n \n', '\n\n\n'), (picked, gap) => {
        const text = picked.join(gap);
        expect(shape(incremental.check(text, {}))).toEqual(shape(full.check(text, {})));
        // An edit in one paragraph (the cache serves the others).
        const edited = `${text} You failed to attend.`;
        expect(shape(incremental.check(edited, {}))).toEqual(shape(full.check(edited, {})));
      }),
      { numRuns: 60 },
    );
  });

  it('honours switched-off rules, and a changed setting is not served from the cache', () => {
    const text = 'Dear Sam,\n\nYou failed to attend your appointment.';
    expect(incremental.check(text, {}).map((f) => f.ruleId)).toContain('failed-to-attend');
    expect(incremental.check(text, { disabledRules: ['failed-to-attend'] }).map((f) => f.ruleId)).not.toContain('failed-to-attend');
  });

  it('summarises the letter like the engine does', () => {
    const letter = letters[0];
    const a = incremental.summary(letter, {});
    const b = full.analyse(letter, {}).summary;
    expect(a).toEqual(b);
  });
});
