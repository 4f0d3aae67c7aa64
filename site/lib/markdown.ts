/**
 * Renders a content file's mdast body to HTML with one frozen unified pipeline (remark-rehype,
 * rehype-stringify). Links between content files become relative links between pages; a link to
 * a page this destination does not have becomes plain text; a link that matches nothing is a
 * content error naming the file and line.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, PhrasingContent } from 'mdast';
import { raw, type Html } from './html.js';
import { contentLinkToSitePath, relUrl, type ContentFolder } from './paths.js';

type RootContent = Root['children'][number];

const processor = unified().use(remarkRehype).use(rehypeStringify).freeze();

export interface RenderContext {
  /** The page being written, from the site root ("rules/denies.html"). */
  page: string;
  /** The content file, for errors ("content/rules/denies.md"). */
  file: string;
  /** The content folder the file lives in, to resolve "./other.md". */
  folder: ContentFolder;
  /** Whether the destination has a page at this site path. */
  has(sitePath: string): boolean;
  /** Whether a page exists anywhere on the full site (a link to it is not broken, just left out here). */
  exists(sitePath: string): boolean;
  error(file: string, line: number, problem: string): void;
}

function rewriteLinks(nodes: RootContent[], ctx: RenderContext): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'link') {
      const url = node.url;
      const children = rewriteLinks(node.children as RootContent[], ctx) as PhrasingContent[];
      if (/^(https?:|mailto:)/i.test(url)) return [{ ...node, children } as RootContent];
      if (url.startsWith("#")) return [{ ...node, children } as RootContent];
      const target = contentLinkToSitePath(url, ctx.folder);
      const path = target?.split('#')[0];
      if (!target || !path || !ctx.exists(path)) {
        ctx.error(ctx.file, node.position?.start.line ?? 1, `link to "${url}" does not point at a page of the site`);
        return children;
      }
      if (!ctx.has(path)) return children;
      return [{ ...node, url: relUrl(ctx.page, target), children } as RootContent];
    }
    if ('children' in node) {
      return [{ ...node, children: rewriteLinks(node.children as RootContent[], ctx) } as RootContent];
    }
    return [node];
  });
}

/** The HTML of a list of mdast nodes (a section of a page). */
export function renderMarkdown(nodes: readonly RootContent[], ctx: RenderContext): Html {
  const tree: Root = { type: 'root', children: rewriteLinks([...nodes], ctx) };
  // Two copies of @types/mdast are installed; the trees are the same shape.
  const hast = processor.runSync(tree as Parameters<typeof processor.runSync>[0]);
  return raw(processor.stringify(hast));
}
