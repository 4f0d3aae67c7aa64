/**
 * Underlines findings in a contenteditable with the CSS Custom Highlight API: ranges over the
 * editor's own text nodes, painted by the browser, so the editor's DOM is never touched. The
 * highlight registry is shared with the page's scripts, so every name carries a random prefix.
 * Each document (the page, each same-origin iframe) has its own registry and style sheet. Fields in
 * open shadow roots need nothing more: highlight styles inherit from the shadow host into its tree
 * (tests/e2e/extension/hostile.spec.ts compares screenshots with and without our highlights).
 */
import { LENSES, type Lens } from '../../engine/index.js';
import { LENS_LOOK } from '../../engine/index.js';

export const HIGHLIGHT_PREFIX = `vlens-${Math.random().toString(36).slice(2, 8)}`;
export const highlightName = (what: Lens | 'active') => `${HIGHLIGHT_PREFIX}-${what}`;

const styled = new WeakSet<Document>();

type HighlightWindow = Window & typeof globalThis;

function ensureStyles(doc: Document): void {
  if (styled.has(doc)) return;
  const win = doc.defaultView as HighlightWindow | null;
  if (!win) return;
  const css = LENSES.map((l) => {
    const look = LENS_LOOK[l];
    return `::highlight(${highlightName(l)}){text-decoration:underline ${look.line} ${look.colour};text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}`;
  }).join('\n') + `\n::highlight(${highlightName('active')}){background-color:rgba(255,235,59,.55)}`;
  // An adopted sheet is not a node: the page's DOM, and so the editor's, stays exactly as it was.
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styled.add(doc);
}

export function highlightsSupported(doc: Document): boolean {
  const win = doc.defaultView as HighlightWindow | null;
  return !!win && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** Per document: the ranges each field contributed, so one field's update keeps the others'. */
const perDoc = new WeakMap<Document, Map<object, Map<Lens | 'active', AbstractRange[]>>>();

export function paintHighlights(doc: Document, owner: object, byLens: Map<Lens | 'active', AbstractRange[]>): void {
  if (!highlightsSupported(doc)) return;
  ensureStyles(doc);
  let owners = perDoc.get(doc);
  if (!owners) perDoc.set(doc, (owners = new Map()));
  if (byLens.size === 0) owners.delete(owner);
  else owners.set(owner, byLens);
  const win = doc.defaultView as HighlightWindow;
  for (const what of [...LENSES, 'active'] as const) {
    const ranges = [...owners.values()].flatMap((m) => m.get(what) ?? []);
    const name = highlightName(what);
    if (ranges.length === 0) win.CSS.highlights.delete(name);
    else win.CSS.highlights.set(name, new win.Highlight(...ranges));
  }
}
