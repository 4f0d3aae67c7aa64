/**
 * The tokens of one text as parallel typed arrays rather than an object per token: a letter has
 * thousands of tokens and check() runs on every keystroke, so one object and two strings per token
 * were most of the garbage a check made. A checker reuses one list from check to check.
 *
 * A checker's tokens carry their form number in its Lexicon, and norm(i) is the lexicon's string;
 * a list tokenised without one (tests, the pattern compiler) builds norm(i) on first request.
 */
import type { Lexicon } from './lexicon.js';
import { normaliseToken } from './normalise.js';

/** One token as an object: the form tokenize() returns and tests and the slower paths use. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened. "<placeholder>" for a placeholder. */
  norm: string;
  gapBefore: number;
  quoted: boolean;
  placeholder: boolean;
}

export const QUOTED = 1;
export const PLACEHOLDER = 2;
const PLACEHOLDER_NORM = '<placeholder>';

export class TokenList {
  text = '';
  length = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** GAP_SOFT, GAP_CLAUSE or GAP_HARD: what separates token i from token i - 1. */
  gap = new Uint8Array(256);
  /** QUOTED | PLACEHOLDER bits. */
  flags = new Uint8Array(256);
  /** The token's number in the checker's Vocabulary, or -1 (no phrase uses it, or a placeholder). */
  word = new Int32Array(256);
  /** The token's form number in `lexicon`, or -1 (a placeholder, or no lexicon). */
  form = new Int32Array(256);
  /** The lexicon the forms are numbered in, when the list was tokenised with one. */
  lexicon: Lexicon | null = null;
  private norms: Array<string | undefined> = [];

  reset(text: string, lexicon: Lexicon | null = null): void {
    this.text = text;
    this.lexicon = lexicon;
    this.length = 0;
    this.norms = []; // (not length = 0: filled sparsely, it could have turned into a slow dictionary)
  }

  push(start: number, end: number, gap: number, flags: number, word: number, form: number): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.gap[i] = gap;
    this.flags[i] = flags;
    this.word[i] = word;
    this.form[i] = form;
    this.length = i + 1;
  }

  /**
   * Appends every token of `other` (tokenised with the same lexicon), its characters moved on by
   * `shift`: a paragraph tokenised alone put in its place in the letter (paragraph-tokens.ts).
   */
  append(other: TokenList, shift: number): void {
    const n = other.length;
    const at = this.length;
    while (this.start.length < at + n) this.grow();
    this.gap.set(other.gap.subarray(0, n), at);
    this.flags.set(other.flags.subarray(0, n), at);
    this.word.set(other.word.subarray(0, n), at);
    this.form.set(other.form.subarray(0, n), at);
    for (let k = 0; k < n; k++) {
      this.start[at + k] = other.start[k] + shift;
      this.end[at + k] = other.end[k] + shift;
    }
    this.length = at + n;
  }

  /** Records a normal form already computed while tokenising (the non-ASCII path), so norm() need not redo it. */
  setNorm(i: number, norm: string): void {
    this.norms[i] = norm;
  }

  /** Lower case, curly apostrophes straightened; "<placeholder>" for a placeholder. */
  norm(i: number): string {
    const form = this.form[i];
    if (form >= 0) return this.lexicon!.norm(form);
    let n = this.norms[i];
    if (n === undefined) {
      n = this.flags[i] & PLACEHOLDER ? PLACEHOLDER_NORM : normaliseToken(this.text.slice(this.start[i], this.end[i]));
      this.norms[i] = n;
    }
    return n;
  }

  isPlaceholder(i: number): boolean {
    return (this.flags[i] & PLACEHOLDER) !== 0;
  }

  isQuoted(i: number): boolean {
    return (this.flags[i] & QUOTED) !== 0;
  }

  /**
   * /^\d/.test(norm(i)) without building norm: lower-casing maps an ASCII digit to itself and no
   * other character to anything starting or ending with one, so the raw text's first (last) code
   * unit decides. A placeholder's norm starts with "<".
   */
  normStartsWithDigit(i: number): boolean {
    if (this.flags[i] & PLACEHOLDER) return false;
    const c = this.text.charCodeAt(this.start[i]);
    return c >= 48 && c <= 57;
  }

  /** /\d$/.test(norm(i)), as normStartsWithDigit. */
  normEndsWithDigit(i: number): boolean {
    if (this.flags[i] & PLACEHOLDER) return false;
    const c = this.text.charCodeAt(this.end[i] - 1);
    return c >= 48 && c <= 57;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.word = grow32(this.word);
    this.form = grow32(this.form);
    this.gap = grow8(this.gap);
    this.flags = grow8(this.flags);
  }
}

/**
 * A list holding tokens given as objects (for callers of the object form, such as tests). A
 * function, not a static method, so the content script, which never calls it, leaves it out.
 */
export function tokenListOf(text: string, tokens: readonly Token[]): TokenList {
  const list = new TokenList();
  list.reset(text);
  for (const t of tokens) {
    list.setNorm(list.length, t.norm);
    list.push(t.start, t.end, t.gapBefore, (t.quoted ? QUOTED : 0) | (t.placeholder ? PLACEHOLDER : 0), -1, -1);
  }
  return list;
}
