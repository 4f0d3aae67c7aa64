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
