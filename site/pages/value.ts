/** One page per lens: what it means in a letter (the value page's Markdown) and its rules. */
import type { ValueDoc } from '../../compiler/page-files.js';
import { mdContext, type BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { CONSTITUTION_LABEL } from '../lib/labels.js';
import { renderMarkdown } from '../lib/markdown.js';
import { lensTag } from '../lib/parts.js';
import { nhsValuePath, relUrl, valuePath } from '../lib/paths.js';
import { ruleList } from './rule-list.js';

export function valuePage(ctx: BuildContext, value: ValueDoc): Page {
  const path = valuePath(value.id);
  const rules = ctx.rulesByLens.get(value.lens) ?? [];
  const body = html`<div class="vl-tags">${lensTag(value.lens)}</div>
<h1>${value.title}</h1>
<p class="nhsuk-body-l">${value.summary}</p>
<p class="vl-meta">Serves the NHS values: ${value.constitution.map((c, i) => {
    const label = CONSTITUTION_LABEL[c] ?? c;
    // The extension's guidance pages do not carry the NHS value pages: there the name is text.
    return html`${i ? ', ' : ''}${ctx.dest.has(nhsValuePath(c)) ? html`<a href="${relUrl(path, nhsValuePath(c))}">${label}</a>` : label}`;
  })}.</p>
${renderMarkdown(value.tree.children, mdContext(ctx, path, value.file, 'values'))}
<h2 id="rules">Rules in this lens (${rules.length})</h2>
${ruleList(path, rules)}`;
  return {
    path,
    title: value.title,
    description: value.summary,
    body,
    bodyClass: 'vl-printable',
    breadcrumbs: [{ text: 'Home', path: 'index.html' }, { text: 'Lenses', path: 'index.html#lenses' }],
  };
}
