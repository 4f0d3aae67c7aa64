/**
 * `npm run build:extension`: the guidance pages (for "Why?"), then the extension for Chrome/Edge
 * (MV3) and Firefox into .output/, each with its store zip. Prints the content script's gzip size.
 * (The pages the end-to-end tests type into are test code: `npm run build:test-pages`.)
 */
import { rmSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { zip } from 'wxt';
import { ContentErrors } from '../compiler/errors.js';
import { writeGuidancePages } from '../site/guidance-pages.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const started = performance.now();
const guidanceDir = join(repo, '.output/guidance-pages');

rmSync(guidanceDir, { recursive: true, force: true });
try {
  await writeGuidancePages(guidanceDir, process.env.VALUES_LENS_CONTENT_DIR);
} catch (e) {
  if (e instanceof ContentErrors) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

for (const browser of ['chrome', 'firefox'] as const) {
  // zip builds first, so one call gives both the unpacked build and the store package.
  const files = await zip({ root: repo, browser });
  console.log(`extension ${browser}: ${files.map((f) => f.replace(`${repo}/`, '')).join(', ')}`);
}

const content = readFileSync(join(repo, '.output/chrome-mv3/content-scripts/content.js'));
console.log(`content script: ${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);

console.log(`extension build: ${Math.round(performance.now() - started)} ms`);
