/**
 * A rule states a phrasing once and matches its inflections (compiler/phrase-inflections.ts, over
 * wink-lexicon's tables): the forms come from the lexicon, grammar keeps a word as written where
 * it must stay so, suggestions follow the phrasing's form, and a rule can turn it off.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflectionsOf } from '../../compiler/inflection-table.js';
import { inflectPhrasing, inflectSuggestion } from '../../compiler/phrase-inflections.js';
import { loadContent } from '../../compiler/load-content.js';
import { createChecker } from '../../engine/checker.js';

const phrasings = (p: string, without?: string[]) => inflectPhrasing(p, new Set(without)).map((v) => v.phrasing).sort();

describe('the inflection table', () => {
  it('gives a verb its -s, -ed and -ing forms, spelled as the lexicon spells them', () => {
    expect(inflectionsOf('fail').verb).toEqual(['fails', 'failed', 'failing']);
    expect(inflectionsOf('admit').verb).toEqual(['admits', 'admitted', 'admitting']);
    expect(inflectionsOf('deny').verb).toEqual(['denies', 'denied', 'denying']);
  });

  it('gives irregular verbs their own past forms, not made-up regular ones', () => {
    expect(inflectionsOf('take').verb).toEqual(['takes', 'took', 'taken', 'taking']);
    expect(inflectionsOf('see').verb).not.toContain('seed');
  });

  it('keeps British -ise spellings', () => {
    expect(inflectionsOf('apologise').verb).toEqual(['apologises', 'apologised', 'apologising']);
  });

  it('gives nouns their plurals, irregular ones too', () => {
    expect(inflectionsOf('complication').noun).toEqual(['complications']);
    expect(inflectionsOf('child').noun).toEqual(['children']);
  });

  it('inflects a word only as its commonest part of speech, and gives mass nouns no plural', () => {
    expect(inflectionsOf('time')).toEqual({ verb: [], noun: ['times'] });
    expect(inflectionsOf('advice')).toEqual({ verb: [], noun: [] });
    expect(inflectionsOf('harm').noun).toEqual([]);
  });

  it('leaves grammar words and words whose commonest use is neither verb nor noun alone', () => {
    for (const w of ['have', 'be', 'do', 'just', 'like', 'the', 'you']) expect(inflectionsOf(w)).toEqual({ verb: [], noun: [] });
  });
});

describe('inflecting a phrasing', () => {
  it('inflects the verb but not the base form after "to"', () => {
    expect(phrasings('fail to attend')).toEqual(['failed to attend', 'failing to attend', 'fails to attend']);
  });

  it('keeps the base form after "not", a modal or "do"', () => {
    expect(phrasings('did not turn up')).toEqual([]);
    expect(phrasings('we do not expect')).toEqual([]);
  });

  it('keeps a noun singular after "a", and lets it be plural without one', () => {
    expect(phrasings('a recognised complication')).toEqual([]);
    expect(phrasings('recognised complication')).toEqual(['recognised complications']);
  });

  it('keeps a noun singular in a set phrase after a preposition', () => {
    expect(phrasings('was at fault')).toEqual([]);
    expect(phrasings('an error took place')).toEqual([]);
  });

  it('keeps "^" and "$" and leaves wildcards alone', () => {
    expect(phrasings('^fail to attend$')).toContain('^failed to attend$');
    expect(phrasings('sorry you * upset')).toEqual([]);
  });

  it('leaves out the forms a rule excludes', () => {
    expect(phrasings('fail to attend', ['failing'])).toEqual(['failed to attend', 'fails to attend']);
  });

  it('inflects a suggestion the way the phrasing was inflected', () => {
    expect(inflectSuggestion('ask for advice', [['seek', 'sought']])).toBe('asked for advice');
    expect(inflectSuggestion('happen', [['occur', 'occurs']])).toBe('happens');
    // Nothing in "did not come to" can take "failed"'s place: left as written.
    expect(inflectSuggestion('did not come to', [['fail', 'failed']])).toBe('did not come to');
    // Only the first word may change: deeper in, the verb is rarely the one replaced.
    expect(inflectSuggestion('we are sorry that we made you feel', [['regret', 'regretted']])).toBe('we are sorry that we made you feel');
    expect(inflectSuggestion('[you] decide not to have', [['refuse', 'refused']])).toBe('[you] decided not to have');
  });

  it('inflects the head verb of a suggestion where it is not the first word', () => {
    // An auxiliary carries the tense: "do not come to" for "fail to attend".
    expect(inflectSuggestion('do not come to', [['fail', 'fails']])).toBe('does not come to');
    expect(inflectSuggestion('do not come to', [['fail', 'failed']])).toBe('did not come to');
    expect(inflectSuggestion('do not take', [['fail', 'failing']])).toBe('not taking');
    expect(inflectSuggestion("don't take", [['fail', 'failing']])).toBe('not taking');
    expect(inflectSuggestion('[you] do not come to', [['fail', 'failed']])).toBe('[you] did not come to');
    expect(inflectSuggestion('have nothing to eat or drink', [['keep', 'keeps']])).toBe('has nothing to eat or drink');
    expect(inflectSuggestion('are sorry to tell you', [['regret', 'regrets']])).toBe('is sorry to tell you');
    // "was" or "were" depends on a subject the phrase may not hold: left as written.
    expect(inflectSuggestion('are sorry to tell you', [['regret', 'regretted']])).toBe('are sorry to tell you');
    // An adverb before the verb is passed over; a verb joined by "and" follows the head.
    expect(inflectSuggestion('never ask', [['refuse', 'refused']])).toBe('never asked');
    expect(inflectSuggestion('ask and wait', [['seek', 'seeks']])).toBe('asks and waits');
    expect(inflectSuggestion('ask for help and support', [['seek', 'sought']])).toBe('asked for help and support');
  });
});

const SOURCES = 'NHSR: { title: "NHS Resolution: Saying sorry", url: "https://example.org/sorry" }\n';

function ruleFile(front: string, flag: string[], fine: string[]): string {
  return `---
title: Test rule
lens: compassion
values: [compassion]
severity: warning
message: A test rule.
sources: [NHSR]
${front}
---

## Why

A test.

## Examples

### Flag

${flag.map((f) => `- ${f}`).join('\n')}

### Fine

${fine.map((f) => `- ${f}`).join('\n')}
`;
}

function build(rules: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'vl-inflect-'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(dir, 'rules', name), text);
  return createChecker(loadContent(dir).ruleset);
}

describe('rules match inflections they do not list', () => {
  it('"fail to attend" flags "failed to attend" and "fails to attend"', () => {
    const checker = build({
      'fail-to-attend.md': ruleFile('phrases: ["fail to attend"]\nsuggestions: ["did not come to"]', ['You **failed to attend** on Monday.', 'If he **fails to attend** again, call us.'], ['You did not come on Monday.', 'We attended to it.']),
    });
    expect(checker.check('Sadly she failed to attend twice.').map((f) => f.actual)).toEqual(['failed to attend']);
  });

  it('a suggestion follows the tense of what it replaces', () => {
    const checker = build({
      'seek.md': ruleFile('phrases:\n  - match: "seek advice"\n    suggest: ["ask for advice"]', ['Please **seek advice** from your GP.', 'We **sought advice** from the team.'], ['Please ask your GP.', 'We asked the team.']),
    });
    expect(checker.check('We sought advice from the team.')[0].suggestions).toEqual(['asked for advice']);
  });

  it('"inflect: false" on a rule or a phrase, and "uninflected" forms, keep to the phrasings written', () => {
    const checker = build({
      'rule-off.md': ruleFile('inflect: false\nphrases: ["fail to attend"]', ['If you **fail to attend** again, call us.', 'You **fail to attend** often.'], ['You failed to attend on Monday.', 'He fails to attend.']),
      'phrase-off.md': ruleFile('phrases:\n  - match: "turn away"\n    inflect: false', ['Do not **turn away** from us.', 'We **turn away** nobody.'], ['We turned away nobody.', 'He turns away.']),
      'some-off.md': ruleFile('uninflected: [failures]\nphrases: ["failure"]', ['A **failure** of the ward.', 'The **failure** was ours.'], ['Your failures were not the cause.', 'It was not one of our failures.']),
    });
    expect(checker.check('You failed to attend. We turned away nobody. Our failures.')).toEqual([]);
  });

  it('a generated phrasing gives way to a phrasing another rule writes', () => {
    const checker = build({
      'refuse.md': ruleFile('phrases: ["refuse treatment"]\nsuggestions: ["decline treatment"]', ['You may **refuse treatment**.', 'They **refuse treatment** often.'], ['You may decline treatment.', 'They declined it.']),
      'refused.md': ruleFile('phrases: ["refused treatment"]\nsuggestions: ["did not want treatment"]', ['You **refused treatment**.', 'He **refused treatment** twice.'], ['You declined treatment.', 'He did not want it.']),
    });
    expect(checker.check('He refused treatment.').map((f) => f.ruleId)).toEqual(['refused']);
    expect(checker.check('He refuses treatment.').map((f) => f.ruleId)).toEqual(['refuse']);
  });
});
