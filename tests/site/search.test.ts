/** Search on the real index: everyday words, US spellings and phrases find the page a reader wants. */
import { beforeAll, describe, expect, it } from 'vitest';
import { prepare, queryVariants, rank } from '../../site/search/rank.js';
import type { SearchData } from '../../site/search/types.js';
import { foldSpelling, queryWords } from '../../site/search/words.js';
import { buildRealSite, text } from './helpers.js';

let data: SearchData;
let search: (q: string) => string[];
beforeAll(async () => {
  const site = await buildRealSite();
  const script = text(site, 'assets/search-index.js');
  data = JSON.parse(script.slice('window.VL_SEARCH='.length).replace(/;\s*$/, '')) as SearchData;
  const prepared = prepare(data.entries);
  search = (q) => rank(prepared, q, data.synonyms).map((e) => e.u);
}, 120_000);

const top = (q: string, n: number) => search(q).slice(0, n);

describe('search words', () => {
  it('folds US spellings and word endings onto the British forms the guidance uses', () => {
    expect(foldSpelling('candor')).toBe(foldSpelling('candour'));
    expect(queryWords('hemorrhage')).toEqual(queryWords('haemorrhage'));
    expect(queryWords('apologize')).toEqual(queryWords('apologise'));
    expect(queryWords('administered')).toEqual(queryWords('administers'));
    expect(queryWords('shortness of breath')).toEqual(['short', 'breath']);
  });
});

describe('the real search index', () => {
  it('finds the candour lens first for the US spelling "candor"', () => {
    expect(top('candor', 1)).toEqual(['values/candour.html']);
  });

  it('finds the short-of-breath and breathlessness rules for "shortness of breath"', () => {
    expect(top('shortness of breath', 5)).toEqual(expect.arrayContaining(['rules/sob-short-of-breath.html', 'rules/dyspnoea-breathlessness.html']));
  });

  it('finds guidance on cancer and outlook for "breaking bad news"', () => {
    expect(top('breaking bad news', 6)).toEqual(expect.arrayContaining(['rules/malignant-cancer.html', 'rules/prognosis-outlook.html']));
  });

  it('lists the candour lens and the candour letter first for "sorry", before single rules', () => {
    const first = top('sorry', 5);
    expect(first[0]).toBe('values/candour.html');
    expect(first).toContain('letters/candour-missed-wrist-fracture.html');
    expect(search('sorry')).toContain('rules/sorry-if-you-feel.html');
  });

  it('still puts a rule first when the query is its title', () => {
    expect(top('denies', 1)).toEqual(['rules/denies.html']);
  });

  it('finds a rule by a wording it catches, in another tense', () => {
    expect(top('administered', 1)).toEqual(['rules/administer-give.html']);
  });

  it('finds the NHS value pages by their names', () => {
    expect(top('everyone counts', 1)).toEqual(['nhs-values/everyone-counts.html']);
    expect(top('working together', 3)).toContain('nhs-values/working-together.html');
  });

  it('finds the extension page for "install extension"', () => {
    expect(top('install extension', 1)).toEqual(['extension.html']);
  });

  it("reads an everyday phrase inside a longer query as the guidance's words, and says so", () => {
    const labels = queryVariants('letter breaking bad news', data.synonyms).map((v) => v.label);
    expect(labels[0]).toBe('letter breaking bad news');
    expect(labels).toContain('cancer');
    expect(queryVariants('denies', data.synonyms).map((v) => v.label)).toEqual(['denies']);
  });

  it('finds nothing for nonsense', () => {
    expect(search('zzqqxx')).toEqual([]);
  });
});
