/** Properties that must hold for any text at all, checked with fast-check over generated letters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createChecker } from '../../engine/checker.js';
import { applySuggestion } from '../../engine/apply.js';
import { makeRuleset } from './make-ruleset.js';

const checker = createChecker(
  makeRuleset([
    { id: 'failed-to-attend', phrases: ['{fail|fails|failed} to attend'], suggestions: ['did not come to'] },
    { id: 'denies', phrases: ['denies'], suggestions: ['has not had'] },
    { id: 'just', phrases: ['just'], suggestions: [''], exceptions: ['just below'] },
    { id: 'sob', phrases: [{ match: 'SOB', case: 'sensitive', suggest: ['breathlessness'] }] },
    { id: 'love', phrases: ['^ love $'], suggestions: [''] },
    { id: 'mistakes', phrases: ['mistakes were made'], suggestions: ['we made mistakes'] },
  ]),
);

const words = ['you', 'failed', 'to', 'attend', 'denies', 'just', 'below', 'SOB', 'sob', 'love', 'mistakes', 'were', 'made', 'Dear', 'Sam', '[NAME]', '{{date}}', 'non-compliant'];
const seps = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '"', '\u201c', '\u201d', "'", '-', '\r\n', '\u200d', '\u0301', '\ud83d\ude00'];
/** Letter-like text built from phrase words and awkward separators, plus raw unicode. */
const letterish = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 60 }).map((parts) => parts.map(([w, s]) => w + s).join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('engine properties', () => {
  it('never throws, and every finding slices to its actual text', () => {
    fc.assert(
      fc.property(letterish, (text) => {
        const { findings } = checker.analyse(text);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.actual);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(letterish, (text) => {
      expect(checker.check(text)).toEqual(checker.check(text));
    }), { numRuns: 200 });
  });

  // Not "no finding at the same offset": deleting "love" in "you, love. love" legitimately slides
  // the next "love" into that offset. Fewer findings of the rule is the sound form, and it also
  // catches a suggestion that re-creates its own phrase.
  it('applying a suggestion removes that finding (the rule has fewer findings after)', () => {
    fc.assert(
      fc.property(letterish, fc.nat(), (text, pick) => {
        const findings = checker.check(text).filter((f) => f.suggestions.length > 0);
        if (findings.length === 0) return;
        const f = findings[pick % findings.length];
        const before = findings.filter((g) => g.ruleId === f.ruleId).length;
        const after = checker.check(applySuggestion(text, f, 0)).filter((g) => g.ruleId === f.ruleId).length;
        expect(after).toBeLessThan(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('a fix that slides the next occurrence into place still counts as removed', () => {
    const text = 'you, love. love ';
    const [first] = checker.check(text);
    expect(applySuggestion(text, first, 0)).toBe('you. love ');
    expect(checker.check('you. love ')).toHaveLength(1);
  });
});
