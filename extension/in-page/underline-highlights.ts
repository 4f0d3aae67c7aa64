/**
 * Underlines findings in a contenteditable with the CSS Custom Highlight API: ranges over the
 * editor's own text nodes, painted by the browser, so the editor's DOM is never touched. The
 * highlight registry is shared with the page's scripts, so every name carries a random prefix.
 * Each document (the page, each same-origin iframe) has its own registry and style sheet. Fields in
 * open shadow roots need nothing more: highlight styles inherit from the shadow host into its tree
 * (tests/e2e/extension/hostile.spec.ts compares screenshots with and without our highlights).
 *
 * One Highlight per lens and document lives as long as the page, and a check adds and removes only
 * the ranges that changed (highlight-ranges.ts): at 20,000 words, building a new Highlight of every
 * range on every keystroke was a fifth of the content script's work.
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

/** Per document, our Highlight for each lens and for the active finding. Every field of the document adds its ranges to them. */
const perDoc = new WeakMap<Document, Map<Lens | 'active', Highlight>>();

/** Takes `remove` out of the `what` highlight of `doc` and puts `add` in; the other ranges stay as they are. */
export function updateHighlight(doc: Document, what: Lens | 'active', remove: readonly AbstractRange[], add: readonly AbstractRange[]): void {
  if (!highlightsSupported(doc)) return;
  ensureStyles(doc);
  const win = doc.defaultView as HighlightWindow;
  let mine = perDoc.get(doc);
  if (!mine) perDoc.set(doc, (mine = new Map()));
  let h = mine.get(what);
  if (!h) mine.set(what, (h = new win.Highlight()));
  for (const r of remove) h.delete(r);
  for (const r of add) h.add(r);
  const name = highlightName(what);
  const registry = win.CSS.highlights;
  // Registered only while it holds ranges; and registered again if the page's script took it out.
  if (h.size === 0) {
    if (registry.get(name) === h) registry.delete(name);
  } else if (registry.get(name) !== h) registry.set(name, h);
}
