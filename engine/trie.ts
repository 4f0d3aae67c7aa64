/**
 * The compiled form of every phrasing: a trie over tokens, minimised into a DAG by merging
 * identical subtrees. Patterns such as "{is|was} [quite] {a|an} {poor|vague} historian" expand to
 * thousands of phrasings that share their endings, so the DAG is a small fraction of the trie:
 * it is what makes the ruleset small enough to ship in a content script.
 */
import type { CompiledPhrase, PhraseGroup, SerializedTrie } from './types.js';

interface BuildNode {
  next: Map<string, BuildNode>;
  any: BuildNode | null;
  ends: Set<number>;
}

const newBuildNode = (): BuildNode => ({ next: new Map(), any: null, ends: new Set() });

/** Edge key for a case-sensitive token: matched against the text exactly as written. */
export const exactKey = (raw: string) => `=${raw}`;

export interface TrieEntry {
  group: number;
  tokens: string[];
  /** Tokens as written, for case-sensitive matching. */
  exact?: string[];
}

export function buildTrie(entries: readonly TrieEntry[]): SerializedTrie {
  const root = newBuildNode();
  for (const e of entries) {
    let node = root;
    e.tokens.forEach((tok, k) => {
      if (tok === '*') node = node.any ??= newBuildNode();
      else {
        const key = e.exact ? exactKey(e.exact[k]) : tok;
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newBuildNode()));
        node = child;
      }
    });
    node.ends.add(e.group);
  }
  // Minimise bottom-up: two nodes with the same ends and the same edges to the same (already
  // merged) children are one node.
  const tokens: string[] = [];
  const tokenIndex = new Map<string, number>();
  const intern = (t: string) => {
    let i = tokenIndex.get(t);
    if (i === undefined) tokenIndex.set(t, (i = tokens.push(t) - 1));
    return i;
  };
  const nodes: SerializedTrie['nodes'] = [];
  const canonical = new Map<string, number>();
  const visit = (node: BuildNode): number => {
    const ends = [...node.ends].sort((a, b) => a - b);
    const any = node.any ? visit(node.any) : -1;
    const edges: number[] = [];
    for (const key of [...node.next.keys()].sort()) edges.push(intern(key), visit(node.next.get(key)!));
    const signature = `${ends.join(',')}|${any}|${edges.join(',')}`;
    let id = canonical.get(signature);
    if (id === undefined) {
      id = nodes.push([ends.length ? ends : 0, any, edges]) - 1;
      canonical.set(signature, id);
    }
    return id;
  };
  const rootId = visit(root);
  return { tokens, nodes, root: rootId };
}

/** Splits expanded phrases into pattern-level groups plus trie entries (one group per distinct metadata). */
export function groupPhrases(phrases: readonly CompiledPhrase[], groups: PhraseGroup[] = []): TrieEntry[] {
  const index = new Map<string, number>();
  groups.forEach((g, i) => index.set(JSON.stringify(g), i));
  return phrases.map((p) => {
    const group: PhraseGroup = { rule: p.rule };
    if (p.role) group.role = p.role;
    if (p.suggest) group.suggest = p.suggest;
    if (p.clauseStart) group.clauseStart = true;
    if (p.clauseEnd) group.clauseEnd = true;
    // Last, so a phrase without lists by audience keys its group exactly as before (compiler/audience-suggestions.ts relies on it).
    if (p.suggestFor) group.suggestFor = p.suggestFor;
    const key = JSON.stringify(group);
    let g = index.get(key);
    if (g === undefined) index.set(key, (g = groups.push(group) - 1));
    return { group: g, tokens: p.tokens, ...(p.exact ? { exact: p.exact } : {}) };
  });
}
