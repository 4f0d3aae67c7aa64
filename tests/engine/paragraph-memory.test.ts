/**
 * The paragraph caches (engine/paragraph-tokens.ts, paragraph-cache.ts, paragraph-checks.ts) keep
 * what they found by paragraph, not the letters it came from: typing into a 20,000-word letter
 * must not keep a copy of the whole letter per keystroke (a slice of a string keeps the string
 * alive). Measured as the heap after a forced garbage collection, with a wide margin: the leak
 * this guards against was 100 MB and more over these keystrokes.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/index.js';
import { realRuleset } from '../extension/real-ruleset.js';
import { realLetters } from './real-letters.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('the paragraph caches, typing into a long letter', () => {
  it('keep memory for the paragraphs typed, not a copy of the letter per keystroke', () => {
    let letter = '';
    for (const l of realLetters()) {
      if (letter.length > 120_000) break;
      letter += `${l.trim()}\n\n`;
    }
    const checker = createChecker(realRuleset(), { cacheParagraphs: true });
    const typed = 'We are sorry that your referral was not sent. '.repeat(8);
    checker.check(letter);
    const before = heap();
    for (let k = 1; k <= 300; k++) checker.check(letter + typed.slice(0, k));
    const grown = heap() - before;
    // 300 copies of the letter would be 36 MB and more (twice that for a two-byte letter).
    expect(grown).toBeLessThan(12_000_000);
  }, 120_000);
});
