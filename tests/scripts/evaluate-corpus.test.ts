/**
 * The corpus scorer reads each mark's lens from marks-by-lens.tsv, whichever way the writer named the
 * letter's file there ("flagged/01-x.txt" or "01-x.txt"): recall by lens is what the closing notes report.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { createChecker } from '../../engine/checker.js';
import { scoreCorpus } from '../../scripts/evaluate-corpus.js';

const checker = createChecker(loadContent(undefined, { verifyExamples: false }).ruleset);

function corpusWith(tsvName: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-corpus-'));
  mkdirSync(join(dir, 'flagged'));
  mkdirSync(join(dir, 'clean'));
  writeFileSync(join(dir, 'flagged/01-dna.txt'), 'audience: patient\n\nDear Mr Shah\n\nYou ⟪failed to attend⟫ your appointment. Take one tablet ⟪bd⟫.\n');
  writeFileSync(join(dir, 'clean/01-fine.txt'), 'audience: patient\n\nDear Mr Shah\n\nThank you for coming to see us.\n');
  writeFileSync(join(dir, 'marks-by-lens.tsv'), `file\tmarked_text\tlens\n${tsvName}\tfailed to attend\trespect\n${tsvName}\tbd\tclarity\n`);
  return dir;
}

describe('corpus scorer', () => {
  for (const name of ['flagged/01-dna.txt', '01-dna.txt']) {
    it(`counts recall by lens when the TSV names the file "${name}"`, () => {
      const score = scoreCorpus(checker, corpusWith(name));
      expect(score.byLens.respect).toEqual({ marks: 1, caught: 1 });
      expect(score.byLens.clarity).toEqual({ marks: 1, caught: 1 });
      expect(score.byLens.unknown).toBeUndefined();
    });
  }
});

describe('what catches a mark', () => {
  it('a long sentence that merely contains a missed phrase does not count as catching it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-corpus-'));
    mkdirSync(join(dir, 'flagged'));
    mkdirSync(join(dir, 'clean'));
    // "the gubbins" is no rule's phrase; the 40-word sentence around it is a long-sentence finding.
    const sentence = 'We wrote to you in March and again in April about ⟪the gubbins⟫ because we were worried that you might not have received our letters about the appointment that we had offered to you at the clinic on the hill near the station.';
    writeFileSync(join(dir, 'flagged/01-long.txt'), `audience: patient\n\nDear Mr Shah\n\n${sentence}\n`);
    writeFileSync(join(dir, 'marks-by-lens.tsv'), 'file\tmarked_text\tlens\nflagged/01-long.txt\tthe gubbins\tclarity\n');
    const score = scoreCorpus(checker, dir);
    expect(checker.check(sentence.replace(/[⟪⟫]/g, ''), { audience: 'patient' }).map((f) => f.ruleId)).toContain('long-sentence');
    expect(score.byLens.clarity).toEqual({ marks: 1, caught: 0 });
  });
});
