/**
 * Phrase matches per paragraph, kept by the paragraph's text, for checking a letter on every pause
 * in typing (the extension) without walking the phrase tries over the whole letter each time.
 *
 * Only the raw matches are kept: the check that uses them then runs exactly as a full one
 * (candidates, exceptions, overlaps, letter-level rules), so a cached check and a full check cannot
 * disagree. That holds because phrase matches never cross a blank line: the tokenizer makes it a
 * hard gap and ends open quotes there, so a paragraph's matches depend on its own text alone.
 * That is as true of the phrases whose rules need the whole letter (letter-level rules, rules
 * silenced by a phrase elsewhere, signals): their matches are a paragraph's own too, and what makes
 * them letter-wide is how the checker reads them, which is the same code whether they were cached
 * or not. (When they had a trie of their own, it was once walked over the whole letter on every
 * check: a tenth of a keystroke at 20,000 words.)
 */
import { MatchBuffer } from './match-buffer.js';
import type { PhraseMatcher } from './matcher.js';
import type { TokenList } from './token-list.js';
import type { Paragraph } from './paragraphs.js';

/** Paragraphs kept; past this the cache starts again (a letter has tens, a long one hundreds). */
const CACHE_LIMIT = 2000;

export class ParagraphCache {
  /** Per paragraph text: the matches of each matcher, token numbers from the paragraph's first. */
  private cache = new Map<string, Int32Array[]>();
  private readonly scratch = new MatchBuffer();

  /** @param matchers the checker's matchers, in the order a full check runs them */
  constructor(private readonly matchers: readonly PhraseMatcher[]) {}

  /** Appends every match to `out` in the order a full check finds them (resolving overlaps depends on it). */
  findInto(tokens: TokenList, paragraphs: readonly Paragraph[], out: MatchBuffer): void {
    const cached = paragraphs.map(([from, to, , , paragraph]) => this.matchesOf(paragraph, tokens, from, to));
    for (let m = 0; m < this.matchers.length; m++) {
      for (let p = 0; p < paragraphs.length; p++) {
        const d = cached[p][m];
        const shift = paragraphs[p][0];
        for (let k = 0; k < d.length; k += 4) out.push(d[k], d[k + 1] + shift, d[k + 2] + shift, d[k + 3]);
      }
    }
  }

  private matchesOf(paragraph: string, tokens: TokenList, from: number, to: number): Int32Array[] {
    let hit = this.cache.get(paragraph);
    if (hit) return hit;
    hit = [];
    for (let m = 0; m < this.matchers.length; m++) {
      const found = this.scratch;
      found.clear();
      this.matchers[m].findInto(tokens, found, from, to);
      const d = found.data.slice(0, found.length * 4);
      for (let k = 0; k < d.length; k += 4) {
        d[k + 1] -= from;
        d[k + 2] -= from;
      }
      hit.push(d);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
    this.cache.set(paragraph, hit);
    return hit;
  }
}
