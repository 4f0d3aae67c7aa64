/**
 * Walks the compiled phrase DAG once from each token: the cost of a check grows with the length
 * of the text, not with the number of rules or phrasings.
 */
import type { PhraseGroup, SerializedTrie } from './types.js';
import { GAP_HARD, GAP_SOFT, type Token } from './tokenize.js';

interface TrieNode {
  next: Map<string, TrieNode> | null;
  any: TrieNode | null;
  /** Groups whose phrasings end here. */
  ends: number[] | null;
  /** Some edge is case-sensitive: look up the token as written too. */
  exact: boolean;
}

export interface RawMatch {
  group: number;
  firstToken: number;
  lastToken: number;
  /** Bit k set: token firstToken + k was matched by a "*" wildcard. */
  wildMask: number;
}

/** Rebuilds a serialized DAG into linked nodes, offsetting group indexes by groupOffset. */
function load(trie: SerializedTrie, groupOffset: number): TrieNode {
  const nodes: TrieNode[] = trie.nodes.map(([ends]) => ({
    next: null,
    any: null,
    ends: ends ? (groupOffset ? ends.map((g) => g + groupOffset) : ends) : null,
    exact: false,
  }));
  trie.nodes.forEach(([, any, edges], i) => {
    const node = nodes[i];
    if (any >= 0) node.any = nodes[any];
    if (edges.length) {
      node.next = new Map();
      for (let k = 0; k < edges.length; k += 2) {
        const key = trie.tokens[edges[k]];
        if (key.charCodeAt(0) === 61 /* = */) node.exact = true;
        node.next.set(key, nodes[edges[k + 1]]);
      }
    }
  });
  return nodes[trie.root];
}

export class PhraseMatcher {
  private readonly root: TrieNode;
  /** Trie steps taken by the last findAll: a deterministic measure of work, for the linear-time test. */
  steps = 0;

  constructor(trie: SerializedTrie, private readonly groups: readonly PhraseGroup[], groupOffset = 0) {
    this.root = load(trie, groupOffset);
  }

  /**
   * Every phrasing occurrence in the tokens. Matches never start or run through a quoted or
   * placeholder token, never cross a hard gap, and honour case and clause anchors.
   */
  findAll(text: string, tokens: readonly Token[], out: RawMatch[] = []): RawMatch[] {
    this.steps = 0;
    const root = this.root;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (first.quoted || first.placeholder) continue;
      this.step(text, tokens, i, i, root, 0, out);
    }
    return out;
  }

  /** Follows every edge token `at` allows out of `node` (exact word, case-sensitive word, "*"). */
  private step(text: string, tokens: readonly Token[], first: number, at: number, node: TrieNode, mask: number, out: RawMatch[]): void {
    const tok = tokens[at];
    const child = node.next?.get(tok.norm);
    if (child) this.walk(text, tokens, first, at, child, mask, out);
    if (node.exact) {
      const raw = text.slice(tok.start, tok.end);
      const exact = node.next!.get(`=${raw.includes('\u2019') ? raw.replace(/\u2019/g, "'") : raw}`);
      if (exact) this.walk(text, tokens, first, at, exact, mask, out);
    }
    if (node.any && at - first < 31) this.walk(text, tokens, first, at, node.any, mask | (1 << (at - first)), out);
  }

  private walk(text: string, tokens: readonly Token[], first: number, at: number, node: TrieNode, mask: number, out: RawMatch[]): void {
    this.steps++;
    if (node.ends) {
      for (const group of node.ends) {
        if (this.anchored(tokens, group, first, at)) out.push({ group, firstToken: first, lastToken: at, wildMask: mask });
      }
    }
    const next = at + 1;
    if (next >= tokens.length || (!node.next && !node.any)) return;
    const tok = tokens[next];
    if (tok.gapBefore === GAP_HARD || tok.quoted || tok.placeholder) return;
    this.step(text, tokens, first, next, node, mask, out);
  }

  private anchored(tokens: readonly Token[], group: number, first: number, last: number): boolean {
    const g = this.groups[group];
    if (g.clauseStart && tokens[first].gapBefore === GAP_SOFT) return false;
    // A clause ends at a comma, a sentence end, or the end of the text.
    if (g.clauseEnd && last + 1 < tokens.length && tokens[last + 1].gapBefore === GAP_SOFT) return false;
    return true;
  }
}
