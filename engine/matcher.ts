/**
 * Walks the compiled phrase DAG once from each token: the cost of a check grows with the length
 * of the text, not with the number of rules or phrasings.
 */
import type { PhraseGroup, SerializedTrie } from './types.js';
import { GAP_HARD, GAP_SOFT, normaliseToken, type Token } from './tokenize.js';

interface TrieNode {
  next: Map<string, TrieNode> | null;
  any: TrieNode | null;
  /** Groups whose phrasings end here. */
  ends: number[] | null;
  /**
   * Case-sensitive edges, keyed by the token's normal (lower-case) form, so the text as written is
   * only read for a token that could match ("SOB" is looked up only when the word is "sob").
   */
  exact: Map<string, Array<{ raw: string; node: TrieNode }>> | null;
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
    exact: null,
  }));
  trie.nodes.forEach(([, any, edges], i) => {
    const node = nodes[i];
    if (any >= 0) node.any = nodes[any];
    if (edges.length) {
      for (let k = 0; k < edges.length; k += 2) {
        const key = trie.tokens[edges[k]];
        const child = nodes[edges[k + 1]];
        if (key.charCodeAt(0) === 61 /* = */) {
          const raw = key.slice(1);
          node.exact ??= new Map();
          const norm = normaliseToken(raw);
          const list = node.exact.get(norm);
          if (list) list.push({ raw, node: child });
          else node.exact.set(norm, [{ raw, node: child }]);
        } else (node.next ??= new Map()).set(key, child);
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
    const exact = node.exact?.get(tok.norm);
    if (exact) {
      let raw = text.slice(tok.start, tok.end);
      if (raw.includes('\u2019')) raw = raw.replace(/\u2019/g, "'");
      for (const e of exact) if (e.raw === raw) this.walk(text, tokens, first, at, e.node, mask, out);
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
    if (next >= tokens.length || (!node.next && !node.any && !node.exact)) return;
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
