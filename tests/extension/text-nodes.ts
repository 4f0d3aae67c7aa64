/** Every text node under `root`, in document order: what a test types into, as the browser would edit it. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c as Text);
    else out.push(...textNodes(c));
  }
  return out;
}
