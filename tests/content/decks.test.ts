/**
 * The lens decks are chosen in the content (`deck: N`), and a deck rule's slides use its
 * hand-written Before and After: never a machine-applied suggestion.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../compiler/load-content.js';
import { ContentErrors } from '../../compiler/errors.js';
import { DECK_SIZE, deckRules } from '../../compiler/decks.js';
import { LENSES } from '../../engine/types.js';

const SOURCES = 'NHSR: { title: "NHS Resolution: Saying sorry", url: "https://example.org/sorry" }\n';
const EXAMPLES = `## Examples

### Flag

- You **failed to attend** on Monday.
- If you **fail to attend** again, call us.

### Fine

- You were not able to come on Monday.
- "I failed to attend," you said.
`;
const BETTER = `## Better wording

- Before: You failed to attend your appointment on 3 May.
- After: You were not able to come to your appointment on 3 May. Please call us to find a new time.

`;

function rule(deck: string, better = BETTER, title = 'Failed to attend', phrase = '{fail|failed} to attend'): string {
  return `---
title: ${title}
${deck}lens: compassion
values: [compassion]
severity: warning
message: Saying someone failed to attend sounds like blame.
phrases:
  - "${phrase}"
suggestions: ["did not come to"]
sources: [NHSR]
---

## Why

It blames.

${better}${EXAMPLES}`;
}

function errorsFor(rules: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'vl-decks-'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(dir, 'rules', name), text);
  try {
    loadContent(dir);
  } catch (e) {
    if (e instanceof ContentErrors) return e.errors.map((x) => x.message.replace(/^.*?rules\//, 'rules/'));
    throw e;
  }
  return [];
}

describe('deck rules in the content', () => {
  it('accepts a deck rule with its hand-written Before and After, and reads them', () => {
    expect(errorsFor({ 'failed-to-attend.md': rule('deck: 1\n') })).toEqual([]);
  });

  it('a deck rule without a Before and After is an error at its deck line', () => {
    expect(errorsFor({ 'failed-to-attend.md': rule('deck: 1\n', '') })).toEqual([
      'rules/failed-to-attend.md:3: a rule in a deck needs a hand-written "- Before:" and "- After:" under "## Better wording" (the slides show them)',
    ]);
  });

  it('a Before with no After is not enough', () => {
    const onlyBefore = '## Better wording\n\n- Before: You failed to attend your appointment.\n\n';
    expect(errorsFor({ 'failed-to-attend.md': rule('deck: 1\n', onlyBefore) })).toEqual([expect.stringMatching(/^rules\/failed-to-attend\.md:3: a rule in a deck needs/)]);
  });

  it('a deck place out of range, and two rules in one place', () => {
    expect(errorsFor({ 'failed-to-attend.md': rule('deck: 13\n') })).toEqual([
      'rules/failed-to-attend.md:3: deck must be a whole number from 1 to 12 (the rule\'s place in its lens\'s slides)',
    ]);
    const errors = errorsFor({ 'failed-to-attend.md': rule('deck: 2\n'), 'fail-to-come.md': rule('deck: 2\n', BETTER.replace(/failed to attend/g, 'failed to come to').replace('come to your appointment on 3 May.', 'come on 3 May.'), 'Failed to come', '{fail|failed} to come to') });
    expect(errors).toContainEqual(expect.stringMatching(/^rules\/f.*\.md:3: deck 2 of the compassion slides is also taken by .*\.md$/));
  });

  it('a Before the rule does not flag, and an After that still has the problem', () => {
    const notFlagged = BETTER.replace('Before: You failed to attend your appointment', 'Before: You missed your appointment');
    expect(errorsFor({ 'failed-to-attend.md': rule('deck: 1\n', notFlagged) })).toEqual([
      'rules/failed-to-attend.md:20: this deck rule does not flag its own "Before:" (the slides mark what it catches)',
    ]);
    const stillWrong = BETTER.replace('After: You were not able to come', 'After: You failed to attend');
    expect(errorsFor({ 'failed-to-attend.md': rule('deck: 1\n', stillWrong) })).toEqual([
      'rules/failed-to-attend.md:21: "After:" still raises failed-to-attend (warning) on "failed to attend"',
    ]);
  });

  it('a rule outside the decks needs no Before and After', () => {
    expect(errorsFor({ 'failed-to-attend.md': rule('', '') })).toEqual([]);
  });
});

describe('the real decks', () => {
  const content = loadContent();
  for (const lens of LENSES) {
    it(`${lens}: ${DECK_SIZE.min} to ${DECK_SIZE.max} rules in places 1 to n, each with a hand-written Before and After`, () => {
      const rules = deckRules(content.rules, lens);
      expect(rules.length).toBeGreaterThanOrEqual(DECK_SIZE.min);
      expect(rules.length).toBeLessThanOrEqual(DECK_SIZE.max);
      expect(rules.map((r) => r.deck)).toEqual(rules.map((_, i) => i + 1));
      for (const r of rules) {
        expect(r.betterWording?.before, r.id).toBeTruthy();
        expect(r.betterWording!.after).not.toBe(r.betterWording!.before);
      }
    });
  }

  it('the classics are in the decks', () => {
    const inDeck = new Set(content.rules.filter((r) => r.deck !== undefined).map((r) => r.id));
    for (const id of ['failed-to-attend', 'mistakes-were-made', 'denies', 'sob-short-of-breath', 'unexplained-abbreviation', 'sorry-if-you-feel']) expect(inDeck.has(id), id).toBe(true);
  });

  it('reads a wrapped After as one line', () => {
    const r = content.rules.find((x) => x.id === 'unexplained-abbreviation')!;
    expect(r.betterWording!.after).toBe('Your breathing test (FEV1) showed your lungs are working at about half the usual level. We will refer you for long-term oxygen therapy (oxygen at home).');
  });
});
