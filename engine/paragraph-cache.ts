/**
 * Phrase matches per paragraph, kept by the paragraph's text, for checking a letter on every pause
 * in typing (the extension) without walking the phrase tries over the whole letter each time.
 *
 * Only the raw matches are kept: the check that uses them then runs exactly as a full one
 * (candidates, exceptions, overlaps, letter-level rules), so a cached check and a full check cannot
 * disagree. That holds because phrase matches never cross a blank line: the tokenizer makes it a
 * hard gap and ends open quotes there, so a paragraph's matches depend on its own text alone.
 * Tries whose rules need the whole letter (letter-level rules, rules silenced by a phrase
 * elsewhere, signals) are walked over the whole letter every time.
 */
import { MatchBuffer } from './match-buffer.js';
import type { PhraseMatcher } from './matcher.js';
import type { TokenList } from './token-list.js';

const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/g;
/** Paragraphs kept; past this the cache starts again (a letter has tens, a long one hundreds). */
const CACHE_LIMIT = 2000;

export class ParagraphCache {
  /** Per paragraph text: the matches of each per-paragraph matcher, token numbers from the paragraph's first. */
  private cache = new Map<string, Int32Array[]>();
  private readonly scratch = new MatchBuffer();

  /**
   * @param matchers the checker's matchers, in the order a full check runs them
   * @param perParagraph which of them may run paragraph by paragraph
   */
  constructor(
    private readonly matchers: readonly PhraseMatcher[],
    private readonly perParagraph: readonly boolean[],
  ) {}

  /** Appends every match to `out` in the order a full check finds them (resolving overlaps depends on it). */
  findInto(text: string, tokens: TokenList, out: MatchBuffer): void {
    const paragraphs = paragraphTokens(text, tokens);
    const cached = paragraphs.map(([from, to], p) => this.matchesOf(text.slice(paragraphs[p][2], paragraphs[p][3]), tokens, from, to));
    let local = 0;
    this.matchers.forEach((matcher, m) => {
      if (!this.perParagraph[m]) return matcher.findInto(tokens, out);
      for (let p = 0; p < paragraphs.length; p++) {
        const d = cached[p][local];
        const shift = paragraphs[p][0];
        for (let k = 0; k < d.length; k += 4) out.push(d[k], d[k + 1] + shift, d[k + 2] + shift, d[k + 3]);
      }
      local++;
    });
  }

  private matchesOf(paragraph: string, tokens: TokenList, from: number, to: number): Int32Array[] {
    let hit = this.cache.get(paragraph);
    if (hit) return hit;
    hit = [];
    for (let m = 0; m < this.matchers.length; m++) {
      if (!this.perParagraph[m]) continue;
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

/**
 * Each paragraph as [first token, end token, first char, end char]. Every token is in exactly one,
 * in order, so the paragraphs' matches put together are the whole letter's.
 */
function paragraphTokens(text: string, tokens: TokenList): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  const starts = tokens.start;
  let token = 0;
  let from = 0;
  const close = (to: number) => {
    const first = token;
    while (token < tokens.length && starts[token] < to) token++;
    if (token > first) out.push([first, token, from, to]);
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    close(m.index);
    from = m.index + m[0].length;
  }
  close(Infinity);
  if (out.length) out[out.length - 1][3] = text.length;
  return out;
}
