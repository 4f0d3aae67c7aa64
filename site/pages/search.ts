/**
 * Search: the index is built here at build time and shipped as a script (window.VL_SEARCH) so it
 * loads from file:// too, where fetch() of local JSON is blocked.
 */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { LENS_LABEL, LETTER_TYPE_LABEL } from '../lib/labels.js';
import { letterPath, rulePath, valuePath } from '../lib/paths.js';
import { caughtPhrasings } from './rule.js';

/** One searchable page: title, url from the site root, kind, summary and extra words to match. */
export interface SearchEntry {
  t: string;
  u: string;
  k: string;
  d: string;
  w: string;
}

/** The index carries one sentence of each message: enough to choose a result, small enough for the page budget. */
function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

export function searchIndex(ctx: BuildContext): SearchEntry[] {
  const { rules, values, letters } = ctx.content;
  return [
    ...values.map((v) => ({ t: v.title, u: valuePath(v.id), k: 'Lens', d: v.summary, w: v.lens })),
    ...rules.map((r) => ({ t: r.title, u: rulePath(r.id), k: `${LENS_LABEL[r.lens]} rule`, d: firstSentence(r.message), w: [r.lens, ...caughtPhrasings(r, 6).shown].join(' ') })),
    ...letters.map((l) => ({ t: l.title, u: letterPath(l.id), k: 'Example letter', d: l.summary, w: [l.type, LETTER_TYPE_LABEL[l.type], ...l.lenses].join(' ') })),
  ];
}

export function searchIndexScript(ctx: BuildContext): string {
  // Escape "<" so the data can never close a script element if it is ever inlined.
  return `window.VL_SEARCH=${JSON.stringify(searchIndex(ctx)).replace(/</g, '\\u003c')};\n`;
}

export function searchPage(_ctx: BuildContext): Page {
  const body = html`<h1>Search</h1>
<form id="search-page-form" action="search.html" method="get" role="search">
  <div class="nhsuk-form-group"><label class="nhsuk-label" for="search-query">Search the rules, lenses and example letters</label>
  <div class="vl-search-row"><input class="nhsuk-input nhsuk-input--width-20" id="search-query" name="q" type="search" autocomplete="off">
  <button class="nhsuk-button" type="submit">Search</button></div></div>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol class="nhsuk-list vl-search-results" id="search-results"></ol>
<noscript><p>Search needs JavaScript. You can browse <a href="rules/index.html">all rules</a> instead.</p></noscript>`;
  return { path: 'search.html', title: 'Search', body, scripts: ['assets/search-index.js', 'assets/search.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
