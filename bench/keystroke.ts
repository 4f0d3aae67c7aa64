/**
 * The engine's share of a keystroke, as the extension checks a letter: `check()` with the
 * paragraph cache, the text growing by one character at a time, at the end of the letter and in
 * its middle. Reports CPU time (process.cpuUsage, so a busy machine slows it less than wall time
 * would) per keystroke, median and p95, and the engine's counted steps (engine/work.ts).
 * `npx tsx bench/keystroke.ts [words ...]` (default 5000 20000); VL_KEYS sets the keystrokes per row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { createChecker } from '../engine/checker.js';
import type { CompiledRuleset } from '../engine/types.js';
import { work } from '../engine/work.js';
import { loadContent } from '../compiler/load-content.js';
import { makeLetter, sentencePool } from './corpus.js';
import { seeded } from '../tests/seeded-random.js';
import { percentile } from './engine.js';

const KEYS = Number(process.env.VL_KEYS ?? 200);
const WORD_COUNTS = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (WORD_COUNTS.length === 0) WORD_COUNTS.push(5000, 20000);
const TYPED = ' We are sorry that your referral was not sent and you failed to attend the clinic.';

const ruleset = JSON.parse(readFileSync(join(import.meta.dirname, '../generated/ruleset.json'), 'utf8')) as CompiledRuleset;
const pool = sentencePool(loadContent(undefined, { verifyExamples: false }));

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

for (const words of WORD_COUNTS) {
  const letter = makeLetter(pool, words, seeded(words));
  for (const where of ['end', 'middle'] as const) {
    const checker = createChecker(ruleset, { cacheParagraphs: true });
    // The caret: at the end of the last body paragraph (before the sign-off), or in the middle one.
    const breaks = [...letter.matchAll(/\n\n/g)].map((m) => m.index);
    const at = where === 'end' ? breaks[breaks.length - 1] : breaks[breaks.length >> 1];
    const before = letter.slice(0, at);
    const after = letter.slice(at);
    checker.check(letter);
    // Warm up on other keystrokes, then measure.
    for (let k = 0; k < 30; k++) checker.check(before + TYPED.slice(0, k % TYPED.length) + after);
    const times: number[] = [];
    const steps: number[] = [];
    for (let k = 0; k < KEYS; k++) {
      const text = before + TYPED.repeat(1 + Math.floor(k / TYPED.length)).slice(0, k + 1) + after;
      const s0 = work.steps;
      const t0 = cpuMs();
      checker.check(text);
      times.push(cpuMs() - t0);
      steps.push(work.steps - s0);
    }
    times.sort((a, b) => a - b);
    steps.sort((a, b) => a - b);
    const load = loadavg()[0].toFixed(1);
    console.log(`keystroke at the ${where} of ${words} words, check() CPU median / p95\t${percentile(times, 50).toFixed(2)} / ${percentile(times, 95).toFixed(2)} ms\tsteps median ${percentile(steps, 50)}\tload ${load}`);
  }
}
