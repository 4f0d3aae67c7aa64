/**
 * One trie over every phrasing of every rule, walked once from each token: the cost of a check
 * grows with the length of the text, not with the number of rules.
 */
import type { CompiledPhrase } from './types.js';
import { GAP_HARD, GAP_SOFT, type Token } from './tokenize.js';

interface TrieNode {
  next: Map<string, TrieNode> | null;
  any: TrieNode | null; // the "*" edge
  /** Indexes of phrasings that end here. */
  ends: number[] | null;
}

export interface RawMatch {
  phrase: number;
  firstToken: number;
  lastToken: number;
}

function newNode(): TrieNode {
  return { next: null, any: null, ends: null };
}

export class PhraseMatcher {
  private readonly root = newNode();
  /** The longest phrasing, in tokens: bounds every walk. */
  readonly maxLength: number;
  /** Trie steps taken by the last findAll: a deterministic measure of work, for the linear-time test. */
  steps = 0;

  constructor(private readonly phrases: readonly CompiledPhrase[]) {
    let max = 0;
    phrases.forEach((phrase, index) => {
      let node = this.root;
      for (const tok of phrase.tokens) {
        if (tok === '*') node = node.any ??= newNode();
        else {
          node.next ??= new Map();
          let child = node.next.get(tok);
          if (!child) node.next.set(tok, (child = newNode()));
          node = child;
        }
      }
      (node.ends ??= []).push(index);
      max = Math.max(max, phrase.tokens.length);
    });
    this.maxLength = max;
  }

  /**
   * Every phrasing occurrence in the tokens. Matches never start or run through a quoted or
   * placeholder token, never cross a hard gap, and honour case and clause anchors.
   */
  findAll(text: string, tokens: readonly Token[]): RawMatch[] {
    const out: RawMatch[] = [];
    const n = tokens.length;
    this.steps = 0;
    const rootNext = this.root.next;
    const rootAny = this.root.any;
    for (let i = 0; i < n; i++) {
      const first = tokens[i];
      if (first.quoted || first.placeholder) continue;
      // Fast reject: most tokens start no phrasing at all.
      const head = rootNext?.get(first.norm);
      if (!head && !rootAny) continue;
      if (head) this.walk(text, tokens, i, i, head, out);
      if (rootAny) this.walk(text, tokens, i, i, rootAny, out);
    }
    return out;
  }

  private walk(text: string, tokens: readonly Token[], firstToken: number, at: number, node: TrieNode, out: RawMatch[]): void {
    this.steps++;
    if (node.ends) {
      for (const phrase of node.ends) {
        if (this.accepts(text, tokens, phrase, firstToken, at)) out.push({ phrase, firstToken, lastToken: at });
      }
    }
    const nextIndex = at + 1;
    if (nextIndex >= tokens.length) return;
    const tok = tokens[nextIndex];
    if (tok.gapBefore === GAP_HARD || tok.quoted || tok.placeholder) return;
    const child = node.next?.get(tok.norm);
    if (child) this.walk(text, tokens, firstToken, nextIndex, child, out);
    if (node.any) this.walk(text, tokens, firstToken, nextIndex, node.any, out);
  }

  private accepts(text: string, tokens: readonly Token[], index: number, first: number, last: number): boolean {
    const phrase = this.phrases[index];
    if (phrase.clauseStart && tokens[first].gapBefore === GAP_SOFT) return false;
    if (phrase.clauseEnd && last + 1 < tokens.length && tokens[last + 1].gapBefore === GAP_SOFT) {
      // A clause ends at a comma or sentence end, or at the end of the text; trailing punctuation
      // with no following token is handled by the end-of-text case.
      return false;
    }
    if (phrase.exact) {
      for (let k = 0; k < phrase.exact.length; k++) {
        const want = phrase.exact[k];
        if (want === '*') continue;
        const t = tokens[first + k];
        const raw = text.slice(t.start, t.end);
        if (raw !== want && raw.replace(/\u2019/g, "'") !== want) return false;
      }
    }
    return true;
  }
}
