/**
 * Words a writer puts inside a phrase ("failed repeatedly to attend", "was, unfortunately, not
 * sent", "was not, at that time, actioned") are passed over, a bounded number of them, by the
 * phrase matcher and the agentless-passive check (engine/interjections.ts).
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { MAX_INTERJECTIONS } from '../../engine/interjections.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset());
const found = (text: string, ruleId: string) => checker.check(text).filter((f) => f.ruleId === ruleId);
const actual = (text: string, ruleId: string) => found(text, ruleId).map((f) => f.actual);

describe('a phrase with words interjected', () => {
  it('matches across interjected adverbs, up to the bound', () => {
    expect(actual('We note that you failed repeatedly to attend.', 'failed-to-attend')).toEqual(['you failed repeatedly to attend']);
    expect(actual('We note that you failed sadly repeatedly to attend.', 'failed-to-attend')).toEqual(['you failed sadly repeatedly to attend']);
    expect(MAX_INTERJECTIONS).toBe(2);
    expect(actual('We note that you failed sadly also repeatedly to attend.', 'failed-to-attend')).toEqual([]);
  });

  it('matches across a short aside between commas, not a long one', () => {
    expect(actual('You failed, on three occasions, to attend the clinic.', 'failed-to-attend')).toEqual(['You failed, on three occasions, to attend']);
    expect(actual('Your referral was not, at that time, actioned.', 'was-not-actioned')).toEqual(['was not, at that time, actioned']);
    expect(actual('Your referral was not, as far as we can see, actioned.', 'was-not-actioned')).toEqual([]);
    // An aside not closed by a second comma is not one.
    expect(actual('You failed, on three occasions to attend.', 'failed-to-attend')).toEqual([]);
  });

  it('does not pass over words that change the meaning', () => {
    expect(actual('You failed the test and tried to attend.', 'failed-to-attend')).toEqual([]);
    expect(actual('Your referral was not really actioned.', 'was-not-actioned')).toEqual([]);
  });

  it('never starts or ends a match on an interjection', () => {
    expect(actual('You failed to attend repeatedly.', 'failed-to-attend')).toEqual(['You failed to attend']);
    expect(actual('Sadly, you failed to attend.', 'failed-to-attend')).toEqual(['you failed to attend']);
  });

  it('offers no one-click fix: the suggestion would drop the interjected words', () => {
    expect(found('We note that you failed repeatedly to attend.', 'failed-to-attend').map((f) => f.suggestions)).toEqual([[]]);
    expect(found('We note that you failed to attend.', 'failed-to-attend')[0].suggestions.length).toBeGreaterThan(0);
  });

  it('lets an exception see through the same words', () => {
    expect(actual('The nurse failed, that night, to attend to your call bell.', 'failed-to-attend')).toEqual([]);
  });
});

describe('the agentless passive with words interjected', () => {
  const letter = (sentence: string) => `I am sorry that this went wrong. ${sentence}`;

  it('passes over two adverbs, or an aside between commas', () => {
    expect(actual(letter('Your results were sadly also misread.'), 'agentless-passive')).toEqual(['were sadly also misread']);
    expect(actual(letter('Your prescription was not, at that time, dispensed, so you went without.'), 'agentless-passive')).toEqual(['was not, at that time, dispensed']);
  });

  it('keeps the words interjected in its suggestion', () => {
    expect(found(letter('Your scan request was, unfortunately, not signed until May.'), 'agentless-passive')[0].suggestions[0]).toBe('was, unfortunately, not signed by us');
  });

  it('stays quiet when the aside or the words after name who did it', () => {
    expect(actual(letter('The form was, we think, not signed by the ward team.'), 'agentless-passive')).toEqual([]);
  });
});
