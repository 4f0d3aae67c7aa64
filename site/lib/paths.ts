/**
 * Every link on the site is relative, so the site works from a zip, from file:// and inside the
 * extension. Pages know their own path from the site root and ask for links to other site paths.
 */
import { posix } from 'node:path';
import { ruleUrl } from '../../engine/finding-labels.js';

/** The relative URL from the page at `from` (e.g. "rules/denies.html") to the site path `to`. */
export function relUrl(from: string, to: string): string {
  const [path, hash] = to.split('#');
  const fromDir = posix.dirname(from);
  let rel = path === '' ? posix.basename(from) : posix.relative(fromDir, path);
  if (rel === '') rel = posix.basename(path);
  return hash !== undefined ? `${rel}#${hash}` : rel;
}

export const rulePath = ruleUrl;
export const valuePath = (lens: string) => `values/${lens}.html`;
export const letterPath = (id: string) => `letters/${id}.html`;
/** An NHS Constitution value's page ("nhs-values/everyone-counts.html"); not a lens page. */
export const nhsValuePath = (value: string) => `nhs-values/${value}.html`;
export const NHS_VALUES_INDEX = 'nhs-values/index.html';

/** The content folders whose files become pages. */
export type ContentFolder = 'rules' | 'values' | 'nhs-values' | 'letters';

/** Maps a content link ("../rules/denies.md#why", "./claims.md") seen in `folder` to a site path, or null. */
export function contentLinkToSitePath(url: string, folder: ContentFolder): string | null {
  const [path, hash] = url.split('#');
  const m = /^(?:\.\.\/(rules|values|nhs-values|letters)\/|\.\/)?([a-z0-9-]+)\.md$/.exec(path);
  if (!m) return null;
  return `${m[1] ?? folder}/${m[2]}.html${hash ? `#${hash}` : ''}`;
}
