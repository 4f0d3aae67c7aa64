/**
 * What the content script is made of: `npx tsx bench/content-modules.ts [--top N] [--no-build] [--json]`.
 * Builds the Chrome content script again with a hidden source map (into a temporary folder, so
 * .output/ is left alone), gives each generated character to the source file the map says it came
 * from, and prints, by source module, its minified bytes and its gzip cost: how many bytes the gzip
 * (level 9, as tests/extension/build-output.test.ts measures) of the whole file loses when that
 * module's characters are taken out. Gzip costs do not add up to the total (shared words compress
 * across modules); each one is what removing that module alone would save. Characters the map gives
 * to no source (the bundler's wrapper, joins between modules) are "(unmapped)".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 40;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

interface Map { sources: string[]; mappings: string; dir: string }

async function buildWithMap(): Promise<{ code: string; map: Map; cleanup: () => void }> {
  const out = mkdtempSync(join(tmpdir(), 'vl-content-map-'));
  const { build } = await import('wxt');
  // 'hidden' writes the .map without a sourceMappingURL comment, so the code is byte for byte the shipped one.
  await build({ root: repo, browser: 'chrome', outDir: out, vite: () => ({ build: { sourcemap: 'hidden' } }) });
  const file = join(out, 'chrome-mv3/content-scripts/content.js');
  return { code: readFileSync(file, 'utf8'), map: { ...JSON.parse(readFileSync(`${file}.map`, 'utf8')), dir: dirname(file) }, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/** A short name for a source path: the repository path, or the npm package for node_modules. */
function moduleName(source: string, mapDir: string): string {
  const path = resolve(mapDir, source.replace(/\?.*$/, ''));
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? rest.splice(0, 2).join('/') : rest.shift()!;
    // A package's own entry points by name (preact/hooks, preact/jsx-runtime), not its dist files.
    return `npm:${pkg}${rest.length > 1 && !['dist', 'src', 'lib'].includes(rest[0]) ? `/${rest[0]}` : ''}`;
  }
  return relative(repo, path).startsWith('..') ? source : relative(repo, path);
}

/** For each generated character, the index of the module it came from (-1 when unmapped). */
function owners(code: string, map: Map, modules: string[]): Int32Array {
  const index = new globalThis.Map(modules.map((m, i) => [m, i]));
  const sourceModule = map.sources.map((s) => index.get(moduleName(s, map.dir))!);
  const owner = new Int32Array(code.length).fill(-1);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  // A segment runs to the next one, across lines without segments of their own: those are the
  // continuation of a multi-line template literal (the in-page CSS), which is its segment's module.
  let last = -1;
  let lastFrom = 0;
  decode(map.mappings).forEach((segments, line) => {
    for (const seg of segments) {
      const from = lineStarts[line] + seg[0];
      owner.fill(last, lastFrom, from);
      last = seg.length === 1 ? -1 : sourceModule[seg[1]];
      lastFrom = from;
    }
  });
  owner.fill(last, lastFrom);
  return owner;
}

const { code, map, cleanup } = await buildWithMap();
try {
  const modules = [...new Set(map.sources.map((s) => moduleName(s, map.dir)))];
  const owner = owners(code, map, modules);
  const total = gz(code);
  const rows = [...modules, '(unmapped)'].map((name, i) => {
    const id = i < modules.length ? i : -1;
    let bytes = 0;
    let without = '';
    let run = 0;
    // The file with this module's characters left out, built in runs to stay quick.
    for (let c = 0; c < code.length; c++) {
      if (owner[c] === id) {
        if (c > run) without += code.slice(run, c);
        run = c + 1;
        bytes++;
      }
    }
    without += code.slice(run);
    return { module: name, bytes, gzipCost: bytes ? total - gz(without) : 0 };
  }).filter((r) => r.bytes > 0).sort((a, b) => b.gzipCost - a.gzipCost);

  if (args.includes('--json')) {
    console.log(JSON.stringify({ bytes: code.length, gzip: total, modules: rows }, null, 2));
  } else {
    console.log(`content script: ${code.length} bytes, ${total} bytes gzip (level 9), ${rows.length} modules\n`);
    console.log('| # | module | minified bytes | share | gzip cost | share |');
    console.log('|---|---|---:|---:|---:|---:|');
    rows.slice(0, top).forEach((r, i) => {
      const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
      console.log(`| ${i + 1} | ${r.module} | ${r.bytes} | ${pct(r.bytes, code.length)} | ${r.gzipCost} | ${pct(r.gzipCost, total)} |`);
    });
  }
} finally {
  if (args.includes('--keep')) console.error(`build kept in ${map.dir}`);
  else cleanup();
}
