/**
 * The extension checks a letter on every pause in typing with the paragraph cache on
 * (engine/paragraph-cache.ts): each paragraph's phrase matches are kept by its text. Its findings
 * must be exactly a full check's, as the rest of the check (overlaps included) is the same code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createChecker, withExtraPhrases, type Finding } from '../../engine/index.js';
import { PhraseMatcher } from '../../engine/matcher.js';
import { exampleLetters, realRuleset } from '../extension/real-ruleset.js';
import { loadContent } from '../../compiler/load-content.js';

const ruleset = realRuleset();
const full = createChecker(ruleset);
const incremental = createChecker(ruleset, { cacheParagraphs: true });
const letters = exampleLetters();
const paragraphs = letters.flatMap((l) => l.split(/\n\s*\n/)).filter((p) => p.trim());
const shape = (fs: Finding[]) => fs.map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.line}:${f.column} ${f.suggestions.join('|')} ${JSON.stringify(f.wildcards ?? [])}`);

afterEach(() => vi.restoreAllMocks());

describe('checking paragraph by paragraph', () => {
  it('finds exactly what a full check finds in every example letter, for every audience', () => {
    for (const letter of letters) {
      for (const audience of ['patient', 'parent', 'carer', 'clinician'] as const) {
        expect(shape(incremental.check(letter, { audience }))).toEqual(shape(full.check(letter, { audience })));
      }
    }
  });

  it('finds exactly what a full check finds in every rule example, including a phrase under another rule\'s "*"', () => {
    // "You were seen in the TIA clinic": "TIA" (a whole-letter rule's) sits in the wildcard of a
    // longer finding from a per-paragraph trie, so it must be kept, as a full check keeps it.
    const examples = loadContent(undefined, { verifyExamples: false }).rules.flatMap((r) => r.examples);
    expect(examples.length).toBeGreaterThan(2000);
    for (const ex of examples) {
      const options = { audience: ex.audience };
      expect(shape(incremental.check(ex.text, options)), ex.text).toEqual(shape(full.check(ex.text, options)));
    }
  }, 120_000); // 2,000 examples read from the content and checked twice: a backstop for a loaded machine

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

  it('treats a line of spaces between paragraphs as the quote pairing does (it does not end a quotation)', () => {
    // The quote opened before "\n \n" closes after it, so "You failed to attend" is quoted (the
    // writer's report of someone's words) until the opening mark goes: the paragraph after the
    // line of spaces is the same text both times, but its findings are not.
    const cached = createChecker(ruleset, { cacheParagraphs: true });
    const quoted = 'Dear Sam,\n\nHe said "we\n \nYou failed to attend." Then he left.\n\nYours sincerely,\nDr Lee';
    const unquoted = quoted.replace('"we', 'we');
    for (const text of [quoted, unquoted]) expect(shape(cached.check(text))).toEqual(shape(full.check(text)));
    expect(full.check(unquoted).map((f) => f.ruleId)).toContain('failed-to-attend');
  });

  it('honours switched-off rules, and a changed setting is not served from the cache', () => {
    const text = 'Dear Sam,\n\nYou failed to attend your appointment.';
    expect(incremental.check(text, {}).map((f) => f.ruleId)).toContain('failed-to-attend');
    expect(incremental.check(text, { disabledRules: ['failed-to-attend'] }).map((f) => f.ruleId)).not.toContain('failed-to-attend');
  });

  it('summarises the letter like the engine does', () => {
    const letter = letters[0];
    const a = incremental.analyse(letter, {}).summary;
    const b = full.analyse(letter, {}).summary;
    expect(a).toEqual(b);
  });

  it("finds an organisation's own phrases (checked per paragraph too) as a full check does", () => {
    const extra = withExtraPhrases(ruleset, [{ id: 'custom-touch-base', title: 'touch base', lens: 'clarity', severity: 'warning', audiences: ['patient'], message: 'Say what you mean.', suggestions: ['talk'], check: 'phrase' }], (offset) => [{ rule: offset, tokens: ['touch', 'base'] }]);
    const text = 'Dear Sam,\n\nWe will touch base next week.\n\nYou failed to attend. Let us touch base.';
    const cached = createChecker(extra, { cacheParagraphs: true });
    expect(shape(cached.check(text))).toEqual(shape(createChecker(extra).check(text)));
    expect(cached.check(text).filter((f) => f.ruleId === 'custom-touch-base')).toHaveLength(2);
  });

  it('walks the phrase trie again over the edited paragraph only', () => {
    const letter = letters.find((l) => l.split(/\n\s*\n/).filter((p) => p.trim()).length >= 4)!;
    const cached = createChecker(ruleset, { cacheParagraphs: true });
    cached.check(letter);
    const original = PhraseMatcher.prototype.findInto;
    const walked: number[] = [];
    vi.spyOn(PhraseMatcher.prototype, 'findInto').mockImplementation(function (this: PhraseMatcher, list, out, from = 0, to = list.length) {
      walked.push(to - from);
      original.call(this, list, out, from, to);
    });
    cached.check(`${letter} You failed to attend.`);
    // The one trie (the phrase rules' and those whose rules need the whole letter) over the last
    // paragraph alone: each paragraph's matches are its own, whichever kind of phrase found them.
    const lastParagraph = letter.trim().split(/\n\s*\n/).pop()!;
    expect(walked).toHaveLength(1);
    for (const n of walked) expect(n).toBeLessThanOrEqual(lastParagraph.split(/\s+/).length + 8);
  });
});
