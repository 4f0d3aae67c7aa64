/**
 * Search: the index is built here at build time and shipped as a script (window.VL_SEARCH) so it
 * loads from file:// too, where fetch() of local JSON is blocked.
 */
import type { RuleDoc } from '../../compiler/rule-file.js';
import { inlineText } from '../../compiler/markdown.js';
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { LENS_LABEL, LETTER_TYPE_LABEL } from '../lib/labels.js';
import { letterPath, nhsValuePath, rulePath, valuePath } from '../lib/paths.js';
import { contentWords, searchWords } from '../search/words.js';
import { readSearchSynonyms } from '../search/synonyms.js';
import type { SearchData, SearchEntry } from '../search/types.js';
import { EXTENSION_PAGE } from './extension.js';
import { caughtPhrasings } from './rule.js';

export type { SearchEntry, SearchData } from '../search/types.js';

/** The index carries one sentence of each message: enough to choose a result, small enough for the page budget. */
function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

const unique = (words: string[]) => [...new Set(words)];

/** An overview page's own words: those its text uses at least twice, most used first (at most 40). */
function keyWords(text: string): string[] {
  const counts = new Map<string, number>();
  for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w]) => w);
}

/**
 * A rule's own words: its lens, the words of the wordings it catches (the first 12, as its page
 * lists them) and of its suggestions, less those of its title. The rest of its body is left out:
 * every word of 300 rule pages would be four times the page budget of the search page.
 */
function ruleEntry(r: RuleDoc): SearchEntry {
  const title = new Set(searchWords(r.title));
  const own = unique([...searchWords(r.lens), ...caughtPhrasings(r, 12).shown.flatMap(searchWords), ...r.suggestions.flatMap(searchWords)]).filter((w) => !title.has(w) && !/^\d+$/.test(w));
  return { t: r.title, u: rulePath(r.id), k: `${LENS_LABEL[r.lens]} rule`, d: firstSentence(r.message), w: own.join(' ') };
}

export function searchIndex(ctx: BuildContext): SearchEntry[] {
  const { rules, values, nhsValues, letters } = ctx.content;
  const page = (t: string, u: string, d: string, words: string): SearchEntry => ({ t, u, k: 'Page', d, w: unique(searchWords(words)).join(' ') });
  return [
    ...values.map((v) => ({ t: v.title, u: valuePath(v.id), k: 'Lens', d: v.summary, w: unique([...searchWords(v.lens), ...keyWords(inlineText(v.tree.children))]).join(' ') })),
    ...nhsValues.map((v) => ({ t: v.title, u: nhsValuePath(v.id), k: 'NHS value', d: v.summary, w: unique([...searchWords('NHS value constitution'), ...keyWords(inlineText(v.tree.children))]).join(' ') })),
    ...letters.map((l) => ({ t: l.title, u: letterPath(l.id), k: 'Example letter', d: l.summary, w: unique([...searchWords(`${l.type} ${LETTER_TYPE_LABEL[l.type]} ${l.lenses.join(' ')}`), ...keyWords(`${l.summary} ${inlineText(l.tree.children)}`)]).join(' ') })),
    ...(ctx.sitePages.has(EXTENSION_PAGE) ? [page('Get the browser extension', EXTENSION_PAGE, 'Install Values Lens in Chrome, Edge or Firefox, and how a trust deploys it.', 'browser extension add-on plugin install chrome edge firefox deploy policy trust privacy')] : []),
    page('Plain words', 'glossary.html', 'Hard words and shorthand, and what to write instead.', 'glossary plain words jargon abbreviations meaning'),
    page('Check a letter', 'check.html', 'Paste a letter to check it on your device.', 'check letter paste'),
    page('Present a lens', 'present/index.html', 'Slides with speaker notes for a training session.', 'present slides training teaching session deck'),
    ...rules.map(ruleEntry),
  ];
}

export function searchIndexScript(ctx: BuildContext): string {
  const data: SearchData = { entries: searchIndex(ctx), synonyms: readSearchSynonyms(ctx.content.root, ctx.error) };
  // Escape "<" so the data can never close a script element if it is ever inlined.
  return `window.VL_SEARCH=${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}

export function searchPage(_ctx: BuildContext): Page {
  const body = html`<h1>Search</h1>
<form id="search-page-form" action="search.html" method="get" role="search">
  <div class="nhsuk-form-group"><label class="nhsuk-label" for="search-query">Search the rules, lenses, NHS values and example letters</label>
  <div class="vl-search-row"><input class="nhsuk-input nhsuk-input--width-20" id="search-query" name="q" type="search" autocomplete="off">
  <button class="nhsuk-button" type="submit">Search</button></div></div>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol class="nhsuk-list vl-search-results" id="search-results"></ol>
<noscript><p>Search needs JavaScript. You can browse <a href="rules/index.html">all rules</a> instead.</p></noscript>`;
  return { path: 'search.html', title: 'Search', body, scripts: ['assets/search-index.js', 'assets/search.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
