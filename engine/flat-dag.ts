/**
 * Loads a serialized phrase DAG (types.ts SerializedTrie) into flat typed arrays keyed by word
 * number, the form the matcher walks. No object per node or edge, so a checker is quick to create.
 *
 * The layout is chosen for the cache. A walk's cost is mostly memory latency, and most walks end
 * one step from the root: the next word has no edge. So every edge carries, beside its child, a
 * 32-bit "next words" filter of the child's own word edges (bit wordBit(w) set for each word w
 * leaving the child). The walk tests the next token against it before it reads the child at all.
 *
 * A node is referred to by a NodeRef: its block's offset in `blocks` times 16, plus four bits
 * saying whether it ends a phrasing (HAS_ENDS), has any edge out (HAS_OUT), has a "*" edge
 * (HAS_ANY) and has case-sensitive edges (HAS_EXACT).
 *
 * The block: [ANY] the "*" child's NodeRef or -1; [ENDS, END_COUNT] its groups in endGroup /
 * endAnchor; [EXACT_FROM, EXACT_TO] its case-sensitive edges in exact*; [MASK] its hash table has
 * MASK + 1 slots (-1: none). Then its own small open-addressing hash table, slot s at
 * blocks[offset + HEADER + SLOT * s]: key, value, filter. Key word -> value the child's NodeRef,
 * filter the child's next words; key EXACT_KEY(word) -> value the node's first case-sensitive
 * edge for that word; key EMPTY: free. A lookup is one or two probes where a binary search over a
 * node's hundred edges was eight unpredictable branches.
 */
import type { PhraseGroup, SerializedTrie } from './types.js';
import { normaliseToken } from './normalise.js';
import type { Vocabulary } from './vocabulary.js';

export const ANY = 0;
export const ENDS = 1;
export const END_COUNT = 2;
export const EXACT_FROM = 3;
export const EXACT_TO = 4;
export const MASK = 5;
export const HEADER = 6;
export const SLOT = 3;

/** NodeRef bits. */
export const HAS_ENDS = 1;
export const HAS_OUT = 2;
export const HAS_ANY = 4;
export const HAS_EXACT = 8;
export const REF_SHIFT = 4;

export const CLAUSE_START = 1;
export const CLAUSE_END = 2;

export const EMPTY = -1;
/** The key under which a node's first case-sensitive edge for `word` is found (never a word number nor EMPTY). */
export const EXACT_KEY = (word: number) => -2 - word;

/** A "next words" filter that lets every word through: for a child reached by "*" or a case-sensitive edge. */
export const ALL_WORDS = -1;

/** The bit of word w in a 32-bit next-words filter. */
export const wordBit = (w: number) => Math.imul(w, 0x9e3779b1) >>> 27;

export interface FlatDag {
  blocks: Int32Array;
  /**
   * A second filter, for nodes with so many word edges that their next-words filter lets most
   * words through: a bit per key (word, or EXACT_KEY(word)) in the table of every node but the
   * root, hashed with the node (pairBit). 0 means there is surely no such key. Small enough to
   * stay in cache, where a big node's table is not.
   */
  pairs: Int32Array;
  pairMask: number;
  /** The root's NodeRef. */
  root: number;
  /**
   * The root's edges by word number w, three ints each: the child's NodeRef (or -1), the first
   * case-sensitive edge for w (index into exact*, or -1), the child's next-words filter. Every token
   * looks here: one read.
   */
  rootEdges: Int32Array;
  /** The root's "*" child, or -1. */
  rootAny: number;
  /** Groups ending at nodes, with their clause anchors (CLAUSE_START | CLAUSE_END). */
  endGroup: Int32Array;
  endAnchor: Uint8Array;
  /**
   * Case-sensitive edges, keyed by the word number of their normal form ("SOB" is compared as
   * written only when the word is "sob"), each node's grouped by word; edges for one word keep
   * file order.
   */
  exactWord: Int32Array;
  exactRaw: string[];
  exactChild: Int32Array;
}

/** The bit of (node offset, word) in the pairs filter. */
export function pairBit(offset: number, word: number, mask: number): number {
  let h = Math.imul(offset ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

/** The first slot to probe for key in a table with mask + 1 slots. */
export function slotOf(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/** The index of key's slot in node's table, claiming a free one if it is not there. */
function claimSlot(blocks: Int32Array, node: number, key: number): number {
  const mask = blocks[node + MASK];
  for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
    const at = node + HEADER + SLOT * s;
    if (blocks[at] === EMPTY) {
      blocks[at] = key;
      return at;
    }
    if (blocks[at] === key) return at;
  }
}

export function flattenDag(trie: SerializedTrie, groups: readonly PhraseGroup[], groupOffset: number, vocabulary: Vocabulary): FlatDag {
  const { nodes, tokens } = trie;
  const count = nodes.length;
  vocabulary.reserve(tokens.length);
  const keyWord = new Int32Array(tokens.length);
  const keyExact = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const key = tokens[t];
    if (key.charCodeAt(0) === 61 /* = */) {
      keyExact[t] = 1;
      keyWord[t] = vocabulary.add(normaliseToken(key.slice(1)));
    } else keyWord[t] = vocabulary.add(key);
  }

  // Lay out the blocks (each table at most three quarters full) and work out each node's NodeRef and filter.
  const offset = new Int32Array(count);
  const ref = new Int32Array(count);
  const filter = new Int32Array(count);
  let size = 0;
  let edgeCount = 0; // keys in the tables, for the pairs filter
  let endCount = 0;
  let exactCount = 0;
  for (let n = 0; n < count; n++) {
    const ends = nodes[n][0];
    const any = nodes[n][1];
    const out = nodes[n][2];
    if (ends) endCount += ends.length;
    let exact = false;
    let bits = 0;
    for (let k = 0; k < out.length; k += 2) {
      if (keyExact[out[k]]) {
        exactCount++;
        exact = true;
      } else bits |= 1 << wordBit(keyWord[out[k]]);
    }
    const keys = n === trie.root ? 0 : out.length / 2; // the root's edges are in rootEdges
    edgeCount += keys;
    let slots = 0;
    if (keys > 0) for (slots = 2; 3 * slots < 4 * keys; ) slots *= 2; // at most three quarters full: small blocks stay in cache
    offset[n] = size;
    size += HEADER + SLOT * slots;
    filter[n] = bits;
    ref[n] =
      (offset[n] << REF_SHIFT) |
      (ends && ends.length > 0 ? HAS_ENDS : 0) |
      (out.length > 0 || any >= 0 ? HAS_OUT : 0) |
      (any >= 0 ? HAS_ANY : 0) |
      (exact ? HAS_EXACT : 0);
  }

  let pairBits = 64;
  while (pairBits < 16 * edgeCount) pairBits *= 2; // about one false "maybe" in twenty
  const pairs = new Int32Array(pairBits >>> 5);
  const pairMask = pairBits - 1;
  const blocks = new Int32Array(size).fill(EMPTY);
  const endGroup = new Int32Array(endCount);
  const endAnchor = new Uint8Array(endCount);
  const exactWord = new Int32Array(exactCount);
  const exactRaw: string[] = [];
  const exactChild = new Int32Array(exactCount);
  const rootEdges = new Int32Array(3 * vocabulary.size).fill(-1);
  let endAt = 0;
  let exactAt = 0;
  const exacts: Array<[number, string, number]> = [];
  for (let n = 0; n < count; n++) {
    const node = nodes[n];
    const b = offset[n];
    const ends = node[0];
    const out = node[2];
    blocks[b + ANY] = node[1] >= 0 ? ref[node[1]] : -1;
    blocks[b + ENDS] = endAt;
    if (ends) {
      for (let k = 0; k < ends.length; k++) {
        const group = groupOffset ? ends[k] + groupOffset : ends[k];
        const meta = groups[group];
        endGroup[endAt] = group;
        endAnchor[endAt++] = (meta?.clauseStart ? CLAUSE_START : 0) | (meta?.clauseEnd ? CLAUSE_END : 0);
      }
    }
    blocks[b + END_COUNT] = endAt - blocks[b + ENDS];
    const tableInts = (n + 1 < count ? offset[n + 1] : size) - b - HEADER;
    blocks[b + MASK] = tableInts > 0 ? tableInts / SLOT - 1 : -1;
    blocks[b + EXACT_FROM] = exactAt;
    // In file order, so of two edges for one word the later wins, as Map.set did.
    let exactHere = 0;
    for (let k = 0; k < out.length; k += 2) {
      const t = out[k];
      const child = out[k + 1];
      if (keyExact[t]) exactHere++;
      else if (n === trie.root) {
        rootEdges[3 * keyWord[t]] = ref[child];
        rootEdges[3 * keyWord[t] + 2] = filter[child];
      } else {
        const at = claimSlot(blocks, b, keyWord[t]);
        blocks[at + 1] = ref[child];
        blocks[at + 2] = filter[child];
        const bit = pairBit(b, keyWord[t], pairMask);
        pairs[bit >>> 5] |= 1 << (bit & 31);
      }
    }
    if (exactHere > 0) {
      exacts.length = 0;
      for (let k = 0; k < out.length; k += 2) if (keyExact[out[k]]) exacts.push([keyWord[out[k]], tokens[out[k]].slice(1), ref[out[k + 1]]]);
      exacts.sort((x, y) => x[0] - y[0]); // stable: one word's edges keep file order
      for (let k = 0; k < exacts.length; k++) {
        const [word, raw, child] = exacts[k];
        if (k === 0 || exacts[k - 1][0] !== word) {
          if (n === trie.root) rootEdges[3 * word + 1] = exactAt;
          else {
            blocks[claimSlot(blocks, b, EXACT_KEY(word)) + 1] = exactAt;
            const bit = pairBit(b, EXACT_KEY(word), pairMask);
            pairs[bit >>> 5] |= 1 << (bit & 31);
          }
        }
        exactWord[exactAt] = word;
        exactRaw[exactAt] = raw;
        exactChild[exactAt++] = child;
      }
    }
    blocks[b + EXACT_TO] = exactAt;
  }
  const rootAny = nodes[trie.root][1] >= 0 ? ref[nodes[trie.root][1]] : -1;
  return { blocks, pairs, pairMask, root: ref[trie.root], rootEdges, rootAny, endGroup, endAnchor, exactWord, exactRaw, exactChild };
}
