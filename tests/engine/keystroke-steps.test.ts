/**
 * Issue 12: a keystroke in a 20,000-word letter must cost the engine work in proportion to the
 * edited paragraph, plus a little bookkeeping per paragraph and per finding, not in proportion to
 * the letter. Counted in the engine's steps (engine/work.ts: characters scanned, tokens, trie
 * steps, matches and findings visited), not timed: timings flake on a shared machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../engine/index.js';
import { work } from '../../engine/work.js';
import { realRuleset } from '../extension/real-ruleset.js';
import { realLetters } from './real-letters.js';

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;
const TYPED = ' We are sorry you failed to attend.';

let cached: Checker;
let letter: string;
let paragraphs: number;
beforeAll(() => {
  // Real paragraphs, each once, to 20,000 words: real phrasing, real findings.
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of realLetters().flatMap((l) => l.split(/\n{2,}/)).map((p) => p.trim())) {
    if (!p || seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    if (countWords(out.join(' ')) >= 20_000) break;
  }
  letter = out.join('\n\n');
  paragraphs = out.length;
  cached = createChecker(realRuleset(), { cacheParagraphs: true });
});

/** Steps of one check. */
function steps(run: () => unknown): number {
  const before = work.steps;
  run();
  return work.steps - before;
}

describe('a keystroke at 20,000 words, with the paragraph cache', () => {
  it('costs steps for the edited paragraph, its paragraphs and its findings, not for every character', () => {
    expect(countWords(letter)).toBeGreaterThanOrEqual(20_000);
    const full = steps(() => createChecker(realRuleset()).check(letter));
    cached.check(letter);
    const lastParagraph = letter.slice(letter.lastIndexOf('\n\n') + 2).length + TYPED.length;
    let worst = 0;
    let findings = 0;
    for (let k = 1; k <= TYPED.length; k++) {
      const text = letter + TYPED.slice(0, k);
      worst = Math.max(worst, steps(() => (findings = cached.check(text).length)));
    }
    // The edited paragraph and its neighbours read again by every check; each paragraph looked up
    // by a few caches; each finding (and each phrase match) put in place.
    const budget = 20 * 3 * lastParagraph + 10 * paragraphs + 8 * findings;
    expect(worst).toBeLessThanOrEqual(budget);
    // ...which is far less than the letter: a full check reads every character.
    expect(worst * 5).toBeLessThan(full);
  });
});
