/**
 * Walks the compiled phrase DAG once from each token: the cost of a check grows with the length
 * of the text, not with the number of rules or phrasings.
 *
 * The DAG is held as flat typed arrays and edges are keyed by word number (see vocabulary.ts and
 * flat-dag.ts), so following an edge compares integers: no string hashing, no per-token strings,
 * no per-node objects.
 */
import type { PhraseGroup, SerializedTrie } from './types.js';
import { GAP_CLAUSE, GAP_HARD, GAP_SOFT } from './tokenize.js';
import type { TokenList } from './token-list.js';
import { Vocabulary } from './vocabulary.js';
import type { MatchBuffer } from './match-buffer.js';
import { work } from './work.js';
import { INTERJECTED_WORDS, MAX_ASIDE_WORDS, MAX_INTERJECTIONS } from './interjections.js';
import {
  ALL_WORDS, ANY, CLAUSE_END, CLAUSE_START, EMPTY, END_COUNT, ENDS, EXACT_KEY, EXACT_TO, flattenDag, HAS_ENDS, HAS_OUT,
  HAS_ANY, HAS_EXACT, HEADER, MASK, pairBit, REF_SHIFT, SLOT, slotOf, wordBit, type FlatDag,
} from './flat-dag.js';

/**
 * A match's mask: bit k (k < WILD_BITS) for a token first + k matched by "*"; above those, how
 * many words were passed over as interjections (interjections.ts), and whether the last token
 * taken was one (a match never ends on one).
 */
export const WILD_BITS = 28;
const LAST_SKIPPED = 1 << 28;
const SKIP_UNIT = 1 << 29;
const SKIP_COUNT = 3 << 29;
/** The wildcard positions of a match's mask. */
export const WILD_MASK = (1 << WILD_BITS) - 1;
/** Whether a match passed over interjected words ("failed repeatedly to attend"). */
export const hasInterjection = (mask: number): boolean => (mask & SKIP_COUNT) !== 0;

export class PhraseMatcher {
  /** Trie steps taken by the last findInto: a deterministic measure of work, for the linear-time test. */
  steps = 0;
  readonly vocabulary: Vocabulary;
  private readonly dag: FlatDag;
  /** Branches the walk will come back to: (token, node, wildcard mask) triples. */
  private stack: Int32Array = new Int32Array(3 * 64);
  /** 1 for the word numbers of interjected words (interjections.ts). */
  private readonly interjected: Uint8Array;

  /**
   * Loads a serialized DAG, offsetting group indexes by groupOffset. Matchers that share a
   * vocabulary (one checker's) can run over the same tokenised text.
   */
  constructor(trie: SerializedTrie, groups: readonly PhraseGroup[], groupOffset = 0, vocabulary = new Vocabulary()) {
    this.vocabulary = vocabulary;
    this.dag = flattenDag(trie, groups, groupOffset, vocabulary);
    // Numbered in the shared vocabulary so that the tokenizer gives them word numbers.
    const ids = INTERJECTED_WORDS.map((w) => vocabulary.add(w));
    this.interjected = new Uint8Array(Math.max(...ids) + 1);
    for (const id of ids) this.interjected[id] = 1;
  }

  /**
   * Every phrasing occurrence in the tokens, appended to out as (group, first token, last token,
   * wildcard mask). Matches never start or run through a quoted or placeholder token, never cross
   * a hard gap, and honour case and clause anchors. The tokens' word numbers must come from this
   * matcher's vocabulary.
   *
   * Between two words of a phrasing, up to MAX_INTERJECTIONS interjections are passed over: an
   * interjected adverb ("failed repeatedly to attend") or an aside of a few words between commas
   * ("failed, on three occasions, to attend"). Each is a branch like "*", taken after the word
   * edge; a match never starts or ends on one. The budget bounds the walk from each token, so the
   * cost stays linear in the text (a bounded window, no backtracking over it).
   *
   * A depth-first walk from each token, written as one loop over local variables rather than
   * two mutually recursive methods (fewer calls, and the arrays stay in registers): the word edge
   * is followed at once, while case-sensitive and "*" edges are pushed on a stack, "*" first, so
   * they are taken after the word edge's subtree, in the order the recursive walk took them.
   * Matches come out in the same order, which resolving overlaps depends on, and `steps` counts
   * the same steps.
   */
  findInto(list: TokenList, out: MatchBuffer, from = 0, to = list.length): void {
    const { blocks, pairs, pairMask, root, rootEdges, rootAny, endGroup, endAnchor, exactWord, exactRaw, exactChild } = this.dag;
    const { word, gap, flags, start, end, text } = list;
    const interjected = this.interjected;
    // Matches never cross a hard gap, so a stretch between two (a paragraph) can be searched alone.
    const count = to;
    let stack: Int32Array = this.stack;
    let steps = 0;
    for (let first = from; first < count; first++) {
      if (flags[first] !== 0) continue; // quoted or placeholder
      let at = first;
      let node = root; // a NodeRef (see flat-dag.ts)
      let next = ALL_WORDS; // the next-words filter of `node`
      let mask = 0;
      let sp = 0;
      walk: for (;;) {
        // Step: the edges token `at` allows out of `node`.
        let child = -1;
        let childNext = ALL_WORDS;
        let x = -1; // first case-sensitive edge for the word
        const w = word[at];
        if (node === root) {
          if (rootAny >= 0 && at - first < WILD_BITS) {
            if (sp + 3 > stack.length) stack = this.growStack(sp);
            stack[sp++] = at;
            stack[sp++] = rootAny;
            stack[sp++] = mask | (1 << (at - first));
          }
          // Word numbers added to the vocabulary after this matcher was built are on none of its edges.
          if (w >= 0 && 3 * w < rootEdges.length) {
            child = rootEdges[3 * w];
            x = rootEdges[3 * w + 1];
            childNext = rootEdges[3 * w + 2];
          }
        } else {
          const b = node >> REF_SHIFT;
          if (node & HAS_ANY) {
            const any = blocks[b + ANY];
            if (at - first < WILD_BITS) {
              if (sp + 3 > stack.length) stack = this.growStack(sp);
              stack[sp++] = at;
              stack[sp++] = any;
              stack[sp++] = mask | (1 << (at - first));
            }
          }
          // Interjections: branches that pass over token `at` (an adverb) or over an aside between
          // commas from `at` on, and stay at `node`. Taken last, as "*" is (pushed first).
          if ((mask & SKIP_COUNT) < MAX_INTERJECTIONS * SKIP_UNIT) {
            const skipped = (mask + SKIP_UNIT) | LAST_SKIPPED;
            const adverb = w >= 0 && w < interjected.length && interjected[w] === 1;
            if (adverb) {
              if (sp + 3 > stack.length) stack = this.growStack(sp);
              stack[sp++] = at;
              stack[sp++] = node;
              stack[sp++] = skipped;
            }
            if (gap[at] === GAP_CLAUSE) {
              // ", at that time," : up to MAX_ASIDE_WORDS words, then a comma (or dash) again.
              for (let k = at; k < at + MAX_ASIDE_WORDS && k + 1 < count && flags[k] === 0 && (k === at || gap[k] === GAP_SOFT); k++) {
                if (gap[k + 1] !== GAP_CLAUSE) continue;
                if (!(adverb && k === at)) {
                  if (sp + 3 > stack.length) stack = this.growStack(sp);
                  stack[sp++] = k;
                  stack[sp++] = node;
                  stack[sp++] = skipped;
                }
                break;
              }
            }
          }
          // Filters first: most steps find no edge, and the filters are at hand or in cache where
          // the node's block may be a cache miss away.
          if (w >= 0) {
            if ((next >>> wordBit(w)) & 1) {
              const bit = pairBit(b, w, pairMask);
              const slots = (pairs[bit >>> 5] >>> (bit & 31)) & 1 ? blocks[b + MASK] : -1; // -1: no table (a false "maybe")
              if (slots >= 0) {
                for (let s = slotOf(w, slots); ; s = (s + 1) & slots) {
                  const slot = b + HEADER + SLOT * s;
                  const key = blocks[slot];
                  if (key === w) {
                    child = blocks[slot + 1];
                    childNext = blocks[slot + 2];
                    break;
                  }
                  if (key === EMPTY) break;
                }
              }
            }
            if (node & HAS_EXACT) {
              const exactKey = EXACT_KEY(w);
              const bit = pairBit(b, exactKey, pairMask);
              const slots = (pairs[bit >>> 5] >>> (bit & 31)) & 1 ? blocks[b + MASK] : -1;
              if (slots >= 0) {
                for (let s = slotOf(exactKey, slots); ; s = (s + 1) & slots) {
                  const slot = b + HEADER + SLOT * s;
                  const key = blocks[slot];
                  if (key === exactKey) {
                    x = blocks[slot + 1];
                    break;
                  }
                  if (key === EMPTY) break;
                }
              }
            }
          }
        }
        if (x >= 0) {
          // Case-sensitive edges for this word: the text as written must be the edge's spelling.
          const xEnd = blocks[(node >> REF_SHIFT) + EXACT_TO];
          let last = x;
          while (last + 1 < xEnd && exactWord[last + 1] === w) last++;
          for (let k = last; k >= x; k--) {
            if (writtenAs(text, start[at], end[at], exactRaw[k])) {
              if (sp + 3 > stack.length) stack = this.growStack(sp);
              stack[sp++] = at;
              stack[sp++] = exactChild[k];
              stack[sp++] = mask;
            }
          }
        }
        if (child >= 0) {
          node = child;
          next = childNext;
        } else if (sp > 0) {
          mask = stack[--sp];
          node = stack[--sp];
          at = stack[--sp];
          next = ALL_WORDS; // not kept on the stack: reached by "*" or a case-sensitive edge, rarely
        } else break;
        // Arrived at `node` having matched tokens first..at.
        for (;;) {
          steps++;
          if (mask & LAST_SKIPPED) mask ^= LAST_SKIPPED; // a match never ends on an interjection
          else if (node & HAS_ENDS) {
            const b = node >> REF_SHIFT;
            for (let e = blocks[b + ENDS], e1 = e + blocks[b + END_COUNT]; e < e1; e++) {
              const anchor = endAnchor[e];
              if (anchor !== 0) {
                if (anchor & CLAUSE_START && gap[first] === GAP_SOFT) continue;
                // A clause ends at a comma, a sentence end, or the end of the text.
                if (anchor & CLAUSE_END && at + 1 < count && gap[at + 1] === GAP_SOFT) continue;
              }
              out.push(endGroup[e], first, at, mask);
            }
          }
          if (at + 1 < count && node & HAS_OUT && gap[at + 1] !== GAP_HARD && flags[at + 1] === 0) {
            at++;
            continue walk;
          }
          if (sp === 0) break walk;
          mask = stack[--sp];
          node = stack[--sp];
          at = stack[--sp];
          next = ALL_WORDS;
        }
      }
    }
    this.stack = stack;
    this.steps = steps;
    work.steps += steps;
  }

  private growStack(used: number): Int32Array {
    const bigger = new Int32Array(Math.max(this.stack.length * 2, used + 3 * 64));
    bigger.set(this.stack.subarray(0, used));
    this.stack = bigger;
    return bigger;
  }
}

/** Whether text[start, end), as written (curly apostrophes straightened), is exactly raw. */
function writtenAs(text: string, start: number, end: number, raw: string): boolean {
  if (end - start !== raw.length) return false;
  for (let k = 0; k < raw.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c === 0x2019) c = 39;
    if (c !== raw.charCodeAt(k)) return false;
  }
  return true;
}
