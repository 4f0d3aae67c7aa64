/**
 * The grammar checks' first test on every word (checks/context.ts formFilter) is worked out once
 * per word form, not once per word: counted calls, not time. And failurePassives, read by two
 * checks, is found once per letter (once()).
 */
import { describe, expect, it } from 'vitest';
import { formFilter, once, type LetterContext } from '../../engine/checks/context.js';
import { failurePassives } from '../../engine/checks/agentless-passive.js';
import { Letter } from '../../engine/letter.js';
import { Lexicon } from '../../engine/lexicon.js';
import { tokenizeInto } from '../../engine/tokenize.js';
import { TokenList } from '../../engine/token-list.js';
import { Vocabulary } from '../../engine/vocabulary.js';
import { WordClasses } from '../../engine/checks/words.js';
import { loadContent } from '../../compiler/load-content.js';

const lexicon = new Lexicon(new Vocabulary());
// The rules' word classes (agentless-passive's verbs and nouns live in its rule file).
const words = new WordClasses(loadContent(undefined, { verifyExamples: false }).ruleset.rules);
function letter(text: string): LetterContext {
  const tokens = new TokenList();
  tokenizeInto(text, tokens, lexicon);
  return new Letter(text, tokens, 'patient', new Map(), () => null, words);
}

describe('formFilter', () => {
  it('tests each word form once, however often the form occurs and however many letters are checked', () => {
    const text = 'The referral was sent. The referral was lost. The referral was late. It was [name] who was told.';
    const seen: string[] = [];
    const test = (w: string) => {
      seen.push(w);
      return w === 'was';
    };
    const ctx = letter(text);
    const was = formFilter(ctx, 'test-was', test);
    const answers = Array.from({ length: ctx.tokens.length }, (_, i) => was(i));
    expect(answers.filter(Boolean)).toHaveLength(5);
    // Every distinct form once; the placeholder (no form) is tested as it is met.
    const forms = new Set(Array.from({ length: ctx.tokens.length }, (_, i) => ctx.tokens.norm(i)));
    expect(seen.length).toBe(forms.size);
    // A second letter of the same words (a keystroke later) tests no form again.
    const again = letter(text + ' The referral was sent.');
    const was2 = formFilter(again, 'test-was', test);
    const before = seen.length;
    for (let i = 0; i < again.tokens.length; i++) was2(i);
    expect(seen.length - before).toBe(1); // the placeholder only
  });

  it('answers as the test does outside the letter', () => {
    const ctx = letter('It was.');
    const f = formFilter(ctx, 'test-empty', (w) => w === '');
    expect(f(-1)).toBe(true);
    expect(f(ctx.tokens.length)).toBe(true);
    expect(f(0)).toBe(false);
  });
});

describe('once', () => {
  it('finds the failures told in the passive once per letter, for both checks that read them', () => {
    const ctx = letter('Your referral was not sent. The scan was missed.');
    const first = failurePassives(ctx);
    expect(first).toHaveLength(2);
    expect(failurePassives(ctx)).toBe(first);
    let runs = 0;
    const make = () => ++runs;
    once(ctx, make);
    once(ctx, make);
    expect(runs).toBe(1);
    // A new letter (the next check) works it out afresh.
    once(letter('Your referral was not sent.'), make);
    expect(runs).toBe(2);
  });
});
