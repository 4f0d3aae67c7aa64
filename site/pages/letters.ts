/**
 * The example letters: a gallery filterable by lens and letter type, and one page per letter with
 * before and after side by side. The findings behind each change are marked in the "before" letter
 * with the number of the change that fixed them (found by the engine at build time).
 */
import type { LetterDoc } from '../../compiler/page-files.js';
import { LENSES } from '../../engine/types.js';
import { mdContext, type BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { AUDIENCE_ONE, LENS_LABEL, LETTER_TYPE_LABEL } from '../lib/labels.js';
import { renderMarkdown } from '../lib/markdown.js';
import { lensTag, markedText } from '../lib/parts.js';
import { letterPath, relUrl } from '../lib/paths.js';

export function lettersIndexPage(ctx: BuildContext): Page {
  const path = 'letters/index.html';
  const letters = ctx.content.letters;
  const types = [...new Set(letters.map((l) => l.type))];
  const body = html`<h1>Example letters</h1>
<p class="nhsuk-body-l">Real kinds of letter, as a busy writer might send them and after a rewrite. Each change is explained and linked to its rule.</p>
<form class="vl-filter" id="letter-filter" aria-label="Filter letters">
  <div class="nhsuk-form-group"><label class="nhsuk-label" for="filter-lens">Lens</label>
    <select class="nhsuk-select" id="filter-lens" name="lens"><option value="">All lenses</option>${LENSES.map((l) => html`<option value="${l}">${LENS_LABEL[l]}</option>`)}</select></div>
  <div class="nhsuk-form-group"><label class="nhsuk-label" for="filter-type">Letter type</label>
    <select class="nhsuk-select" id="filter-type" name="type"><option value="">All types</option>${types.map((t) => html`<option value="${t}">${LETTER_TYPE_LABEL[t] ?? t}</option>`)}</select></div>
</form>
<p id="letter-count" role="status">${letters.length} letters</p>
<ul class="vl-card-grid" id="letter-list">${letters.map(
    (l) => html`<li data-lenses="${l.lenses.join(' ')}" data-type="${l.type}"><div class="nhsuk-card nhsuk-card--clickable vl-letter-card"><div class="nhsuk-card__content">
  <h2 class="nhsuk-card__heading nhsuk-heading-s"><a class="nhsuk-card__link" href="${relUrl(path, letterPath(l.id))}">${l.title}</a></h2>
  <p class="nhsuk-card__description">${l.summary}</p>
  <p class="vl-meta">${LETTER_TYPE_LABEL[l.type] ?? l.type} · to ${AUDIENCE_ONE[l.audience]}</p>
  <div class="vl-tags">${l.lenses.map(lensTag)}</div>
</div></div></li>`,
  )}</ul>`;
  return { path, title: 'Example letters', body, scripts: ['assets/letters-filter.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}

export function letterPage(ctx: BuildContext, letter: LetterDoc): Page {
  const path = letterPath(letter.id);
  const md = mdContext(ctx, path, letter.file, 'letters');
  const checker = ctx.checker;
  const changeOf = new Map<string, number>();
  letter.changes.forEach((c, i) => c.rules.forEach((id) => changeOf.has(id) || changeOf.set(id, i + 1)));
  const marks = checker
    .check(letter.before, { audience: letter.audience })
    .filter((f) => f.end > f.start && f.end - f.start < 200)
    .map((f) => ({ start: f.start, end: f.end, label: changeOf.has(f.ruleId) ? String(changeOf.get(f.ruleId)) : undefined }));
  const body = html`<article class="vl-letter-page">
<div class="vl-tags">${letter.lenses.map(lensTag)}</div>
<h1>${letter.title}</h1>
<p class="nhsuk-body-l">${letter.summary}</p>
<p class="vl-meta">${LETTER_TYPE_LABEL[letter.type] ?? letter.type}, written to ${AUDIENCE_ONE[letter.audience]}. Wording Values Lens flags is marked in the first letter; a number points to the change listed below it.</p>
<div class="nhsuk-grid-row vl-before-after">
  <section class="nhsuk-grid-column-one-half" aria-labelledby="before-heading"><h2 id="before-heading">Before</h2><pre class="vl-letter" tabindex="0" aria-labelledby="before-heading">${markedText(letter.before, marks)}</pre></section>
  <section class="nhsuk-grid-column-one-half" aria-labelledby="after-heading"><h2 id="after-heading">After</h2><pre class="vl-letter" tabindex="0" aria-labelledby="after-heading">${letter.after}</pre></section>
</div>
<h2 id="what-changed">What changed</h2>
<ol class="vl-changes">${letter.changes.map((c) => html`<li>${renderMarkdown(c.note.children, md)}</li>`)}</ol>
</article>`;
  return {
    path,
    title: letter.title,
    description: letter.summary,
    body,
    bodyClass: 'vl-printable',
    breadcrumbs: [{ text: 'Home', path: 'index.html' }, { text: 'Example letters', path: 'letters/index.html' }],
  };
}
