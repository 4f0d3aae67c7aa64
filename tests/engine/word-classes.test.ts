/**
 * A check that reads a rule file's words inside a longer pattern ("which was reported", "(left)")
 * builds its regex from the class (WordClasses.alternation): a word is read as itself, never as
 * regex syntax, and a ruleset without the class (a trust's cut-down ruleset) leaves the check quiet
 * rather than matching everything.
 */
import { describe, expect, it } from 'vitest';
import { WordClasses } from '../../engine/checks/words.js';
import type { CompiledRule } from '../../engine/types.js';

const rule = (words: Record<string, string[]>) => ({ params: { words } }) as unknown as CompiledRule;

describe('word classes as regex alternatives', () => {
  const w = new WordClasses([rule({ grades: ['mild', 'left', 'e.g.', 'a+b'], links: ['stands for', 'such as'] })]);

  it('reads each word literally, whole', () => {
    const grade = new RegExp(`^\\(${w.alternation('grades')}\\)$`);
    expect(['(mild)', '(left)', '(e.g.)', '(a+b)'].map((s) => grade.test(s))).toEqual([true, true, true, true]);
    expect(['(exg.)', '(aab)', '(mil)'].map((s) => grade.test(s))).toEqual([false, false, false]);
  });

  it('reads a space in a phrase as written, or as any spaces when the check asks', () => {
    expect(new RegExp(`^${w.alternation('links')}$`).test('stands for')).toBe(true);
    expect(new RegExp(`^${w.alternation('links')}$`).test('stands\n for')).toBe(false);
    expect(new RegExp(`^${w.alternation('links', '\\s+')}$`).test('stands\n for')).toBe(true);
  });

  it('matches nothing when the ruleset lacks the class', () => {
    const missing = new RegExp(`^\\s*${w.alternation('no-such-class')}`);
    expect(['', ' ', 'mild'].some((s) => missing.test(s))).toBe(false);
  });
});

describe("a check's messages from the rule files (params.messages)", () => {
  const w = new WordClasses([{ params: { messages: { 'dose-time': '"{0}" is prescription shorthand for "{1}". Write "{1}".' } } } as unknown as CompiledRule]);

  it('fills in each numbered place, every time it appears', () => {
    expect(w.say('dose-time', 'bd', 'twice a day')).toBe('"bd" is prescription shorthand for "twice a day". Write "twice a day".');
  });

  it('gives nothing (the finding takes its rule\'s own message) when the ruleset lacks the message', () => {
    expect(w.say('no-such-message', 'bd')).toBeUndefined();
  });

  it('a finding in a real letter reads its message from the rule file', async () => {
    const { createChecker } = await import('../../engine/checker.js');
    const { realRuleset } = await import('../extension/real-ruleset.js');
    const [side] = createChecker(realRuleset()).check('Pain in the L knee.', { audience: 'patient' });
    expect(side.message).toBe('"L" is shorthand for left. Write "left" so the reader knows which side you mean.');
  });
});
