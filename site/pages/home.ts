/** The home page: what the values mean in a letter, and where to go next. */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { lensTag } from '../lib/parts.js';
import { nhsValuePath, valuePath } from '../lib/paths.js';
import { EXTENSION_PAGE } from './extension.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function homePage(ctx: BuildContext): Page {
  const path = 'index.html';
  const { values, nhsValues, rules, letters } = ctx.content;
  const body = html`<h1>Values Lens</h1>
<p class="nhsuk-body-l">A letter is often the only part of their care a person can keep and reread. Values Lens helps you write letters to patients, parents and carers that are honest, kind, respectful and clear: the NHS values, in the words on the page.</p>
<ul class="vl-inline-list">
  <li><a href="check.html">Check a letter</a></li>
  <li><a href="letters/index.html">See ${letters.length} example letters, before and after</a></li>
  <li><a href="rules/index.html">Browse all ${rules.length} rules</a></li>
  <li><a href="${EXTENSION_PAGE}">Get the browser extension</a></li>
</ul>
<h2 id="lenses">The four lenses</h2>
<p>Each lens looks at a letter in one way. Every rule belongs to one lens.</p>
<ul class="vl-lens-grid">${values.map(
    (v) => html`<li class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content">
  <div class="vl-tags">${lensTag(v.lens)}</div>
  <h3 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="${valuePath(v.id)}">${v.title}</a></h3>
  <p class="nhsuk-card__description">${v.summary}</p>
  <p class="vl-meta">${plural(ctx.rulesByLens.get(v.lens)?.length ?? 0, "rule")}</p>
</div></li>`,
  )}</ul>
${nhsValues.length
    ? html`<h2 id="nhs-values">The six NHS values</h2>
<p>The lenses serve the values of the NHS Constitution. Each value has a page with examples and questions for a training session.</p>
<ul class="vl-value-links">${nhsValues.map((v) => html`<li><a href="${nhsValuePath(v.id)}">${v.title}</a></li>`)}</ul>`
    : ''}
<h2>How to use it</h2>
<ul>
  <li><strong>New to writing letters?</strong> Read the four lenses and the six NHS values, then compare the example letters before and after.</li>
  <li><strong>Running a training session?</strong> <a href="present/index.html">Present a lens</a> as slides, with speaker notes, and use the questions on each NHS value page.</li>
  <li><strong>Writing a letter now?</strong> Paste it into <a href="check.html">Check a letter</a>. Nothing you paste is stored or sent.</li>
  <li><strong>Writing in webmail or a patient portal?</strong> <a href="${EXTENSION_PAGE}">Get the browser extension</a> to check as you type.</li>
</ul>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>Values Lens is not an official NHS product. It points at wording worth a second look; you decide what to change. <a href="about.html">About Values Lens</a>.</p></div>`;
  return { path, title: 'Home', description: 'Write NHS letters that are honest, kind, respectful and clear.', body };
}
