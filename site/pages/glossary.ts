/** A plain-words glossary generated from the clarity rules' phrases and their suggestions. */
import type { RuleDoc } from '../../compiler/rule-file.js';
import { resolveSuggestions } from '../../compiler/suggestion-spec.js';
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { relUrl, rulePath } from '../lib/paths.js';

export interface GlossaryEntry {
  term: string;
  plain: string[];
  rule: RuleDoc;
}

const readable = (phrasing: string) => phrasing.replace(/^\^\s*|\s*\$$/g, '').replace(/\*/g, '…').trim();

/** One entry per clarity phrase (its first phrasing), with the words to use instead. */
export function glossaryEntries(rules: readonly RuleDoc[]): GlossaryEntry[] {
  const seen = new Set<string>();
  const out: GlossaryEntry[] = [];
  for (const rule of rules) {
    if (rule.lens !== 'clarity' || rule.check !== 'phrase') continue;
    for (const spec of rule.phrases) {
      // The first phrasing's own words: "$1" in a suggestion repeats what that phrasing matched.
      const own = spec.suggest && resolveSuggestions({ default: spec.suggest, byAudience: {} }, spec.slots?.get(spec.phrasings[0]));
      const plain = (own || rule.suggestions).map((s) => (s === '' ? 'leave it out' : s));
      const term = readable(spec.phrasings[0] ?? '');
      if (!term || !plain.length || seen.has(term.toLowerCase())) continue;
      seen.add(term.toLowerCase());
      out.push({ term, plain, rule });
    }
  }
  return out.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

const letterId = (l: string) => (l === '#' ? 'other' : `letter-${l}`);

export function glossaryPage(ctx: BuildContext): Page {
  const path = 'glossary.html';
  const entries = glossaryEntries(ctx.content.rules);
  const groups = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const letter = /^[a-z]/i.test(e.term) ? e.term[0].toUpperCase() : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  const body = html`<h1>Plain words</h1>
<p class="nhsuk-body-l">Words and shorthand that many readers find hard, and what to write instead. Generated from the clarity rules.</p>
<nav aria-label="Glossary letters"><ul class="vl-inline-list">${[...groups.keys()].map((l) => html`<li><a href="#${letterId(l)}">${l}</a></li>`)}</ul></nav>
${[...groups].map(
  ([letter, list]) => html`<h2 id="${letterId(letter)}">${letter}</h2>
<dl class="vl-glossary">${list.map((e) => html`<dt>${e.term}</dt><dd>Write: ${e.plain.map((p, i) => html`${i ? ' or ' : ''}<q>${p}</q>`)}. <a href="${relUrl(path, rulePath(e.rule.id))}">Why<span class="nhsuk-u-visually-hidden">: ${e.rule.title}</span></a></dd>`)}</dl>`,
)}`;
  return { path, title: 'Plain words', body, bodyClass: 'vl-printable', breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
