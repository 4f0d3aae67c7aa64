/**
 * Every link on the site is relative, so the site works from a zip, from file:// and inside the
 * extension. Pages know their own path from the site root and ask for links to other site paths.
 */
import { posix } from 'node:path';
import { ruleUrl } from '../../engine/finding-labels.js';
import { parseContentLink, type ContentFolder } from '../../compiler/content-links.js';

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

/** The content folders whose files become pages (one definition, with the link pattern). */
export type { ContentFolder };

/** Maps a content link ("../rules/denies.md#why", "./claims.md") seen in `folder` to a site path, or null. */
export function contentLinkToSitePath(url: string, folder: ContentFolder): string | null {
  const link = parseContentLink(url, folder);
  if (!link) return null;
  return `${link.folder}/${link.id}.html${link.hash ? `#${link.hash}` : ''}`;
}
