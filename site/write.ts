/** Renders pages to files and writes a set of files under an output folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildContext } from './context.js';
import { renderPage, type Page } from './layout.js';

export function renderPages(ctx: BuildContext, pages: Page[]): Map<string, string> {
  return new Map(pages.map((p) => [p.path, renderPage(p, ctx.dest)]));
}

export function writeFiles(outDir: string, files: ReadonlyMap<string, string | Buffer>): void {
  for (const [path, data] of files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
