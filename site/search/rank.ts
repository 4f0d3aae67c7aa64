/**
 * Ranks the search index for a query. Pure, so unit tests run it on the real index. Every word of
 * the query (or of one of its everyday-phrase rewrites) must appear in a page; a word in the title
 * counts most, then the page's own words, its summary, and last the rest of its body. Overview
 * pages (lenses, NHS values, example letters) count their own words as much as a title, so
 * "sorry" lists the candour lens and the letters that say sorry before the single rules about it.
 */
import type { SearchEntry, SearchSynonyms } from './types.js';
import { KIND_ORDER } from './types.js';
import { queryWords, searchWords, wordMatches } from './words.js';

const TITLE = 10;
const OWN = 6;
const OVERVIEW_OWN = 10;
const SUMMARY = 4;
const BODY = 1;
/** A title that is the query itself ("Denies" for "denies"). */
const WHOLE_TITLE = 20;
/** A rewrite through an everyday phrase scores a little under the words typed. */
const REWRITE = 0.8;

interface Prepared {
  entry: SearchEntry;
  title: string[];
  own: string[];
  summary: string[];
  body: string[];
  overview: boolean;
  kind: number;
}

export function prepare(entries: readonly SearchEntry[]): Prepared[] {
  return entries.map((entry) => {
    const kind = KIND_ORDER.indexOf(entry.k);
    return {
      entry,
      title: searchWords(entry.t),
      own: entry.w.split(' '),
      summary: searchWords(entry.d),
      body: entry.b ? entry.b.split(' ') : [],
      overview: kind >= 0 && kind < 3,
      kind: kind < 0 ? KIND_ORDER.length : kind,
    };
  });
}

const has = (words: readonly string[], q: string) => words.some((w) => wordMatches(q, w));

function scoreWords(p: Prepared, words: readonly string[]): number {
  let score = 0;
  for (const q of words) {
    const s = has(p.title, q) ? TITLE : has(p.own, q) ? (p.overview ? OVERVIEW_OWN : OWN) : has(p.summary, q) ? SUMMARY : has(p.body, q) ? BODY : 0;
    if (!s) return 0;
    score += s;
  }
  return score;
}

/** The query's words, then each rewrite of an everyday phrase in it into the guidance's words. */
export function queryVariants(query: string, synonyms: SearchSynonyms): Array<{ words: string[]; weight: number; label: string }> {
  const words = queryWords(query);
  const out = [{ words, weight: 1, label: query.trim() }];
  if (!words.length) return [];
  for (const [phrase, alternatives] of Object.entries(synonyms)) {
    const p = queryWords(phrase);
    for (let i = 0; i + p.length <= words.length; i++) {
      if (!p.every((w, j) => words[i + j] === w)) continue;
      for (const alt of alternatives) out.push({ words: [...words.slice(0, i), ...queryWords(alt), ...words.slice(i + p.length)], weight: REWRITE, label: alt });
    }
  }
  return out;
}

/** Matching pages, best first. */
export function rank(prepared: readonly Prepared[], query: string, synonyms: SearchSynonyms): SearchEntry[] {
  const variants = queryVariants(query, synonyms);
  if (!variants.length) return [];
  const whole = searchWords(query).join(' ');
  const scored: Array<{ p: Prepared; score: number }> = [];
  for (const p of prepared) {
    let best = 0;
    for (const v of variants) best = Math.max(best, scoreWords(p, v.words) * v.weight);
    if (!best) continue;
    if (p.title.join(' ') === whole) best += WHOLE_TITLE;
    scored.push({ p, score: best });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.p.kind - b.p.kind || a.p.entry.t.localeCompare(b.p.entry.t))
    .map((s) => s.p.entry);
}
