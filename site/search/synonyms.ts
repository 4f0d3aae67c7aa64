/**
 * Reads content/search-synonyms.yml: everyday phrases and the words the guidance uses for them
 * ("shortness of breath" -> "breathless", "SOB"). The site ships them beside the search index.
 * Errors name the file and line, like every other content error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

import type { SearchSynonyms } from './types.js';

export const SYNONYMS_FILE = 'search-synonyms.yml';

export function readSearchSynonyms(contentRoot: string, error: (file: string, line: number, problem: string) => void): SearchSynonyms {
  const path = join(contentRoot, SYNONYMS_FILE);
  if (!existsSync(path)) return {};
  const file = relative(process.cwd(), path) || path;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, prettyErrors: false });
  const lineAt = (node: unknown) => counter.linePos((node as { range?: [number] })?.range?.[0] ?? 0).line;
  if (doc.errors.length) {
    for (const e of doc.errors) error(file, e.linePos?.[0]?.line ?? 1, `invalid YAML: ${e.message.split('\n')[0]}`);
    return {};
  }
  if (!isMap(doc.contents)) {
    error(file, 1, 'must be a set of "phrase: [other words]" lines');
    return {};
  }
  const out: SearchSynonyms = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value).trim().toLowerCase() : '';
    const list = isSeq(pair.value) ? pair.value.items.map((i) => (isScalar(i) ? String(i.value).trim() : '')) : null;
    if (!key || !list || !list.length || list.some((w) => !w)) {
      error(file, lineAt(pair.key), `"${key}" needs a list of other words, as in: ${key || 'phrase'}: [word, other words]`);
      continue;
    }
    if (out[key]) error(file, lineAt(pair.key), `"${key}" is listed twice`);
    out[key] = list;
  }
  return out;
}
