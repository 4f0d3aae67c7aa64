/**
 * `npx tsx bench/profile.ts [letter|corpus] [seconds]`: a steady-state loop over the engine for a CPU
 * profile (`node --cpu-prof --import tsx bench/profile.ts ...`), then each letter-level check's own
 * CPU time inside the same passes (with --checks).
 * `--profile FILE` writes a CPU profile of the timed passes alone. `letter`: analyse() of the bench's 1,000-word letter; `corpus`: check()
 * over the alex-ratio corpus. Prints per-check milliseconds per pass, largest first.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../compiler/load-content.js';
import { createChecker } from '../engine/checker.js';
import { LETTER_CHECKS } from '../engine/checks/index.js';
import type { LetterCheck } from '../engine/checks/context.js';
import { seeded } from '../tests/seeded-random.js';
import { makeCorpus, makeLetter, sentencePool } from './corpus.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const content = loadContent(join(repo, 'content'));
const ruleset = content.ruleset;
const pool = sentencePool(content);
const mode = process.argv[2] ?? 'letter';
const seconds = Number(process.argv[3] ?? 10);
const texts = mode === 'letter' ? [makeLetter(pool, 1000, seeded(7))] : makeCorpus(pool, 1_100_000);
const spent = new Map<string, number>();
let timing = false;
for (const [kind, check] of Object.entries(LETTER_CHECKS) as Array<[keyof typeof LETTER_CHECKS, LetterCheck]>) {
  LETTER_CHECKS[kind] = (ctx, rule) => {
    if (!timing) return check(ctx, rule);
    const c0 = process.cpuUsage();
    const out = check(ctx, rule);
    const c = process.cpuUsage(c0);
    spent.set(kind, (spent.get(kind) ?? 0) + c.user + c.system);
    return out;
  };
}
const checker = createChecker(ruleset);
const pass = mode === 'letter' ? () => checker.analyse(texts[0]) : () => texts.forEach((t) => checker.check(t));
for (let i = 0; i < (mode === 'letter' ? 500 : 3); i++) pass();
// --profile FILE: a CPU profile of the timed passes alone (not the content build), for Chrome's or VS Code's profiler.
const profileTo = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : '';
const session = profileTo ? new Session() : null;
const post = (method: string, params?: object) =>
  new Promise<unknown>((ok, fail) => session!.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
let passes = 0;
timing = process.argv.includes('--checks');
const c0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  pass();
  passes++;
}
const used = process.cpuUsage(c0);
const ms = (used.user + used.system) / 1000 / passes;
if (session) writeFileSync(profileTo, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));

// Each letter-level check's own CPU time inside the same passes (wrapped before the checker is built).
console.log(`${mode}: ${passes} passes, ${ms.toFixed(3)} ms CPU a pass`);
const rows = [...spent].sort((a, b) => b[1] - a[1]);
for (const [name, t] of rows) console.log(`${(t / passes / 1000).toFixed(4).padStart(10)} ms  ${((100 * t) / 1000 / passes / ms).toFixed(1).padStart(5)}%  ${name}`);
