/**
 * A letter's paragraphs, as the paragraph caches see them (paragraph-tokens.ts splits the letter,
 * paragraph-cache.ts keeps phrase matches and paragraph-checks.ts letter-level findings by them).
 *
 * A paragraph ends at two line breaks in a row: where the quote pairing (text-spans.ts) ends open
 * quotes, and a hard gap to the tokenizer, so no phrase match, quotation, sentence or run of
 * capitals crosses one. A line of spaces between paragraphs is a hard gap but does not end a
 * quotation, so the paragraphs either side of it are one here (caching them apart served stale
 * findings when a quote opened before it changed).
 */

/**
 * One paragraph that holds a token: its tokens [first, end), its characters [from, to) and their
 * text (one string for every cache, so its hash is worked out once per check).
 */
export type Paragraph = [first: number, end: number, from: number, to: number, text: string];

/**
 * A copy of `s` that shares no memory with the text it was sliced from. A slice of a string
 * points into the whole string and keeps it alive: a cache keyed by slices of the letter kept one
 * copy of the whole letter per keystroke (120 KB each at 20,000 words, up to 2,000 of them). The
 * caches store their keys, and run the checks over text, copied this way, on a miss only.
 */
export function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
