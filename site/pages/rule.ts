/** One page per rule: why, better wording, flagged and fine examples, what it catches, sources. */
import type { Root } from 'mdast';
import type { RuleDoc } from '../../compiler/rule-file.js';
import { inlineText } from '../../compiler/markdown.js';
import { AUDIENCES } from '../../engine/types.js';
import { mdContext, type BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html, type Html } from '../lib/html.js';
import { AUDIENCE_LABEL, AUDIENCE_ONE, LENS_LABEL, listWords } from '../lib/labels.js';
import { renderMarkdown } from '../lib/markdown.js';
import { lensTag, markedText, severityTag } from '../lib/parts.js';
import { relUrl, rulePath, valuePath } from '../lib/paths.js';

type RootContent = Root['children'][number];

/** The body without its "## Examples" section (the examples are shown from the parsed data, marked). */
function bodyWithoutExamples(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let skipping = false;
  for (const n of nodes) {
    if (n.type === 'heading' && n.depth <= 2) skipping = n.depth === 2 && inlineText(n.children).trim().toLowerCase() === 'examples';
    if (!skipping) out.push(n);
  }
  return out;
}

/** Readable phrasings a rule catches: "denies", "in denial about"… (pattern syntax removed). */
export function caughtPhrasings(rule: RuleDoc, max = 12): { shown: string[]; more: number } {
  const all = [...new Set(rule.phrases.flatMap((p) => p.phrasings).map((p) => p.replace(/^\^\s*|\s*\$$/g, '').replace(/\*/g, '…').trim()))];
  return { shown: all.slice(0, max), more: Math.max(0, all.length - max) };
}

function examples(rule: RuleDoc): Html {
  const item = (ex: RuleDoc['examples'][number]) =>
    html`<li>${ex.audience !== 'patient' ? html`<span class="vl-audience">Writing to ${AUDIENCE_ONE[ex.audience]}:</span> ` : ''}${markedText(ex.text, ex.marks)}</li>`;
  const flags = rule.examples.filter((e) => e.kind === 'flag');
  const fines = rule.examples.filter((e) => e.kind === 'fine');
  return html`<h2 id="examples">Examples</h2>
<div class="nhsuk-grid-row vl-examples">
  <div class="nhsuk-grid-column-one-half">
    <div class="vl-example-box vl-example-box--flag"><h3>Flagged</h3><ul class="vl-example-list">${flags.map(item)}</ul></div>
  </div>
  <div class="nhsuk-grid-column-one-half">
    <div class="vl-example-box vl-example-box--fine"><h3>Fine as it is</h3><ul class="vl-example-list">${fines.map(item)}</ul></div>
  </div>
</div>`;
}

export function rulePage(ctx: BuildContext, rule: RuleDoc): Page {
  const path = rulePath(rule.id);
  const to = (p: string) => relUrl(path, p);
  const md = mdContext(ctx, path, rule.file, 'rules');
  const caught = rule.check === 'phrase' ? caughtPhrasings(rule) : null;
  const audiences = rule.audiences.length === AUDIENCES.length ? 'everyone' : listWords(rule.audiences.map((a) => AUDIENCE_LABEL[a]));
  const suggestions = rule.suggestions.map((s) => (s === '' ? 'leave it out' : s));
  const related = rule.related.map((id) => ctx.content.rules.find((r) => r.id === id)).filter((r): r is RuleDoc => !!r);
  const sources = rule.sources.map((k) => ctx.content.sources.get(k)).filter((s) => !!s);
  const body = html`<article class="vl-rule">
<div class="vl-tags">${lensTag(rule.lens)} ${severityTag(rule.severity)}</div>
<h1>${rule.title}</h1>
<p class="nhsuk-body-l">${rule.message}</p>
<p class="vl-meta">Applies when writing to ${audiences}.</p>
${renderMarkdown(bodyWithoutExamples(rule.tree.children), md)}
${suggestions.length ? html`<h2>Suggested wording</h2><ul>${suggestions.map((s) => html`<li>${s}</li>`)}</ul>` : ''}
${examples(rule)}
${caught && caught.shown.length
    ? html`<h2>What it looks for</h2><p>${caught.shown.map((p, i) => html`${i ? ', ' : ''}<q>${p}</q>`)}${caught.more ? ` and ${caught.more} more wordings` : ''}.</p>`
    : ''}
${sources.length ? html`<h2>Sources</h2><ul class="vl-sources">${sources.map((s) => html`<li><a href="${s!.url}">${s!.title}</a></li>`)}</ul>` : ''}
${related.length ? html`<h2>Related</h2><ul>${related.map((r) => html`<li><a href="${to(rulePath(r.id))}">${r.title}</a></li>`)}</ul>` : ''}
<p class="vl-meta">Part of the <a href="${to(valuePath(rule.lens))}">${LENS_LABEL[rule.lens]}</a> lens. Rule id: <code>${rule.id}</code>.</p>
</article>`;
  return {
    path,
    title: rule.title,
    description: rule.message,
    body,
    bodyClass: 'vl-printable',
    breadcrumbs: [
      { text: 'Home', path: 'index.html' },
      { text: 'Rules', path: 'rules/index.html' },
      { text: LENS_LABEL[rule.lens], path: valuePath(rule.lens) },
    ],
  };
}
