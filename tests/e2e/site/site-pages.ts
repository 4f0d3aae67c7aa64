/** The built site's pages, read from dist/site (the Playwright web server serves that folder). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SITE_DIR = join(process.cwd(), 'dist', 'site');

export function sitePages(dir = SITE_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) out.push(relative(SITE_DIR, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}
