/** One page per rule: why, better wording, flagged and fine examples, what it catches, sources. */
import type { Root } from 'mdast';
import type { RuleDoc } from '../../compiler/rule-file.js';
import { inlineText } from '../../compiler/markdown.js';
import { AUDIENCES } from '../../engine/types.js';
import { mdContext, type BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html, type Html } from '../lib/html.js';
import { AUDIENCE_LABEL, AUDIENCE_ONE, CONSTITUTION_LABEL, LENS_LABEL, listWords } from '../lib/labels.js';
import { renderMarkdown } from '../lib/markdown.js';
import { lensTag, markedText, severityTag } from '../lib/parts.js';
import { nhsValuePath, relUrl, rulePath, valuePath } from '../lib/paths.js';
import { textEdit } from '../../engine/apply.js';

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

/** The text a click on the first suggestion leaves, with what changed underlined (the rule file's "Fixed:" line). */
function afterFix(ex: RuleDoc['examples'][number]): Html | '' {
  if (ex.fixed === undefined) return '';
  const fixed = ex.fixed;
  const edit = textEdit(ex.text, fixed);
  // Whole words: "denied" -> "did not have" shares its "d", but the reader should see the words change.
  let start = edit.start;
  let end = edit.start + edit.insert.length;
  while (start > 0 && /[\p{L}\p{N}'’-]/u.test(fixed[start - 1])) start--;
  while (end < fixed.length && /[\p{L}\p{N}'’-]/u.test(fixed[end])) end++;
  const changed = end > start
    ? html`${fixed.slice(0, start)}<ins class="vl-after-fix__change">${fixed.slice(start, end)}</ins>${fixed.slice(end)}`
    : html`${fixed}`;
  return html`<p class="vl-after-fix"><span class="vl-after-fix__label">After fix:</span> ${changed}</p>`;
}

function examples(rule: RuleDoc): Html {
  const item = (ex: RuleDoc['examples'][number]) =>
    html`<li>${ex.audience !== 'patient' ? html`<span class="vl-audience">Writing to ${AUDIENCE_ONE[ex.audience]}:</span> ` : ''}${markedText(ex.text, ex.marks)}${afterFix(ex)}</li>`;
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
  const wording = (list: string[]) => list.map((s) => (s === '' ? 'leave it out' : s));
  const suggestions = wording(rule.suggestions);
  const byAudience = Object.entries(rule.suggestionsByAudience) as Array<[keyof typeof AUDIENCE_ONE, string[]]>;
  const related = rule.related.map((id) => ctx.content.rules.find((r) => r.id === id)).filter((r): r is RuleDoc => !!r);
  const sources = rule.sources.map((k) => ctx.content.sources.get(k)).filter((s) => !!s);
  const body = html`<article class="vl-rule">
<div class="vl-tags">${lensTag(rule.lens)} ${severityTag(rule.severity)}</div>
<h1>${rule.title}</h1>
<p class="nhsuk-body-l">${rule.message}</p>
<p class="vl-meta">Applies when writing to ${audiences}.</p>
${renderMarkdown(bodyWithoutExamples(rule.tree.children), md)}
${suggestions.length || byAudience.length
    ? html`<h2>Suggested wording</h2><ul>${suggestions.map((s) => html`<li>${s}</li>`)}</ul>${byAudience.map(([a, list]) => html`<p class="vl-audience">Writing to ${AUDIENCE_ONE[a]}:</p><ul>${wording(list).map((s) => html`<li>${s}</li>`)}</ul>`)}`
    : ''}
${examples(rule)}
${caught && caught.shown.length
    ? html`<h2>What it looks for</h2><p>${caught.shown.map((p, i) => html`${i ? ', ' : ''}<q>${p}</q>`)}${caught.more ? ` and ${caught.more} more wordings` : ''}.</p>`
    : ''}
${sources.length ? html`<h2>Sources</h2><ul class="vl-sources">${sources.map((s) => html`<li><a href="${s!.url}">${s!.title}</a></li>`)}</ul>` : ''}
${related.length ? html`<h2>Related</h2><ul>${related.map((r) => html`<li><a href="${to(rulePath(r.id))}">${r.title}</a></li>`)}</ul>` : ''}
<p class="vl-meta">Part of the <a href="${to(valuePath(rule.lens))}">${LENS_LABEL[rule.lens]}</a> lens. Serves the NHS values: ${rule.values.map((v, i) => html`${i ? ', ' : ''}${ctx.dest.has(nhsValuePath(v)) ? html`<a href="${to(nhsValuePath(v))}">${CONSTITUTION_LABEL[v]}</a>` : CONSTITUTION_LABEL[v]}`)}. Rule id: <code>${rule.id}</code>.</p>
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
