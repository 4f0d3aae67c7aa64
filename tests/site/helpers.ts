/** Shared by the site's unit tests: build once per test file, into memory. */
import { fileURLToPath } from 'node:url';
import { buildSiteFiles } from '../../site/build.js';

export const FIXTURE = fileURLToPath(new URL('./fixtures/content/', import.meta.url));

export type SiteFiles = Map<string, string | Buffer>;

export const pagesOf = (files: SiteFiles) => [...files.keys()].filter((p) => p.endsWith('.html')).sort();
export const text = (files: SiteFiles, path: string) => String(files.get(path) ?? '');

export function buildFixture(): Promise<SiteFiles> {
  return buildSiteFiles(FIXTURE);
}

/** The real content folder; VALUES_LENS_CONTENT points elsewhere (a snapshot) while content/ is being edited. */
export const REAL_CONTENT = process.env.VALUES_LENS_CONTENT || undefined;

/** The real site, from content/ (the same build as `npm run build:site`). */
export function buildRealSite(): Promise<SiteFiles> {
  return buildSiteFiles(REAL_CONTENT);
}
