/**
 * One page per NHS Constitution value (nhs-values/<value>.html) and their index. Not the lens pages
 * (values/<lens>.html): a lens sorts the checker's rules; an NHS value is served by several lenses.
 * The prose is the value's Markdown; the lenses, rules and before-and-after pairs come from the
 * lens pages, the rules and the letters, so the page cannot drift from them.
 */
import type { NhsValueDoc } from '../../compiler/nhs-value-file.js';
import type { RuleDoc } from '../../compiler/rule-file.js';
import { LENSES } from '../../engine/types.js';
import { mdContext, type BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html, type Html } from '../lib/html.js';
import { LENS_LABEL, LETTER_TYPE_LABEL } from '../lib/labels.js';
import { renderMarkdown } from '../lib/markdown.js';
import { lensTag, markedText } from '../lib/parts.js';
import { letterPath, NHS_VALUES_INDEX, nhsValuePath, relUrl, rulePath, valuePath } from '../lib/paths.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lens pages whose `constitution` field names this value. */
export function lensesServing(ctx: BuildContext, value: NhsValueDoc['id']) {
  return ctx.content.values.filter((l) => l.constitution.includes(value));
}

/** Every rule that lists this value, in the lens order of the site. */
export function rulesServing(ctx: BuildContext, value: NhsValueDoc['id']): RuleDoc[] {
  return LENSES.flatMap((l) => (ctx.rulesByLens.get(l) ?? []).filter((r) => r.values.includes(value)));
}

/** A rule's first Flag example that has a "Fixed:" line, as a before and after pair. */
function beforeAfter(from: string, rule: RuleDoc): Html {
  const ex = rule.examples.find((e) => e.kind === 'flag' && e.fixed !== undefined)!;
  return html`<li class="vl-pair">
  <p class="vl-pair__line"><span class="vl-pair__label">Before:</span> ${markedText(ex.text, ex.marks)}</p>
  <p class="vl-pair__line"><span class="vl-pair__label">After:</span> ${ex.fixed ?? ''}</p>
  <p class="vl-meta nhsuk-body-s">${lensTag(rule.lens)} <a href="${relUrl(from, rulePath(rule.id))}">${rule.title}</a></p>
</li>`;
}

export function nhsValuePage(ctx: BuildContext, value: NhsValueDoc): Page {
  const path = nhsValuePath(value.id);
  const to = (p: string) => relUrl(path, p);
  const lenses = lensesServing(ctx, value.id);
  const featured = value.rules.map((id) => ctx.content.rules.find((r) => r.id === id)).filter((r): r is RuleDoc => !!r);
  const letters = value.letters.map((id) => ctx.content.letters.find((l) => l.id === id)).filter((l) => !!l);
  const all = rulesServing(ctx, value.id);
  const md = mdContext(ctx, path, value.file, 'nhs-values');
  const body = html`<p class="vl-kicker">NHS Constitution value</p>
<h1>${value.title}</h1>
<p class="nhsuk-body-l">${value.summary}</p>
${renderMarkdown(value.tree.children, md)}
<h2 id="lenses">Lenses that serve it</h2>
<p>Values Lens sorts its rules into four lenses. ${lenses.length === 1 ? 'This lens is' : `These ${lenses.length} lenses are`} built around this value; single rules from other lenses may serve it too (see the full list below).</p>
<ul class="vl-lens-links">${lenses.map((l) => html`<li>${lensTag(l.lens)} <a href="${to(valuePath(l.id))}">${l.title}</a>: ${l.summary}</li>`)}</ul>
<h2 id="examples">Before and after</h2>
<p>Short examples from the rules. The highlighted words are what Values Lens flags.</p>
<ul class="nhsuk-list vl-pairs">${featured.map((r) => beforeAfter(path, r))}</ul>
<h2 id="letters">Whole letters, before and after</h2>
<ul class="nhsuk-list">${letters.map((l) => html`<li><a href="${to(letterPath(l!.id))}">${l!.title}</a> <span class="vl-meta">(${LETTER_TYPE_LABEL[l!.type]})</span><br><span class="nhsuk-body-s">${l!.summary}</span></li>`)}</ul>
<h2 id="questions">Questions for a group</h2>
<p>For a team meeting or a training session: read a real (anonymised) letter together, then ask:</p>
<ol class="vl-questions">${value.questions.map((q) => html`<li>${renderMarkdown(q, md)}</li>`)}</ol>
<h2 id="rules">All rules that serve it (${all.length})</h2>
<p>Every rule that lists this value, by lens.</p>
${LENSES.map((lens) => {
  const list = all.filter((r) => r.lens === lens);
  if (!list.length) return '';
  return html`<details class="nhsuk-details"><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${LENS_LABEL[lens]}: ${plural(list.length, 'rule')}</span></summary>
<div class="nhsuk-details__text"><ul class="vl-compact-list">${list.map((r) => html`<li><a href="${to(rulePath(r.id))}">${r.title}</a></li>`)}</ul></div></details>`;
})}
<p class="vl-meta"><a href="${to(NHS_VALUES_INDEX)}">All six NHS values</a></p>`;
  return {
    path,
    title: value.title,
    description: value.summary,
    body,
    bodyClass: 'vl-printable',
    breadcrumbs: [{ text: 'Home', path: 'index.html' }, { text: 'NHS values', path: NHS_VALUES_INDEX }],
  };
}

export function nhsValuesIndexPage(ctx: BuildContext): Page {
  const path = NHS_VALUES_INDEX;
  const to = (p: string) => relUrl(path, p);
  const body = html`<h1>The six NHS values in a letter</h1>
<p class="nhsuk-body-l">The NHS Constitution for England sets out six values that guide everyone who works in the NHS. Each page here says what the value means when you write to a patient, a parent or a carer, with examples and questions for a training session.</p>
<p>These are not the same as the four <a href="${to('index.html#lenses')}">lenses</a> that Values Lens sorts its rules into. Each lens serves several NHS values, and each value is served by several lenses.</p>
<ul class="vl-card-grid">${ctx.content.nhsValues.map((v) => {
    const lenses = lensesServing(ctx, v.id);
    return html`<li class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content">
  <h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="${to(nhsValuePath(v.id))}">${v.title}</a></h2>
  <p class="nhsuk-card__description">${v.summary}</p>
  <p class="vl-meta">Lenses: ${lenses.map((l, i) => html`${i ? ', ' : ''}${LENS_LABEL[l.lens]}`)}. ${plural(rulesServing(ctx, v.id).length, 'rule')}.</p>
</div></li>`;
  })}</ul>
<p class="vl-meta">Source: <a href="https://www.gov.uk/government/publications/the-nhs-constitution-for-england">The NHS Constitution for England</a>. Values Lens is not an official NHS product.</p>`;
  return { path, title: 'NHS values', description: 'The six NHS Constitution values, and what each means in a letter.', body, breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
