/**
 * Suggestions that read as English: every suggestion of every rule is applied to every Flag
 * example of that rule, with the example's audience, exactly as a click in the extension or on
 * the site applies it. Afterwards the rule must not flag the same place, and the sentence must not
 * have gained doubled words or spaces, broken capitals, a wrong "a"/"an", an empty bracket, a verb
 * that does not agree, or "you" for someone who is not the reader.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { createChecker } from '../../engine/checker.js';
import { applyFirstSuggestions, audienceCheckers } from '../../compiler/example-fix.js';
import { auditRule, type Failure } from './suggestion-audit.js';
import { ENGINE_GAPS, engineGap } from './engine-gaps.js';

const content = loadContent(undefined, { verifyExamples: false });
// Each audience's own suggestions, as the engine will offer them (see the last test below).
const checkerFor = audienceCheckers(content.ruleset);
const audits = new Map(content.rules.map((r) => [r.id, auditRule(checkerFor, r)]));

const show = (f: Failure) => `${f.where} [${f.kind}] "${f.suggestion}": ${f.detail}\n    -> ${f.after}`;

describe('suggestions read as English in their own Flag examples', () => {
  for (const rule of content.rules) {
    if (!rule.examples.some((e) => e.kind === 'flag')) continue;
    it(rule.id, () => {
      const failures = audits.get(rule.id)!.flatMap((a) => a.failures).filter((f) => !engineGap(f));
      expect(failures.map(show)).toEqual([]);
    });
  }

  // The engine capitalises a suggestion at a sentence start; a capital written into one is kept for
  // a name ("Black", "Deaf", "Down's syndrome"), an abbreviation, "I", or a greeting.
  it('writes suggestions in lower case except names, abbreviations, "I" and greetings', () => {
    const NAMES = new Set(['I', 'Deaf', 'Black', 'White', 'East', "Down's", 'Dear']);
    const capitalised = content.rules.flatMap((r) => {
      const lists = [r.suggestions, ...Object.values(r.suggestionsByAudience), ...r.phrases.flatMap((p) => [p.suggest ?? [], ...Object.values(p.suggestByAudience ?? {})])];
      return lists.flat().filter((s) => {
        const word = /^[\p{L}'&]+/u.exec(s)?.[0];
        return !!word && /^\p{Lu}/u.test(word) && !NAMES.has(word) && !/\p{Lu}/u.test(word.slice(1));
      }).map((s) => `${r.id}: "${s}"`);
    });
    expect(capitalised).toEqual([]);
  });

  it('applies a suggestion in the Flag examples of every rule that has one', () => {
    const withSuggestions = content.rules.filter((r) => r.suggestions.length || r.phrases.some((p) => p.suggest?.length));
    const applied = new Set([...audits.values()].flat().map((a) => a.rule));
    expect(withSuggestions.map((r) => r.id).filter((id) => !applied.has(id))).toEqual([]);
  });
});

// A Flag example's "- Fixed:" line is the text after a click on the first suggestion of each of its
// findings (compiler/load-content.ts checks the same at build time, with file:line errors).
describe('expected fixed text', () => {
  for (const rule of content.rules) {
    for (const ex of rule.examples.filter((e) => e.fixed !== undefined)) {
      it(`${rule.id} (${rule.file}:${ex.fixedLine})`, () => {
        expect(applyFirstSuggestions(checkerFor(ex.audience), rule.id, ex)).toBe(ex.fixed);
      });
    }
  }

  it('every rule with a one-click fix shows one in a "Fixed:" line', () => {
    const missing = content.rules.filter((r) => {
      const flags = r.examples.filter((e) => e.kind === 'flag');
      const fixable = flags.some((e) => applyFirstSuggestions(checkerFor(e.audience), r.id, e) !== null);
      return fixable && !flags.some((e) => e.fixed !== undefined);
    });
    expect(missing.map((r) => r.id)).toEqual([]);
  });
});

describe('engine gaps (tests/content/engine-gaps.ts)', () => {
  const all = [...audits.values()].flat().flatMap((a) => a.failures);
  for (const gap of ENGINE_GAPS) {
    it(`${gap.id} still happens: when the engine fixes it, delete it from the list`, () => {
      expect(all.filter((f) => engineGap(f) === gap).length).toBeGreaterThan(0);
    });
  }

  // Lists by audience (suggestionsFor, suggestFor) reach each audience through engine/checker.ts:
  // the engine itself offers what the per-audience rulesets above offer.
  it('the engine offers each audience its own suggestions', () => {
    const plain = createChecker(content.ruleset);
    const differs = content.rules.flatMap((r) => r.examples.filter((e) => e.kind === 'flag' && e.audience !== 'patient').map((e) => ({ r, e })))
      .some(({ r, e }) => {
        const mine = (c: typeof plain) => JSON.stringify(c.analyse(e.text, { audience: e.audience }).findings.filter((f) => f.ruleId === r.id).map((f) => f.suggestions));
        return mine(plain) !== mine(checkerFor(e.audience));
      });
    expect(differs).toBe(false);
  });
});
