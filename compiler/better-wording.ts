/**
 * A rule's hand-written before and after: the "- Before:" and "- After:" items under its
 * "## Better wording" heading. The presenter shows these (never a machine-applied suggestion), and
 * a rule in a deck must have them.
 */
import type { Root } from 'mdast';
import { inlineText, sections } from './markdown.js';

export interface BetterWording {
  before: string;
  after: string;
  /** Line of the "- Before:" item, for error messages. */
  line: number;
  afterLine: number;
}

const ITEM = /^(Before|After):\s+/;

/** The first Before and the first After after it, whitespace (Markdown line wrapping) collapsed; null if either is missing. */
export function readBetterWording(tree: Root): BetterWording | null {
  const section = sections(tree.children, 2).get('better wording');
  if (!section) return null;
  let before: { text: string; line: number } | undefined;
  for (const node of section.children) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const text = inlineText(item.children).replace(/\s+/g, ' ').trim();
      const m = ITEM.exec(text);
      if (!m) continue;
      const value = text.slice(m[0].length);
      const line = item.position?.start.line ?? 1;
      if (m[1] === 'Before') before ??= { text: value, line };
      else if (before) return { before: before.text, after: value, line: before.line, afterLine: line };
    }
  }
  return null;
}
