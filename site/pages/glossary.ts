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

/** One concept: its head term (and what to write), the other forms of it the rule also catches. */
export interface GlossaryConcept extends GlossaryEntry {
  variants: string[];
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
  return out.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base', numeric: true }));
}

/** A light stem of one word: "administered" and "administers" -> "administer". */
function stem(word: string): string {
  if (word.length < 5) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '');
}

/**
 * The concept a term belongs to, within its rule: the same words once articles, inflections,
 * US spellings ("hematologist") and numbers ("2/52", "6/52") are set aside.
 */
export function conceptKey(rule: RuleDoc, term: string): string {
  const words = term
    .toLowerCase()
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/\d+(?=\/)/g, '#')
    .replace(/ae|oe/g, 'e')
    .split(/[\s-]+/)
    .map(stem);
  // Joined without spaces, so "post-operative", "post operative" and "postoperative" are one.
  return `${rule.id}|${words.join('')}`;
}

/** Entries grouped by concept: the shortest form heads it, the others are listed as its variants. */
export function glossaryConcepts(rules: readonly RuleDoc[]): GlossaryConcept[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const e of glossaryEntries(rules)) {
    const key = conceptKey(e.rule, e.term);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const concepts = [...groups.values()].map((list) => {
    const byLength = [...list].sort((a, b) => a.term.length - b.term.length || a.term.localeCompare(b.term, 'en', { numeric: true }));
    const head = byLength[0];
    const variants = list.filter((e) => e !== head).map((e) => e.term);
    return { ...head, variants };
  });
  return concepts.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base', numeric: true }));
}

const letterId = (l: string) => (l === '#' ? 'other' : `letter-${l}`);

export function glossaryPage(ctx: BuildContext): Page {
  const path = 'glossary.html';
  const concepts = glossaryConcepts(ctx.content.rules);
  const groups = new Map<string, GlossaryConcept[]>();
  for (const e of concepts) {
    const letter = /^[a-z]/i.test(e.term) ? e.term[0].toUpperCase() : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  const body = html`<h1>Plain words</h1>
<p class="nhsuk-body-l">Words and shorthand that many readers find hard, and what to write instead: ${concepts.length} of them, from the clarity rules. Each links to its rule, which says why.</p>
<nav aria-label="Glossary by first letter"><ul class="vl-jump-list">${[...groups.keys()].map((l) => html`<li><a href="#${letterId(l)}">${l === '#' ? html`<span aria-hidden="true">#</span><span class="nhsuk-u-visually-hidden">Numbers and symbols</span>` : l}</a></li>`)}</ul></nav>
${[...groups].map(
  ([letter, list]) => html`<h2 id="${letterId(letter)}">${letter === '#' ? 'Numbers and symbols' : letter}</h2>
<dl class="vl-glossary">${list.map((e) => html`<dt>${e.term}</dt><dd>Write: ${e.plain.map((p, i) => html`${i ? ' or ' : ''}<q>${p}</q>`)}. <a href="${relUrl(path, rulePath(e.rule.id))}">Why<span class="nhsuk-u-visually-hidden">: ${e.rule.title}</span></a>${e.variants.length ? html`<br><span class="vl-glossary__variants">Also: ${e.variants.join(', ')}</span>` : ''}</dd>`)}</dl>`,
)}`;
  return { path, title: 'Plain words', body, bodyClass: 'vl-printable', breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
