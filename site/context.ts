/** What every page renderer gets: the content, the destination being written, and an error sink. */
import type { Content } from '../compiler/load-content.js';
import type { RuleDoc } from '../compiler/rule-file.js';
import type { Lens } from '../engine/types.js';
import { LENSES } from '../engine/types.js';
import { createChecker, type Checker } from '../engine/index.js';
import type { Destination } from './layout.js';
import type { RenderContext } from './lib/markdown.js';
import { letterPath, NHS_VALUES_INDEX, nhsValuePath, rulePath, valuePath } from './lib/paths.js';

export interface BuildContext {
  content: Content;
  dest: Destination;
  /** Every page the full site has (a link to one the destination lacks becomes text, not an error). */
  sitePages: ReadonlySet<string>;
  rulesByLens: Map<Lens, RuleDoc[]>;
  /** One checker for the build (creating one indexes every phrase: do it once). */
  checker: Checker;
  error(file: string, line: number, problem: string): void;
}

/** The fixed pages of the full site, beside one page per rule, lens, letter and deck. */
export const FIXED_PAGES = ['index.html', 'about.html', 'extension.html', 'glossary.html', 'search.html', 'check.html', 'rules/index.html', 'letters/index.html', 'present/index.html', 'practice.html'];
export const presentPath = (deck: string) => `present/${deck}.html`;
/** The presenter's window for a deck: slides, notes and timer. */
export const presenterPath = (deck: string) => `present/${deck}-presenter.html`;
/** The deck of example letters, beside one deck per lens. */
export const LETTERS_DECK = 'letters';

export function fullSitePages(content: Content): Set<string> {
  return new Set([
    ...FIXED_PAGES,
    ...content.rules.map((r) => rulePath(r.id)),
    ...content.values.map((v) => valuePath(v.id)),
    ...content.letters.map((l) => letterPath(l.id)),
    // The NHS Constitution value pages, when the content has them (a test's small content may not).
    ...(content.nhsValues.length ? [NHS_VALUES_INDEX, ...content.nhsValues.map((v) => nhsValuePath(v.id))] : []),
    ...[...LENSES, LETTERS_DECK].flatMap((d) => [presentPath(d), presenterPath(d)]),
  ]);
}

const SEVERITY_ORDER = { error: 0, warning: 1, advice: 2 };

export function createContext(content: Content, variant: Destination['variant'], pages: ReadonlySet<string>, error: BuildContext['error']): BuildContext {
  const sitePages = fullSitePages(content);
  const rulesByLens = new Map<Lens, RuleDoc[]>(LENSES.map((l) => [l, []]));
  const sorted = [...content.rules].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.title.localeCompare(b.title));
  for (const r of sorted) rulesByLens.get(r.lens)!.push(r);
  let checker: Checker | undefined;
  return {
    content,
    dest: { variant, has: (p) => pages.has(p) },
    sitePages,
    rulesByLens,
    get checker() {
      return (checker ??= createChecker(content.ruleset));
    },
    error,
  };
}

/** The markdown render context for one content file shown on one page. */
export function mdContext(ctx: BuildContext, page: string, file: string, folder: RenderContext['folder']): RenderContext {
  return { page, file, folder, has: ctx.dest.has, exists: (p) => ctx.sitePages.has(p), error: ctx.error };
}
