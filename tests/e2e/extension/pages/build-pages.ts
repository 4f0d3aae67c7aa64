/**
 * Builds the local pages the end-to-end tests type into: a textarea, a plain contenteditable, TipTap,
 * Quill, roosterjs (Outlook on the web), TinyMCE 6, Lexical, Slate and CKEditor 5 (real editors from
 * npm, bundled with esbuild; test pages only, never in the extension), an editor in a same-origin
 * iframe, and a field added after the page loaded. Each page exposes its editor (or the editor's own
 * text) on window.
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
  const tinymceSkin = join(dirname(require.resolve('tinymce/package.json')), 'skins/ui/oxide');
  mkdirSync(join(outDir, 'tinymce-skin'), { recursive: true });
  for (const f of ['skin.min.css', 'content.min.css']) copyFileSync(join(tinymceSkin, f), join(outDir, 'tinymce-skin', f));
  copyFileSync(require.resolve('ckeditor5/ckeditor5.css'), join(outDir, 'ckeditor5.css'));
  await build({
    entryPoints: ['tiptap.ts', 'quill.ts', 'roosterjs.ts', 'tinymce.ts', 'lexical.ts', 'slate.ts', 'ckeditor.ts'].map((f) => join(here, f)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // React (the Slate page) reads process.env.NODE_ENV, which a browser does not have.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  await buildTestPages(resolve(here, '../../../../dist/test-pages'));
}
