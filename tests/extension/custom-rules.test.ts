import { describe, expect, it } from 'vitest';
import { applySuggestion, createChecker } from '../../engine/index.js';
import { withCustomPhrases } from '../../extension/background/custom-rules.js';
import { customRuleId } from '../../extension/protocol/ids.js';
import { textEdit } from '../../engine/apply.js';
import { realRuleset } from './real-ruleset.js';

const base = realRuleset();

describe("the organisation's own phrases", () => {
  it('are flagged with their lens, explanation and suggestion, alongside the built-in rules', () => {
    const ruleset = withCustomPhrases(base, [
      { phrase: '{hang|hold} in there', suggestion: 'we are here to help', lens: 'compassion', explanation: 'Sounds dismissive.' },
    ]);
    const findings = createChecker(ruleset).check('Hold in there. You failed to attend.');
    const custom = findings.find((f) => f.ruleId === customRuleId({ phrase: '{hang|hold} in there' }))!;
    expect(custom).toMatchObject({ actual: 'Hold in there', lens: 'compassion', message: 'Sounds dismissive.', suggestions: ['we are here to help'] });
    expect(findings.map((f) => f.ruleId)).toContain('failed-to-attend');
  });

  it('skip a phrase that cannot be read and keep the rest', () => {
    const ruleset = withCustomPhrases(base, [
      { phrase: '{unclosed', suggestion: '', lens: 'clarity', explanation: '' },
      { phrase: 'touch base', suggestion: 'talk', lens: 'clarity', explanation: '' },
    ]);
    expect(createChecker(ruleset).check('Let us touch base.').map((f) => f.actual)).toContain('touch base');
  });

  it('can be switched off like any rule', () => {
    const ruleset = withCustomPhrases(base, [{ phrase: 'touch base', suggestion: 'talk', lens: 'clarity', explanation: '' }]);
    expect(createChecker(ruleset).check('Let us touch base.', { disabledRules: [customRuleId({ phrase: 'touch base' })] })).toEqual([]);
  });
});

describe('textEdit: the smallest change a fix makes to the field', () => {
  it('replaces only what differs (the shared " today." stays untouched)', () => {
    expect(textEdit('You failed to attend today.', 'You did not come to today.')).toEqual({ start: 4, end: 20, insert: 'did not come to' });
  });

  it('a deletion takes its neighbouring space with it, as the engine decided', () => {
    const text = 'Thank you, love. We will write.';
    const f = { start: 9, end: 15, suggestions: [''] };
    const after = applySuggestion(text, f, 0);
    const edit = textEdit(text, after);
    expect(text.slice(0, edit.start) + edit.insert + text.slice(edit.end)).toBe(after);
  });
});
