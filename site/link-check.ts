/**
 * Checks every internal link of the built site before anything is written: each href/src (and
 * CSS url()) must name a file of the build, and each #fragment an id on the target page.
 * Problems are reported as "dist/site/<page>:<line>: problem".
 */
import { posix } from 'node:path';

export interface LinkProblem {
  page: string;
  line: number;
  problem: string;
}

const LINK = /\b(?:href|src)="([^"]*)"/g;
const CSS_URL = /url\("?([^")]+)"?\)/g;
const ID = /\bid="([^"]+)"/g;

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

export function checkLinks(files: ReadonlyMap<string, string | Buffer>): LinkProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const [path, data] of files) {
    if (path.endsWith('.html')) ids.set(path, new Set([...String(data).matchAll(ID)].map((m) => m[1])));
  }
  const problems: LinkProblem[] = [];
  for (const [page, data] of files) {
    const isHtml = page.endsWith('.html');
    if (!isHtml && !page.endsWith('.css')) continue;
    const text = String(data);
    for (const m of text.matchAll(isHtml ? LINK : CSS_URL)) {
      const url = m[1].replace(/&amp;/g, '&');
      const line = text.slice(0, m.index).split('\n').length;
      if (isExternal(url)) {
        // Hyperlinks to other sites are fine (the reader chooses to follow them); loading anything from elsewhere is not.
        if (!/^(https?:|mailto:)/i.test(url) || /\bsrc="/.test(m[0]) || !isHtml) problems.push({ page, line, problem: `loads "${url}" from outside the site` });
        continue;
      }
      if (url.startsWith('/')) {
        problems.push({ page, line, problem: `link "${url}" is absolute: it breaks from a zip and from file://` });
        continue;
      }
      const [pathPart, hash] = url.split('#');
      const noQuery = pathPart.split('?')[0];
      const target = noQuery === '' ? page : posix.normalize(posix.join(posix.dirname(page), noQuery));
      if (!files.has(target)) {
        problems.push({ page, line, problem: `broken link "${url}": no file ${target}` });
        continue;
      }
      if (hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(hash))) {
        problems.push({ page, line, problem: `broken link "${url}": ${target} has no id "${hash}"` });
      }
    }
  }
  return problems;
}
