/**
 * Check a letter: the engine runs in the page (assets/check.js). Nothing is stored or sent.
 * The form can never carry the letter anywhere, even with scripts off or not yet loaded: its
 * controls have no `name` (a submission would hold nothing) and `method="dialog"` outside a dialog
 * makes submitting do nothing at all. A trust's rule pack (a file the clinician picks or drops) is
 * read in the page and kept in its memory only (site/client/check/pack-picker.ts).
 */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { AUDIENCES } from '../../engine/types.js';
import { AUDIENCE_CHOICE, AUDIENCE_NOTES } from '../../engine/audience-notes.js';

export function checkPage(_ctx: BuildContext): Page {
  const body = html`<h1>Check a letter</h1>
<p class="nhsuk-body-l">Paste a letter or message to see wording worth a second look, why, and what to write instead.</p>
<p class="vl-meta">The check runs in this page, on your device. Your letter is not stored and not sent anywhere.</p>
<noscript><div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label"><span role="text">JavaScript needed</span></h2><p>The check runs in your browser and needs JavaScript. You can still read <a href="rules/index.html">all the rules</a>.</p></div></noscript>
<div class="vl-check-layout">
<form id="check-form" class="vl-check-form" method="dialog" novalidate>
  <div class="nhsuk-form-group">
    <label class="nhsuk-label nhsuk-label--s" for="letter-text">Your letter</label>
    <div class="nhsuk-hint" id="letter-text-hint">Use made-up or removed names if you can. After a check, findings are marked in the letter: click marked words to open their finding.</div>
    <div class="vl-editor">
      <div class="vl-editor__backdrop" id="letter-backdrop" aria-hidden="true"></div>
      <textarea class="nhsuk-textarea vl-editor__text" id="letter-text" rows="14" aria-describedby="letter-text-hint" spellcheck="true"></textarea>
    </div>
    <p class="vl-caret-finding" id="caret-finding" hidden></p>
  </div>
  <div class="nhsuk-form-group">
    <label class="nhsuk-label nhsuk-label--s" for="audience">Who is it to?</label>
    <div class="nhsuk-hint" id="audience-hint">${AUDIENCE_NOTES.patient}</div>
    <select class="nhsuk-select" id="audience" aria-describedby="audience-hint">${AUDIENCES.map((a) => html`<option value="${a}">${AUDIENCE_CHOICE[a]}</option>`)}</select>
  </div>
  <div class="vl-check-actions">
    <button class="nhsuk-button" type="submit" id="check-button">Check letter</button>
    <button class="nhsuk-button nhsuk-button--secondary" type="button" id="copy-letter">Copy letter</button>
    <p class="vl-copy-status" id="copy-status" role="status"></p>
  </div>
  <div class="nhsuk-form-group vl-pack" id="pack-group" hidden>
    <label class="nhsuk-label nhsuk-label--s" for="pack-file">Use your trust's rule pack (optional)</label>
    <div class="nhsuk-hint" id="pack-file-hint">A <code>.pack.json</code> file made with <code>values-lens pack build</code>: choose it, or drop it here. It stays in this page, on your device: it is not stored or sent, and it is gone when you close the page.</div>
    <div class="nhsuk-error-message" id="pack-error" role="alert" hidden></div>
    <div class="vl-drop" id="pack-drop">
      <input class="vl-file-input" type="file" id="pack-file" accept=".json,application/json" aria-describedby="pack-file-hint">
    </div>
    <div class="vl-pack-in-use" id="pack-in-use" hidden>
      <p id="pack-status" role="status"></p>
      <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" id="pack-remove">Remove the rule pack</button>
    </div>
    <p class="vl-meta" id="pack-removed" role="status"></p>
  </div>
</form>
<section class="vl-check-panel" id="findings-panel" aria-labelledby="findings-heading" hidden>
  <h2 class="nhsuk-heading-m" id="findings-heading" tabindex="-1">Findings</h2>
  <p id="check-status" class="vl-check-status" role="status" aria-live="polite">Check the letter to see its findings here.</p>
  <div id="findings-tools" hidden>
    <div id="finding-filters" class="vl-filters"></div>
    <p class="vl-keys"><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> next finding, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> previous, <kbd>Esc</kbd> back to the letter. <kbd>Ctrl</kbd>+<kbd>Z</kbd> in the letter undoes a fix.</p>
    <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" id="undo-fix" hidden>Undo last fix</button>
  </div>
  <ol id="findings" class="vl-findings"></ol>
</section>
</div>
<div id="check-results" hidden>
  <h2>About the whole letter</h2>
  <div class="nhsuk-grid-row">
    <div class="nhsuk-grid-column-one-half"><div id="check-summary"></div></div>
    <div class="nhsuk-grid-column-one-half"><div id="candour-checklist"></div></div>
  </div>
</div>`;
  return { path: 'check.html', title: 'Check a letter', body, scripts: ['assets/check.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
