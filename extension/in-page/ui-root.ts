/**
 * One host element per document for everything we draw (textarea overlays, badge, card), with a
 * shadow root so page styles cannot reach in and ours cannot leak out. It sits on the document
 * element, outside any editor, so nothing of ours can end up in the text that is sent.
 *
 * The root is CLOSED: with an open one, any page's script could read the card (the flagged words,
 * the rule) through host.shadowRoot and press its buttons. Page script gets null there, and
 * events from inside reach page listeners retargeted to the host. The root is reached only through
 * this module's map, in the content script's own world. (Page script can still see that the host
 * element exists; it cannot see into it.)
 */
const roots = new WeakMap<Document, ShadowRoot>();
/** Each root's style element and the css it has: the card's styles join it when the ruleset comes (content-app.ts). */
const styles = new WeakMap<ShadowRoot, { style: HTMLStyleElement; css: string }>();

export const UI_HOST_TAG = 'values-lens-ui';

export function uiRoot(doc: Document, css: string): ShadowRoot {
  let root = roots.get(doc);
  if (root && root.host.isConnected) {
    const applied = styles.get(root)!;
    // The caller passes the same string until the styles change, so this is cheap on every draw.
    if (applied.css !== css) applied.style.textContent = applied.css = css;
    return root;
  }
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;');
  root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  styles.set(root, { style, css });
  doc.documentElement.append(host);
  roots.set(doc, root);
  return root;
}
