/** A list of rules as linked summaries, used by the lens pages and the index of all rules. */
import type { RuleDoc } from '../../compiler/rule-file.js';
import { html, type Html } from '../lib/html.js';
import { severityTag } from '../lib/parts.js';
import { relUrl, rulePath } from '../lib/paths.js';

export function ruleList(from: string, rules: readonly RuleDoc[]): Html {
  return html`<ul class="nhsuk-list vl-rule-list">${rules.map(
    (r) => html`<li class="vl-rule-list__item"><a href="${relUrl(from, rulePath(r.id))}">${r.title}</a> ${severityTag(r.severity)}<br><span class="vl-rule-list__message">${r.message}</span></li>`,
  )}</ul>`;
}
