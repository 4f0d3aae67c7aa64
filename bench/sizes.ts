/** Gzip sizes of what ships: the extension's bundles and the site's pages. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every .js, .css and .html file under dir with its gzip size, largest first. */
export function sizesUnder(dir: string): Array<{ file: string; gzip: number }> {
  return walk(dir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => ({ file: relative(dir, f), gzip: gzipSize(f) }))
    .sort((a, b) => b.gzip - a.gzip);
}
