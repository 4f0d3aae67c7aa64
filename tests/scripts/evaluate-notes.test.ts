/**
 * The notes scorer's jargon recall is the figure the closing notes report for real clinical notes:
 * only a finding about the word counts as catching a marked term.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { createChecker } from '../../engine/checker.js';
import { scoreNotes } from '../../scripts/evaluate-notes.js';

const checker = createChecker(loadContent(undefined, { verifyExamples: false }).ruleset);

function notesWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-notes-'));
  writeFileSync(join(dir, '01-row0001.txt'), text);
  return dir;
}

describe('notes scorer', () => {
  it('counts a marked term as caught when a finding flags the term', () => {
    const score = scoreNotes(checker, notesWith('The patient has ⟪COPD⟫ and was seen today.\n'));
    expect(score).toMatchObject({ marks: 1, caught: 1, firstMarks: 1, firstCaught: 1 });
  });

  // Found in session 15: long sentences that held a marked word counted it as caught, so the
  // figure fell when the long-sentence rule got stricter, with no medical word flagged less.
  it('does not count a term as caught by a long sentence that holds it', () => {
    const sentence = 'Following a comprehensive discussion at the departmental meeting, the consultant recommended continuation of the ⟪zorblaxine⟫ therapy, with appropriate monitoring, subject to satisfactory kidney function and a favourable individual assessment of bleeding risk.\n';
    const findings = checker.check(sentence.replace(/[⟪⟫]/g, ''), { audience: 'patient' });
    expect(findings.map((f) => f.ruleId)).toContain('long-sentence');
    expect(findings.some((f) => f.ruleId !== 'long-sentence' && f.actual === 'zorblaxine')).toBe(false);
    expect(scoreNotes(checker, notesWith(sentence))).toMatchObject({ marks: 1, caught: 0 });
  });
});
