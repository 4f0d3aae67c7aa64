/**
 * A letter's paragraphs, as the paragraph caches see them (paragraph-cache.ts for phrase matches,
 * paragraph-checks.ts for letter-level checks). A blank line is a hard gap to the tokenizer, which
 * also ends open quotes there: no phrase match, sentence or run of capitals crosses one.
 */
import type { TokenList } from './token-list.js';

/**
 * Two line breaks in a row: where the quote pairing (text-spans.ts) ends open quotes. A line of
 * spaces between paragraphs is a hard gap but does not end a quotation, so the paragraphs either
 * side of it are kept as one (caching them apart served stale findings when a quote opened
 * before it changed).
 */
const PARAGRAPH_BREAK = /\n\n/g;

/** One paragraph: its tokens [first, end) and its characters [from, to). */
export type Paragraph = [first: number, end: number, from: number, to: number];

/**
 * Each paragraph that holds a token. Every token is in exactly one, in order, so the paragraphs'
 * matches put together are the whole letter's.
 */
export function paragraphsOf(text: string, tokens: TokenList): Paragraph[] {
  const out: Paragraph[] = [];
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
