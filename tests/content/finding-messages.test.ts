/**
 * A finding's explanation must be about the words it underlines. One rule can list several kinds
 * of word; its message has to fit every one of them, or a clinician reads advice about something
 * the letter does not say ("excision" explained as "post-op" shorthand).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { createChecker } from '../../engine/checker.js';

const checker = createChecker(loadContent().ruleset);

function messageFor(text: string, word: string): string {
  const finding = checker.check(text).find((f) => text.slice(f.start, f.end).toLowerCase() === word);
  expect(finding, `no finding on "${word}"`).toBeDefined();
  return finding!.message;
}

describe('finding messages', () => {
  it('explains an operation word in terms of that word, not only "post-op"', () => {
    for (const [text, word] of [
      ['The excision of the mole went well.', 'excision'],
      ['The sutures can be removed by the practice nurse.', 'sutures'],
      ['We made a small incision in your wrist.', 'incision'],
    ]) {
      expect(messageFor(text, word)).toMatch(new RegExp(word, 'i'));
    }
  });

  it('gives its example of explaining a short form as an example, not as the wording to use', () => {
    const message = messageFor('Your FEV1 was lower than expected.', 'fev1');
    expect(message).toMatch(/for example/i);
  });
});

/** Lower case, with the dots and apostrophes of short forms dropped ("p.r.n." is "prn"). */
const plain = (s: string) => s.toLowerCase().replace(/[.'’]/g, '');
const wordsOf = (s: string) => plain(s).split(/[^a-z0-9]+/).filter(Boolean);
/** The same word, or one form of it: "denies" and "deny", "disengaged" and "engagement" do not count. */
function akin(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 || (common >= 3 && Math.min(a.length, b.length) <= 4);
}
/** "5/7" has the shape of the message's "2/7": digits are all alike. */
const shape = (s: string) => plain(s).replace(/[0-9]+/g, '9');

describe('a message that opens by quoting words', () => {
  const content = loadContent();
  it('quotes words that are underlined, in every Flag example of every rule', () => {
    // "Needless to say" underlined and explained as '"Obviously" implies the reader should already
    // know' reads as if the tool misread the letter: 36 rules' messages named only their first
    // phrasing (59 Flag examples), though the rule had learned others since.
    const wrong: string[] = [];
    for (const rule of content.rules) {
      for (const example of rule.examples.filter((e) => e.kind === 'flag')) {
        for (const f of checker.check(example.text, { audience: example.audience }).filter((x) => x.ruleId === rule.id)) {
          if (!f.message.startsWith('"')) continue;
          const underlined = example.text.slice(f.start, f.end);
          const quoted = [...f.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
          const fits = quoted.some(
            (q) => plain(underlined).includes(plain(q)) || shape(underlined) === shape(q) || wordsOf(q).some((w) => wordsOf(underlined).some((u) => akin(w, u))),
          );
          if (!fits) wrong.push(`${rule.id}: "${underlined}" explained as ${quoted.map((q) => `"${q}"`).join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
