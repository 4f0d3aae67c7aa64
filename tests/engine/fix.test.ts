/**
 * planFix: the one fix function the extension, the site and the CLI share. A fix is an edit that
 * changes the text where the finding is, or nothing at all: never an empty edit (which an editor
 * turns into Backspace) and never an edit at offsets the text has moved away from.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { applyEdit, planFix } from '../../engine/apply.js';
import type { CompiledRuleset, Finding } from '../../engine/types.js';
import { exampleLetters, realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const first = (text: string, ruleId: string): Finding => {
  const f = checker.check(text).find((g) => g.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} finding in ${JSON.stringify(text)}`);
  return f;
};

describe('planFix', () => {
  it('turns block capitals into sentence case instead of an empty edit at the end of the text', () => {
    const text = 'PLEASE BRING YOUR LETTER\nThanks Jo';
    const f = first(text, 'block-capitals');
    const plan = planFix(text, f, 0);
    expect(plan.kind).toBe('edit');
    if (plan.kind !== 'edit') return;
    expect(plan.edit.end).toBeLessThanOrEqual(f.end);
    expect(applyEdit(text, plan.edit)).toBe('Please bring your letter\nThanks Jo');
  });

  it('says there is nothing to change rather than writing an empty edit', () => {
    const text = 'Call 01632 960001';
    const fake: Finding = { ...first('YOU FAILED TO ATTEND', 'failed-to-attend'), start: 5, end: 10, actual: '01632', suggestions: ['01632'] };
    expect(planFix(text, fake, 0)).toEqual({ kind: 'unchanged' });
  });

  it('refuses a fix whose words are no longer at the finding (the letter was edited after the check)', () => {
    const text = 'Dear Sam, you failed to attend your appointment.';
    const f = first(text, 'failed-to-attend');
    const edited = `Ref 12. ${text}`;
    expect(planFix(edited, f, 0)).toEqual({ kind: 'stale' });
  });

  it('deleting a word takes one neighbouring space with it (no double space)', () => {
    const text = 'It is just a scratch.';
    const f = first(text, 'just');
    const plan = planFix(text, f, f.suggestions.indexOf(''));
    expect(plan.kind).toBe('edit');
    if (plan.kind === 'edit') expect(applyEdit(text, plan.edit)).toBe('It is a scratch.');
  });

  it('never plans an empty edit for any suggestion of any finding in the example letters', () => {
    let edits = 0;
    for (const letter of exampleLetters()) {
      for (const f of checker.check(letter)) {
        f.suggestions.forEach((_, i) => {
          const plan = planFix(letter, f, i);
          if (plan.kind !== 'edit') return;
          edits++;
          expect(plan.edit.start === plan.edit.end && plan.edit.insert === '', `${f.ruleId} ${i}`).toBe(false);
          expect(applyEdit(letter, plan.edit)).not.toBe(letter);
        });
      }
    }
    expect(edits).toBeGreaterThan(100);
  });
});
