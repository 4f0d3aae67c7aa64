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
