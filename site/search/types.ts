/** The search index's shape, shared by the build (site/pages/search.ts) and the page (site/client/search.ts). */

/**
 * One searchable page. t: title; u: url from the site root; k: kind; d: summary shown under the
 * result; w: its own words (folded, as site/search/words.ts reads them); b: other words of its
 * body, once each (rules only: the whole text would not fit the page budget).
 */
export interface SearchEntry {
  t: string;
  u: string;
  k: string;
  d: string;
  w: string;
  b?: string;
}

/** Phrase -> the phrases a search for it also looks for. */
export type SearchSynonyms = Record<string, string[]>;

/** What the page ships: the entries and the everyday phrases with the guidance's words for them. */
export interface SearchData {
  entries: SearchEntry[];
  synonyms: SearchSynonyms;
}

/** The kinds, in the order results of equal score are listed: overviews before single rules. */
export const KIND_ORDER = ['Lens', 'NHS value', 'Example letter', 'Page'];
