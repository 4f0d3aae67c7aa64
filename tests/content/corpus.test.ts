/**
 * The blind corpus (tests/corpus, written from the guidance brief without seeing the rules):
 * the engine must catch at least 90% of the marked phrases and raise at most 1 finding per
 * 1,000 words on well-written letters.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { createChecker } from '../../engine/checker.js';
import { corpusFiles, scoreCorpus } from '../../scripts/evaluate-corpus.js';

const checker = createChecker(loadContent(undefined, { verifyExamples: false }).ruleset);
const score = scoreCorpus(checker);

describe('blind corpus', () => {
  it('has enough letters to mean something', () => {
    expect(corpusFiles('flagged').length).toBeGreaterThanOrEqual(30);
    expect(corpusFiles('clean').length).toBeGreaterThanOrEqual(20);
    expect(score.marks).toBeGreaterThanOrEqual(300);
    expect(score.cleanWords).toBeGreaterThanOrEqual(5000);
  });

  it('catches at least 90% of the phrases the guidance says to flag', () => {
    const sample = score.misses.slice(0, 40).map((m) => `${m.file}: "${m.phrase}"`);
    expect(score.recall, `missed ${score.misses.length}:\n${sample.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('raises at most 1 finding per 1,000 words on well-written letters', () => {
    const list = score.alarms.map((a) => `${a.file}:${a.finding.line} ${a.finding.ruleId} "${a.finding.actual}"`);
    expect(score.alarmsPer1000, list.join('\n')).toBeLessThanOrEqual(1);
  });
});
