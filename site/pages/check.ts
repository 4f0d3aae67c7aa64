/**
 * Check a letter: the engine runs in the page (assets/check.js). Nothing is stored or sent.
 * The form can never carry the letter anywhere, even with scripts off or not yet loaded: its
 * controls have no `name` (a submission would hold nothing) and `method="dialog"` outside a dialog
 * makes submitting do nothing at all.
 */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { AUDIENCE_ONE } from '../lib/labels.js';
import { AUDIENCES } from '../../engine/types.js';

export function checkPage(_ctx: BuildContext): Page {
  const body = html`<h1>Check a letter</h1>
<p class="nhsuk-body-l">Paste a letter or message to see wording worth a second look, why, and what to write instead.</p>
<p class="vl-meta">The check runs in this page, on your device. Your letter is not stored and not sent anywhere.</p>
<noscript><div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label"><span role="text">JavaScript needed</span></h2><p>The check runs in your browser and needs JavaScript. You can still read <a href="rules/index.html">all the rules</a>.</p></div></noscript>
<form id="check-form" class="vl-check-form" method="dialog" novalidate>
  <div class="nhsuk-form-group">
    <label class="nhsuk-label nhsuk-label--s" for="letter-text">Your letter</label>
    <div class="nhsuk-hint" id="letter-text-hint">Use made-up or removed names if you can.</div>
    <textarea class="nhsuk-textarea vl-check-text" id="letter-text" rows="14" aria-describedby="letter-text-hint" spellcheck="true"></textarea>
  </div>
  <div class="nhsuk-form-group">
    <label class="nhsuk-label nhsuk-label--s" for="audience">Who is it to?</label>
    <select class="nhsuk-select" id="audience">${AUDIENCES.map((a) => html`<option value="${a}">${AUDIENCE_ONE[a][0].toUpperCase()}${AUDIENCE_ONE[a].slice(1)}</option>`)}</select>
  </div>
  <button class="nhsuk-button" type="submit" id="check-button">Check letter</button>
</form>
<p id="check-status" class="vl-check-status" role="status" aria-live="polite"></p>
<div id="check-results" hidden>
  <h2 id="results-heading" tabindex="-1">Results</h2>
  <div class="nhsuk-grid-row">
    <div class="nhsuk-grid-column-one-half"><div id="check-summary"></div></div>
    <div class="nhsuk-grid-column-one-half"><div id="candour-checklist"></div></div>
  </div>
  <h3>Your letter with findings marked</h3>
  <div id="check-view" class="vl-letter vl-check-view"></div>
  <h3 id="findings-heading">Findings</h3>
  <ol id="findings" class="vl-findings"></ol>
</div>`;
  return { path: 'check.html', title: 'Check a letter', body, scripts: ['assets/check.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
