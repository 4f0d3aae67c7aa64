/**
 * Checking must take time linear in the text, whatever the text: the extension checks on every
 * keystroke (20,000 digits once held the page 250-430 ms a check), and the site and the CLI take
 * whatever they are given (80 KB of digits took 4 s, 1 MB of "www." 67 s).
 *
 * Work is counted in steps (engine/work.ts: characters the scanners read, trie steps, tokens,
 * matches and candidates visited), not timed, so the test is exact on a noisy shared machine.
 * Each hostile shape (tests/engine/hostile-shapes.ts) is checked at 0.5 MB and at 1 MB, inside a
 * letter that switches every letter-level check on, and must
 *   - do twice the steps for twice the text (quadratic work gives four times), and
 *   - take a small, fixed number of steps per character (reading up to 300 characters from every
 *     "www.", as the address finder did, is linear too, but reads each character up to 75 times).
 * Both ways the engine is driven are held to this: analyse() (the site and the CLI) and check() on a
 * checker with the paragraph cache (the extension, on every keystroke), which runs other code: the
 * cache's look-ups and the letter-level checks paragraph by paragraph.
 * Regexes are not counted; regex-inventory.test.ts holds every regex the engine runs over a letter
 * to a reason it cannot backtrack over the text.
 *
 * Uses the real compiled ruleset (generated/ruleset.json, built by `npm install`), so the phrase
 * walks are those of the real rules.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { work } from '../../engine/work.js';
import { realRuleset } from '../extension/real-ruleset.js';
import { HOSTILE_FRAME, HOSTILE_SHAPES, hostileLetter, type HostileShape } from './hostile-shapes.js';

const HALF_MB = 1 << 19;
const MB = 1 << 20;
/**
 * The worst shape takes 19 steps per character ("://" repeated, through the paragraph cache, where
 * each paragraph-by-paragraph check reads every tiny paragraph's tokens and a few neighbours': about
 * 2 steps a character for each of them). It was 12 before session 9's four grammar checks
 * (premature-reassurance and conditional-threat add 4 each there, 0 in analyse()). This leaves
 * room for honest changes, not for a rescan.
 */
const MAX_STEPS_PER_CHAR = 21;

const checker = createChecker(realRuleset());
/** The extension's checker: one for the whole test, as one serves a page's every check. */
const cached = createChecker(realRuleset(), { cacheParagraphs: true });

function stepsToAnalyse(text: string): number {
  work.steps = 0;
  checker.analyse(text);
  return work.steps;
}

function stepsToCheckCached(text: string): number {
  work.steps = 0;
  cached.check(text);
  return work.steps;
}

function expectLinear(steps: (text: string) => number, shape: HostileShape): void {
  const half = steps(hostileLetter(shape, HALF_MB));
  const letter = hostileLetter(shape, MB);
  const whole = steps(letter);
  expect(whole / half).toBeGreaterThan(1.9);
  expect(whole / half).toBeLessThan(2.1);
  // Per character of the letter: a shape built of two-character units ("1.", "a.") is 2 MB long.
  expect(whole / letter.length).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR);
}

describe('linear time on hostile input', () => {
  it('the letter around each shape switches on every letter-level check', () => {
    const { findings, summary } = checker.analyse(`${HOSTILE_FRAME.before}Mrs Khan, THIS IS VERY LOUD.${HOSTILE_FRAME.after}`);
    const ids = new Set([...findings, ...summary.checklist].map((f) => f.ruleId));
    for (const id of ['percentage-risk', 'third-person-name', 'block-capitals', 'contact-details-missing', 'candour-checklist']) expect(ids).toContain(id);
  });

  for (const shape of HOSTILE_SHAPES) {
    it(`${shape.name} (${shape.aim})`, { timeout: 60_000 }, () => expectLinear(stepsToAnalyse, shape));
  }
});

describe('linear time on hostile input, as the extension checks (paragraph cache, check())', () => {
  for (const shape of HOSTILE_SHAPES) {
    it(`${shape.name}`, { timeout: 60_000 }, () => expectLinear(stepsToCheckCached, shape));
  }
});
