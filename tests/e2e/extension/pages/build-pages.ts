/**
 * Builds the local pages the end-to-end tests type into: a textarea, a plain contenteditable, TipTap
 * and Quill (real editors from npm, bundled with esbuild), an editor in a same-origin iframe, and a
 * field added after the page loaded. Each page exposes its editor on window for the tests.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const here = dirname(new URL(import.meta.url).pathname);

export async function buildTestPages(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(here)) if (f.endsWith('.html')) copyFileSync(join(here, f), join(outDir, f));
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('quill/dist/quill.snow.css'), join(outDir, 'quill.snow.css'));
  await build({
    entryPoints: ['tiptap.ts', 'quill.ts'].map((f) => join(here, f)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  await buildTestPages(resolve(here, '../../../../dist/test-pages'));
}
