/** The index of all rules, grouped by lens. */
import { LENSES } from '../../engine/types.js';
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { LENS_LABEL } from '../lib/labels.js';
import { relUrl, valuePath } from '../lib/paths.js';
import { ruleList } from './rule-list.js';

export function rulesIndexPage(ctx: BuildContext): Page {
  const path = 'rules/index.html';
  const total = ctx.content.rules.length;
  const body = html`<h1>All rules</h1>
<p class="nhsuk-body-l">Values Lens has ${total} rules, each about one kind of wording. Each page says why it matters, what to write instead, and shows examples.</p>
<nav aria-label="Lenses on this page"><ul class="vl-inline-list">${LENSES.map((l) => html`<li><a href="#${l}">${LENS_LABEL[l]} (${ctx.rulesByLens.get(l)!.length})</a></li>`)}</ul></nav>
${LENSES.map(
  (l) => html`<h2 id="${l}">${LENS_LABEL[l]}</h2>
${ctx.dest.has(valuePath(l)) ? html`<p><a href="${relUrl(path, valuePath(l))}">What ${LENS_LABEL[l].toLowerCase()} means in a letter</a></p>` : ''}
${ruleList(path, ctx.rulesByLens.get(l)!)}`,
)}`;
  return { path, title: 'All rules', body, breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
