/**
 * A checker keeps the word forms of the letters it has checked (engine/lexicon.ts), and its checks
 * remember answers per form. None of that may change a finding: a checker that has checked many
 * other letters first, or has just started its lexicon afresh, must report exactly what a new one
 * reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { Lexicon, LEXICON_LIMIT } from '../../engine/lexicon.js';
import { tokenizeInto } from '../../engine/tokenize.js';
import { TokenList } from '../../engine/token-list.js';
import { Vocabulary } from '../../engine/vocabulary.js';
import { exampleLetters, realRuleset } from '../extension/real-ruleset.js';

const repo = join(import.meta.dirname, '../..');
const corpus = ['clean', 'flagged'].flatMap((kind) => {
  const dir = join(repo, 'tests/corpus', kind);
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
});

/** Letters whose words differ only in case, apostrophes or characters that lower-case oddly. */
const tricky = [
  'Dear Mr Patel,\n\nYou had a Deep Vein Thrombosis. The DVT was missed. Your dvt is treated.\n\nYours sincerely,\nDr Jo Smith',
  "Dear Sam,\n\nWe didn\u2019t send your referral. We didn't send it. WE DIDN'T SEND IT. The SOB and the sob.\n\nKind regards,\nAmy",
  // U+212A KELVIN SIGN lower-cases to an ASCII "k"; U+0130 to "i" and a combining dot.
  'Your \u212Aidney function (eGFR) was not checked. \u0130NR was not monitored. An anticoagulation clinic.',
  'The hepatosplenomegaly and the Hepatosplenomegaly. Thrombocytopaenia; thrombocytopaenia.',
];

describe('the lexicon of word forms', () => {
  it('gives every letter the findings a new checker gives, whatever was checked before', { timeout: 120_000 }, () => {
    const ruleset = realRuleset();
    const letters = [...corpus, ...exampleLetters(), ...tricky];
    const audiences = ['patient', 'clinician'] as const;
    const expected = letters.map((letter) => {
      const fresh = createChecker(ruleset);
      return audiences.map((audience) => fresh.analyse(letter, { audience }));
    });
    const seasoned = createChecker(ruleset);
    // Checked twice in turn, so the second round reads forms (and answers) remembered from others.
    for (const round of [1, 2]) {
      letters.forEach((letter, k) => {
        audiences.forEach((audience, a) => expect(seasoned.analyse(letter, { audience }), `round ${round}: ${letter.slice(0, 40)}`).toEqual(expected[k][a]));
      });
    }
  });

  it('checks as before after a text with more forms than it keeps', () => {
    const ruleset = realRuleset();
    const checker = createChecker(ruleset);
    const letter = tricky[0];
    const before = checker.analyse(letter);
    // More distinct words than the lexicon keeps: "wa", "wb", ... in one text.
    const words: string[] = [];
    for (let k = 0; words.length <= LEXICON_LIMIT; k++) words.push(`w${k.toString(36)}`);
    checker.analyse(`${words.join(' ')}.`);
    expect(checker.analyse(letter)).toEqual(before);
  });

  it('numbers a word once whatever its case or apostrophe, with its phrase word number', () => {
    const phrases = new Vocabulary();
    const dont = phrases.add("don't");
    const lexicon = new Lexicon(phrases);
    const tokens = new TokenList();
    tokenizeInto("Don't DON\u2019T don't Appointment appointment", tokens, lexicon);
    expect([...tokens.form.subarray(0, 5)]).toEqual([0, 0, 0, 1, 1]);
    expect([...tokens.word.subarray(0, 5)]).toEqual([dont, dont, dont, -1, -1]);
    expect([0, 1, 2, 3, 4].map((i) => tokens.norm(i))).toEqual(["don't", "don't", "don't", 'appointment', 'appointment']);
  });

  it('looks a form up again when the phrase vocabulary grows', () => {
    const phrases = new Vocabulary();
    const lexicon = new Lexicon(phrases);
    const tokens = new TokenList();
    tokenizeInto('sorry', tokens, lexicon);
    expect(tokens.word[0]).toBe(-1);
    const sorry = phrases.add('sorry');
    tokenizeInto('sorry', tokens, lexicon);
    expect(tokens.word[0]).toBe(sorry);
  });
});
