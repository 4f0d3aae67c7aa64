/**
 * The content contract: every rule file's examples run as tests, every file is complete, and the
 * whole library meets the coverage the guidance asks for.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { countPhrasings } from '../../compiler/compile-ruleset.js';
import { createChecker } from '../../engine/checker.js';
import { LENSES } from '../../engine/types.js';

const content = loadContent(undefined, { verifyExamples: false });
const checker = createChecker(content.ruleset);

describe('rule examples', () => {
  for (const rule of content.rules) {
    describe(rule.id, () => {
      for (const ex of rule.examples) {
        it(`${ex.kind} (${rule.file}:${ex.line}): ${ex.text.slice(0, 60)}`, () => {
          const { findings, summary } = checker.analyse(ex.text, { audience: ex.audience });
          const found = [...findings, ...summary.checklist].filter((f) => f.ruleId === rule.id);
          if (ex.kind === 'fine') expect(found.map((f) => f.actual)).toEqual([]);
          else {
            const spans = (list: Array<{ start: number; end: number }>) => list.map((m) => ex.text.slice(m.start, m.end) + `@${m.start}`).sort();
            expect(spans(found)).toEqual(spans(ex.marks));
          }
        });
      }
    });
  }
});

describe('rule contract', () => {
  it('has at least 100 rules catching at least 400 distinct phrasings', () => {
    expect(content.rules.length).toBeGreaterThanOrEqual(100);
    expect(countPhrasings(content.ruleset)).toBeGreaterThanOrEqual(400);
  });

  it('has a value page for every lens, and every lens has rules', () => {
    expect(content.values.map((v) => v.lens).sort()).toEqual([...LENSES].sort());
    for (const lens of LENSES) expect(content.rules.filter((r) => r.lens === lens).length).toBeGreaterThan(3);
  });

  for (const rule of content.rules) {
    it(`${rule.id} is complete`, () => {
      expect(rule.examples.filter((e) => e.kind === 'flag').length).toBeGreaterThanOrEqual(2);
      expect(rule.examples.filter((e) => e.kind === 'fine').length).toBeGreaterThanOrEqual(2);
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.message.length).toBeGreaterThan(20);
      if (rule.lens === 'clarity' && rule.check === 'phrase') expect(rule.audiences).not.toContain('clinician');
    });
  }
});

describe('example letters', () => {
  it('has at least 10 letters covering the required kinds', () => {
    expect(content.letters.length).toBeGreaterThanOrEqual(10);
    const types = new Set(content.letters.map((l) => l.type));
    for (const t of ['missed-appointment', 'was-not-brought', 'results', 'clinic-letter', 'candour', 'complaint-response', 'discharge-summary', 'text-reminder', 'mental-health', 'learning-disability', 'older-person']) {
      expect(types, `a letter of type ${t}`).toContain(t);
    }
  });

  for (const letter of content.letters) {
    describe(letter.id, () => {
      it('every rule named in "What changed" fires on the Before letter', () => {
        const { findings, summary } = checker.analyse(letter.before, { audience: letter.audience });
        const fired = new Set([...findings, ...summary.checklist].map((f) => f.ruleId));
        const named = letter.changes.flatMap((c) => c.rules);
        expect(named.length).toBeGreaterThan(0);
        for (const id of named) expect(fired, `${letter.file}: ${id}`).toContain(id);
      });
      it('the After letter raises no error or warning', () => {
        const bad = checker.check(letter.after, { audience: letter.audience }).filter((f) => f.severity !== 'advice');
        expect(bad.map((f) => `${f.ruleId}: "${f.actual}"`)).toEqual([]);
      });
      it('the After letter reads at age 13 or under and has no sentence over 25 words', () => {
        const { summary } = checker.analyse(letter.after, { audience: letter.audience });
        expect(summary.readability.readingAge).toBeLessThanOrEqual(13);
        expect(summary.readability.longestSentenceWords).toBeLessThanOrEqual(25);
      });
    });
  }
});
