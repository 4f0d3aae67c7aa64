/**
 * npm run bench: measures the engine, the CLI, the extension in Chromium and the shipped sizes in
 * one run, and prints a table. Figures go into BENCHMARKS.md by hand; timings never go into tests.
 * `npm run bench -- --engine` measures the engine alone (about a minute instead of seven).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../compiler/load-content.js';
import { createChecker } from '../engine/checker.js';
import { countWords, makeCorpus, makeLetter, sentencePool } from './corpus.js';
import { seeded } from '../tests/seeded-random.js';
import { compileTime, letterTimings, percentile, throughput } from './engine.js';
import { sizesUnder } from './sizes.js';
import { hostileTimes } from './hostile.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rows: Array<[string, string]> = [];
const row = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`  ${name}: ${value}`);
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const engineOnly = process.argv.includes('--engine');

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const content = loadContent(join(repo, 'content'));
const ruleset = content.ruleset;
const pool = sentencePool(content);
const letters = makeCorpus(pool, 1_100_000);
const corpusWords = letters.reduce((n, l) => n + countWords(l), 0);
const corpusBytes = letters.reduce((n, l) => n + Buffer.byteLength(l), 0);
console.log(`Corpus: ${letters.length} letters, ${fmt(corpusWords)} words, ${(corpusBytes / 1e6).toFixed(2)} MB\n`);

// --- the engine
const checker = createChecker(ruleset);
// check() is what runs on every keystroke and what alex and write-good do: find the problems.
const ours = throughput(letters, (t) => checker.check(t));
row('engine throughput (words/s, check per letter)', fmt(ours));
row('engine throughput with the letter summary (words/s, analyse per letter)', fmt(throughput(letters, (t) => checker.analyse(t))));
const letter1000 = makeLetter(pool, 1000, seeded(7));
const timing = letterTimings(ruleset, letter1000);
row(`1,000-word letter (${countWords(letter1000)} words), check: median`, `${timing.median.toFixed(3)} ms`);
row('1,000-word letter, check: p95', `${timing.p95.toFixed(3)} ms`);
const withSummary = letterTimings(ruleset, letter1000, 'analyse');
row('1,000-word letter, analyse (with readability and checklists): median / p95', `${withSummary.median.toFixed(3)} / ${withSummary.p95.toFixed(3)} ms`);
row('ruleset compile (createChecker), median', `${compileTime(ruleset).toFixed(2)} ms`);
row('peak memory (max RSS of this process so far)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// --- hostile input (tests/engine/hostile-shapes.ts): 1 MB of each shape, the worst in the table
const hostile = hostileTimes(checker);
for (const h of hostile) console.log(`    ${h.name}: ${h.secondsPerMb.toFixed(2)} s/MB`);
row(`hostile input, worst of ${hostile.length} shapes at 1 MB (analyse)`, `${hostile[0].secondsPerMb.toFixed(2)} s per MB (${hostile[0].name})`);

if (engineOnly) {
  printTable();
  process.exit(0);
}

// --- the same text through alex and write-good (devDependencies used only here)
const { text: alex } = await import('alex');
const writeGood = (await import('write-good')).default as (t: string) => unknown[];
// Two passes each (about 20 s for alex): the same warm-up and best-of rule as ours, fewer passes.
const alexRate = throughput(letters, (t) => alex(t), 2);
row('alex throughput (words/s)', fmt(alexRate));
const wgRate = throughput(letters, (t) => writeGood(t), 2);
row('write-good throughput (words/s)', fmt(wgRate));
row('ratio: Values Lens / alex', `${(ours / alexRate).toFixed(0)}x`);
row('ratio: Values Lens / write-good', `${(ours / wgRate).toFixed(0)}x`);

// --- the CLI over 2,000 letters, whole process
const dir = mkdtempSync(join(tmpdir(), 'vl-bench-'));
const random = seeded(99);
for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `letter-${String(i).padStart(4, '0')}.txt`), makeLetter(pool, 80 + Math.floor(random() * 400), random));
const cliTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const r = spawnSync('node', [join(repo, 'bin/values-lens.mjs'), 'check', '--format', 'json', dir], { maxBuffer: 1 << 30 });
  cliTimes.push(performance.now() - t0);
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
}
cliTimes.sort((a, b) => a - b);
row('CLI over 2,000 letters, whole process (median of 3)', `${(percentile(cliTimes, 50) / 1000).toFixed(2)} s`);
rmSync(dir, { recursive: true, force: true });

// --- the extension in Chromium (needs `npm run build:extension`)
const latency = join(repo, 'bench/extension-latency.ts');
if (existsSync(join(repo, '.output/chrome-mv3/manifest.json')) && existsSync(latency)) {
  const out = execFileSync('npx', ['tsx', latency], { encoding: 'utf8', cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of out.trim().split('\n')) {
    const [name, value] = line.split('\t');
    if (value) row(name, value);
  }
} else row('extension latency', 'skipped: build the extension first (npm run build:extension)');
// --- a tab's heap with a checked field (needs the extension and the test pages built)
if (existsSync(join(repo, '.output/chrome-mv3/manifest.json')) && existsSync(join(repo, 'dist/test-pages/textarea.html'))) {
  const out = execFileSync('npx', ['tsx', join(repo, 'bench/tab-memory.ts')], { encoding: 'utf8', cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of out.trim().split('\n')) {
    const [name, value] = line.split('\t');
    if (value) row(name, value);
  }
} else row('tab memory', 'skipped: build the extension and the test pages first (npm run build:extension && npm run build:test-pages)');

// --- sizes
const ext = sizesUnder(join(repo, '.output/chrome-mv3'));
for (const s of ext.filter((s) => /content-scripts|popup|sidepanel|options|background/.test(s.file))) row(`gzip ${s.file}`, `${(s.gzip / 1024).toFixed(1)} KB`);
const site = sizesUnder(join(repo, 'dist/site'));
if (site.length) {
  const pages = site.filter((s) => s.file.endsWith('.html'));
  row('site pages (html, gzip): largest', `${pages[0]?.file} ${(pages[0]?.gzip / 1024).toFixed(1)} KB`);
  for (const s of site.filter((s) => !s.file.endsWith('.html')).slice(0, 5)) row(`gzip site/${s.file}`, `${(s.gzip / 1024).toFixed(1)} KB`);
}

printTable();

function printTable(): void {
  mkdirSync(join(repo, 'artifacts'), { recursive: true });
  writeFileSync(join(repo, 'artifacts/bench.json'), JSON.stringify(Object.fromEntries(rows), null, 2));
  console.log('\n| measure | value |\n|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
}
