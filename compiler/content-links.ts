/**
 * The one definition of a link between content files, as written in the Markdown:
 * "../rules/<id>.md", "../values/<id>.md" (a lens), "../nhs-values/<id>.md", "../letters/<id>.md", or "./<id>.md" and "<id>.md" for
 * a file in the same folder, each with an optional "#fragment". The compiler checks such links
 * point at a file that exists, reads a letter's "What changed" links to rules, and the site turns
 * them into page links: all three read them here, so they cannot disagree on what a link is.
 * Pure (no I/O), so the site's code can use it too.
 */

export type ContentFolder = 'rules' | 'values' | 'nhs-values' | 'letters';

export interface ContentLink {
  /** The folder of the file linked to. */
  folder: ContentFolder;
  /** The file's name without ".md": the rule, value or letter id. */
  id: string;
  /** The fragment after "#", if any. */
  hash?: string;
}

/** A content link's path (the part before "#"). Ids are lower-case words joined by hyphens, as file names are. */
export const CONTENT_LINK_PATH = /^(?:\.\.\/(rules|values|nhs-values|letters)\/|\.\/)?([a-z0-9-]+)\.md$/;

/**
 * What a link in a file of folder `from` points at, or null when it is not a link to a content
 * file (a web address, a page anchor, another kind of file, a path out of the content folders).
 */
export function parseContentLink(url: string, from: ContentFolder): ContentLink | null {
  const at = url.indexOf('#');
  const path = at < 0 ? url : url.slice(0, at);
  const m = CONTENT_LINK_PATH.exec(path);
  if (!m) return null;
  const link: ContentLink = { folder: (m[1] as ContentFolder | undefined) ?? from, id: m[2] };
  if (at >= 0 && at < url.length - 1) link.hash = url.slice(at + 1);
  return link;
}
