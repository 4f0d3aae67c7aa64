/**
 * Parses one content file: YAML frontmatter (with the line of every field, for error messages)
 * and the Markdown body as an mdast tree. One frozen processor for all content.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { LineCounter, parseDocument, isMap, type Node as YamlNode } from 'yaml';
import type { Root, RootContent, Heading, PhrasingContent } from 'mdast';
import type { ErrorList } from './errors.js';

// No remark-gfm: the content uses no tables, task lists or strikethrough, and GFM tripled the
// parse time of the 300 rule files (1.8 s against 0.6 s), which the site's 5-second build cannot spare.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export interface ParsedFile {
  /** Path relative to the repo root, e.g. content/rules/denies.md. */
  file: string;
  data: Record<string, unknown>;
  /** The line of a frontmatter field or list item: lineOf('phrases', 2). Falls back to the frontmatter's first line. */
  lineOf(...path: Array<string | number>): number;
  /** The body without the frontmatter node. */
  tree: Root;
  source: string;
  /** False when the frontmatter is missing or is not valid YAML: field checks would only add noise. */
  frontmatterOk: boolean;
}

export function parseContentFile(file: string, source: string, errors: ErrorList): ParsedFile {
  const tree = processor.parse(source) as Root;
  const fm = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const body: Root = { type: 'root', children: fm ? tree.children.slice(1) : tree.children };
  let data: Record<string, unknown> = {};
  let lineOf = (..._path: Array<string | number>) => 1;
  let frontmatterOk = false;
  if (!fm) {
    errors.add(file, 1, 'missing YAML frontmatter (a block between --- lines at the top)');
  } else {
    const firstLine = (fm.position?.start.line ?? 1) + 1;
    const counter = new LineCounter();
    const doc = parseDocument(fm.value, { lineCounter: counter, prettyErrors: false });
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line ?? 1;
      errors.add(file, firstLine + line - 1, `invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const value = doc.errors.length ? null : doc.toJS();
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      errors.add(file, firstLine, 'frontmatter must be a set of fields (key: value)');
    } else if (value) {
      data = value as Record<string, unknown>;
      frontmatterOk = true;
    }
    lineOf = (...path) => {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
        let range = node && (node as { range?: [number, number, number] }).range;
        if (depth === path.length && isMap(doc.contents) && path.length === 1) {
          // For a top-level field, point at its key rather than its value.
          const pair = doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === path[0]);
          range = (pair?.key as { range?: [number, number, number] })?.range ?? range;
        }
        if (range) return firstLine + counter.linePos(range[0]).line - 1;
      }
      return firstLine - 1;
    };
  }
  return { file, data, lineOf, tree: body, source, frontmatterOk };
}

/** The plain text of inline content, as a reader sees it. */
export function inlineText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
  }
  return out;
}

/** The children of the body grouped under each heading of the given depth. */
export function sections(nodes: readonly RootContent[], depth: number): Map<string, { heading: Heading; children: RootContent[] }> {
  const out = new Map<string, { heading: Heading; children: RootContent[] }>();
  let current: { heading: Heading; children: RootContent[] } | null = null;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= depth) {
      current = node.depth === depth ? { heading: node, children: [] } : null;
      if (current) out.set(inlineText(node.children).trim().toLowerCase(), current);
      continue;
    }
    current?.children.push(node);
  }
  return out;
}
