/**
 * The selection as seen from inside a field's own tree. For a field inside an open shadow root,
 * window.getSelection() in Chromium reports the shadow host, not the nodes typed in; the shadow
 * root's own getSelection() (Chromium, and Firefox behind no flag since 2024) gives the real ones.
 */
type ScopedRoot = ShadowRoot & { getSelection?: () => Selection | null };

export function selectionOf(el: Element): Selection | null {
  const root = el.getRootNode() as Document | ScopedRoot;
  if (root.nodeType === 11 && typeof (root as ScopedRoot).getSelection === 'function') return (root as ScopedRoot).getSelection!();
  return el.ownerDocument.defaultView?.getSelection() ?? null;
}
