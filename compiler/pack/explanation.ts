/**
 * A rule's "Why" and "Better wording" sections as plain-text blocks for the pack file. Text only:
 * raw HTML in the Markdown is left out, links keep their words, emphasis its text. A front end
 * shows the blocks with text nodes, so nothing in a pack is ever parsed as markup.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { PackBlock } from '../../engine/pack/index.js';
import { sections } from '../markdown.js';

const SHIPPED = [['why', 'Why'], ['better wording', 'Better wording']] as const;

/** Inline text without raw HTML, whitespace (line breaks too) collapsed to single spaces. */
function plain(nodes: readonly (PhrasingContent | RootContent)[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'html') continue;
    if ('value' in node && typeof node.value === 'string') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if ('children' in node) out += plain(node.children as PhrasingContent[]);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function blocksOf(nodes: readonly RootContent[], out: PackBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = plain(node.children);
      if (text) out.push(node.type === 'heading' ? { type: 'heading', text } : { type: 'paragraph', text });
    } else if (node.type === 'code') {
      const text = node.value.replace(/\s+/g, ' ').trim();
      if (text) out.push({ type: 'paragraph', text });
    } else if (node.type === 'list') {
      // One level of list: a nested item is its own item, so "Before: ... / After: ..." pairs stay readable.
      const items: string[] = [];
      const walk = (list: typeof node) => {
        for (const item of list.children) {
          const text = plain(item.children.filter((c) => c.type !== 'list'));
          if (text) items.push(text);
          for (const c of item.children) if (c.type === 'list') walk(c);
        }
      };
      walk(node);
      if (items.length) out.push({ type: 'list', items });
    } else if (node.type === 'blockquote') blocksOf(node.children, out);
  }
}

export function explanationBlocks(tree: Root): PackBlock[] {
  const body = sections(tree.children, 2);
  const out: PackBlock[] = [];
  for (const [key, heading] of SHIPPED) {
    const section = body.get(key);
    if (!section) continue;
    out.push({ type: 'heading', text: heading });
    blocksOf(section.children, out);
  }
  return out;
}
