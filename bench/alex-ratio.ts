/**
 * `npx tsx bench/alex-ratio.ts`: only the "at least 100x alex" figure (check(), best of 10 passes, against alex
 * on the same generated letters, in one process), without the rest of `npm run bench` (about 1 minute).
 */
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../compiler/load-content.js';
import { createChecker } from '../engine/checker.js';
import { makeCorpus, sentencePool } from './corpus.js';
import { throughput } from './engine.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const content = loadContent(join(repo, 'content'));
const letters = makeCorpus(sentencePool(content), 1_100_000);
const checker = createChecker(content.ruleset);
const { text: alex } = await import('alex');
const alexRate = throughput(letters, (t) => alex(t), 2);
const ours = throughput(letters, (t) => checker.check(t), 10);
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(`Values Lens check(): ${fmt(ours)} words/s; alex: ${fmt(alexRate)} words/s; ratio ${(ours / alexRate).toFixed(0)}x`);
