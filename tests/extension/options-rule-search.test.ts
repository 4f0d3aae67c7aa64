/**
 * The options page's rule search (issue 13: "304 checkboxes ... with no search"): a clinician who
 * types "failed to attend", part of a title, or words a rule flags finds the rule. Runs
 * rulesMatching over the real ruleset, with the engine's own phrasings as search-ruleset.ts gives them.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCES, createChecker } from '../../engine/index.js';
import { MAX_QUERY_LENGTH, rulesMatching } from '../../extension/pages/options/rule-search.js';
import { realRuleset } from './real-ruleset.js';

const ruleset = realRuleset();
const rules = ruleset.rules.map(({ id, title, lens }) => ({ id, title, lens }));
const checker = createChecker(ruleset);
const letterLevel = ruleset.rules.filter((r) => r.check !== 'phrase' || r.wholeText).map((r) => r.id);
/** The same as search-ruleset.ts's rulesFlagging, without the message to the background. */
const flagging = (text: string) => new Set(AUDIENCES.flatMap((audience) => checker.check(text, { audience, disabledRules: letterLevel }).map((f) => f.ruleId)));
const ids = (query: string, withPhrases = true) => rulesMatching(query, rules, withPhrases ? flagging : undefined).map((r) => r.id);

describe('finding a rule on the options page', () => {
  it('"failed to attend" finds the rule first', () => {
    expect(ids('failed to attend')[0]).toBe('failed-to-attend');
  });

  it('finds a rule by words it flags that are not in its title', () => {
    expect(ids('you failed to attend')).toContain('failed-to-attend');
    expect(ids('take one tablet nocte')).toContain('nocte-mane');
    expect(ids('take one tablet nocte', false)).not.toContain('nocte-mane');
  });

  it('finds a rule by the start of its title words while the clinician is still typing, before the phrasings arrive', () => {
    expect(ids('failed to att', false)).toEqual(['failed-to-attend']);
    expect(ids('LATIN TIMES', false)).toContain('nocte-mane');
  });

  it('leaves out rules that judge the whole letter (a greeting, sentence length)', () => {
    const found = new Set(ids('hello there this is a sentence'));
    for (const r of ruleset.rules.filter((x) => x.check !== 'phrase')) expect(found.has(r.id)).toBe(false);
  });

  it('finds nothing for nothing, or for words no rule has', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzz qqqq')).toEqual([]);
  });

  it('reads no more than MAX_QUERY_LENGTH characters, however much is pasted', () => {
    let seen = '';
    rulesMatching('failed to attend '.repeat(1000), rules, (t) => ((seen = t), new Set()));
    expect(seen.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});
