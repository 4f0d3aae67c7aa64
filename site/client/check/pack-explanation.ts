/**
 * "Why?" for a pack rule's finding: there is no site page for a trust's own rule, so its
 * explanation (from the pack file) opens in the finding's card. Built with text nodes only: a pack
 * is untrusted, and its explanation is text in blocks, never markup (engine/pack/format.ts).
 */
import type { PackedRule } from '../../../engine/pack/index.js';
import { el, hidden } from './dom.js';

export function packExplanation({ pack, rule }: PackedRule, about: string): HTMLDetailsElement {
  const body = el('div', { className: 'vl-pack-why' });
  for (const block of rule.explanation) {
    if (block.type === 'heading') body.append(el('h4', {}, block.text));
    else if (block.type === 'paragraph') body.append(el('p', {}, block.text));
    else body.append(el('ul', {}, ...block.items.map((item) => el('li', {}, item))));
  }
  if (rule.sources.length) {
    body.append(el('h4', {}, 'Sources'), el('ul', {}, ...rule.sources.map((s) => el('li', {}, el('a', { href: s.url, rel: 'noreferrer' }, s.title)))));
  }
  body.append(el('p', { className: 'vl-meta' }, `From the rule pack ${pack.name} ${pack.version} of ${pack.organisation}.`));
  return el('details', { className: 'vl-finding__why nhsuk-details' }, el('summary', { className: 'nhsuk-details__summary' }, el('span', { className: 'nhsuk-details__summary-text' }, 'Why?', hidden(` About “${about}”`))), el('div', { className: 'nhsuk-details__text' }, body));
}
