/**
 * Seconds per MB on the hostile shapes of tests/engine/hostile-shapes.ts: input built to make the
 * engine do more than linear work. The test proves the work is linear in steps; this says what a
 * MB of the worst shape costs in time. analyse() runs every check, so every regex and scan runs.
 */
import type { Checker } from '../engine/checker.js';
import { HOSTILE_SHAPES, hostileLetter } from '../tests/engine/hostile-shapes.js';

export interface ShapeTime {
  name: string;
  /** Seconds per MB of text, best of `rounds`. */
  secondsPerMb: number;
}

export function hostileTimes(checker: Checker, rounds = 2): ShapeTime[] {
  const mb = 1 << 20;
  return HOSTILE_SHAPES.map((shape) => {
    const text = hostileLetter(shape, mb);
    checker.analyse(hostileLetter(shape, 4096)); // warm-up on a small one
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      checker.analyse(text);
      best = Math.min(best, performance.now() - t0);
    }
    return { name: shape.name, secondsPerMb: best / 1000 / (text.length / mb) };
  }).sort((a, b) => b.secondsPerMb - a.secondsPerMb);
}
