/**
 * Tokenising a letter paragraph by paragraph, each paragraph's tokens kept by its text, for
 * checking the same letter on every pause in typing (the checker's `cacheParagraphs`): a keystroke
 * tokenises the edited paragraph, and the others' tokens are copied into place.
 *
 * A paragraph tokenised alone gives exactly its tokens in the whole letter: the two line breaks
 * before it are a hard gap, as the start of a text is, and they end open quotes (text-spans.ts);
 * placeholders and addresses hold no line break. tests/engine/paragraph-checks.test.ts types
 * random edits into real letters and compares every finding with a check without the cache.
 */
import { tokenizeInto } from './tokenize.js';
import { TokenList } from './token-list.js';
import type { Lexicon } from './lexicon.js';
import { ownCopy, type Paragraph } from './paragraphs.js';
import { work } from './work.js';

/** Paragraphs kept; past this the cache starts again (a letter has tens, a long one hundreds). */
const CACHE_LIMIT = 2000;

export class ParagraphTokens {
  private cache = new Map<string, TokenList>();
  /** The lexicon and phrase vocabulary the kept tokens' numbers are from: a new one empties the cache. */
  private lexicon: Lexicon | null = null;
  private phrases = -1;

  /**
   * Tokenises text into list, as tokenizeInto does with the lexicon, and returns its paragraphs
   * (those holding a token).
   */
  tokenizeInto(text: string, list: TokenList, lexicon: Lexicon): Paragraph[] {
    lexicon.sync();
    if (lexicon !== this.lexicon || lexicon.phrases.size !== this.phrases) {
      this.cache = new Map();
      this.lexicon = lexicon;
      this.phrases = lexicon.phrases.size;
    }
    list.reset(text, lexicon);
    const paragraphs: Paragraph[] = [];
    let from = 0;
    const add = (to: number) => {
      if (to <= from) return;
      const paragraph = text.slice(from, to);
      let tokens = this.cache.get(paragraph);
      if (!tokens) {
        // Kept by a copy of its own, not by the slice, which would keep the whole letter alive.
        const own = ownCopy(paragraph);
        tokens = new TokenList();
        tokenizeInto(own, tokens, lexicon);
        if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
        this.cache.set(own, tokens);
      }
      if (tokens.length === 0) return;
      const first = list.length;
      list.append(tokens, from);
      // The kept copy (tokens.text) is what the match cache looks up: the same string, found at once.
      paragraphs.push([first, list.length, from, to, tokens.text]);
    };
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) {
      add(i);
      from = i + 2;
    }
    add(text.length);
    work.steps += paragraphs.length;
    return paragraphs;
  }
}
