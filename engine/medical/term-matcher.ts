/**
 * Finds medical terms in a stream of word tokens, multi-word terms included ("deep vein
 * thrombosis", "beta blockers"), in one left-to-right pass: at each token it follows a trie of
 * the multi-word terms as far as the tokens allow (at most the longest term's length), takes the
 * longest match, and otherwise classifies the single word. So the work is linear in the tokens.
 *
 * Tokens are the engine tokenizer's normal forms (lower case, curly apostrophes straight), which
 * split on hyphens: "beta-blockers" arrives as "beta", "blockers". The last word of a term may be
 * inflected ("varicose veins", "pulmonary emboli"). A few words are jargon only before a medical
 * word ("radical prostatectomy", "superior vena cava"): they match only there.
 */
import type { MedicalVocabulary, Term, WordClass } from './vocabulary.js';

interface Node {
  next: Map<string, Node> | null;
  term: Term | null;
}

export interface TermMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The class of the match: multi-word matches are always 'listed'. */
  match: WordClass;
}

export interface MatchOptions {
  /** The tokens as written, for shorthand in capitals; defaults to the normal forms. */
  raw?: ArrayLike<string>;
  /** Whether a term may not run from token i - 1 into token i (a sentence end between them). */
  breakBefore?: (i: number) => boolean;
  /** Report words built from medical parts too (default true). */
  wordParts?: boolean;
  /**
   * Whether a multi-word term may start at token i (startsTerm of its word), remembered by the
   * caller per word form; without it, every token's first word is looked up.
   */
  mayStart?: (i: number) => boolean;
}

export class TermMatcher {
  private readonly root = new Map<string, Node>();
  /** Every word of every multi-word term. */
  private readonly termWords = new Set<string>();
  readonly longest: number;
  /** Words read after the first word of a multi-word term (each may look up its base forms): a deterministic count of work, for tests. */
  baseLookups = 0;

  constructor(private readonly vocabulary: MedicalVocabulary) {
    let longest = 1;
    for (const [spelling, term] of vocabulary.entries()) {
      if (!spelling.includes(' ')) continue;
      const words = spelling.split(' ');
      for (const w of words) this.termWords.add(w);
      longest = Math.max(longest, words.length);
      let node: Node | null = null;
      for (const w of words) {
        // A node gets its map of next words only when a term goes on past it.
        const level: Map<string, Node> = node === null ? this.root : (node.next ??= new Map());
        let child = level.get(w);
        if (!child) level.set(w, (child = { next: null, term: null }));
        node = child;
      }
      node!.term = term;
    }
    this.longest = longest;
  }

  /**
   * Whether a token of this normal form can be part of a match: a word of some multi-word term (or
   * an inflection of one), or a medical word on its own. A token of any other form can be left
   * out, as "" (see find), and every match stays the same. `raw` is the word as written.
   */
  mayMatch(norm: string, raw: string): boolean {
    if (this.termWords.has(norm)) return true;
    if (this.vocabulary.forEachBase(norm, (base) => this.termWords.has(base))) return true;
    return this.vocabulary.classifyWord(raw).kind !== null;
  }

  /** Whether a multi-word term starts with this normal form (else longestFrom finds none from it). */
  startsTerm(norm: string): boolean {
    return !!this.root.get(norm)?.next;
  }

  /** Every medical term or word in the tokens, left to right, none overlapping. An empty token is none. */
  find(tokens: ArrayLike<string>, options: MatchOptions = {}): TermMatch[] {
    const out: TermMatch[] = [];
    const raw = options.raw ?? tokens;
    const wordParts = options.wordParts !== false;
    for (let i = 0; i < tokens.length; ) {
      // An empty token (one left out) neither starts a term nor is a word: skipped unread.
      if (tokens[i] === '') {
        i++;
        continue;
      }
      const multi = options.mayStart?.(i) === false ? null : this.longestFrom(tokens, i, options.breakBefore);
      if (multi) {
        out.push(multi);
        i = multi.end;
        continue;
      }
      const match = this.vocabulary.classifyWord(raw[i]);
      if (match.kind === 'listed' || (wordParts && match.kind === 'word-parts')) out.push({ start: i, end: i + 1, match });
      else {
        // "radical prostatectomy", "superior pole": jargon only when a medical word follows.
        const before = this.vocabulary.beforeMedicalTerm(tokens[i]);
        if (before && raw[i] && i + 1 < tokens.length && !(options.breakBefore?.(i + 1) ?? false) && this.isMedicalAt(tokens, raw, i + 1, options)) {
          out.push({ start: i, end: i + 1, match: listed(before) });
        }
      }
      i++;
    }
    return out;
  }

  /** Whether a medical term or word starts at token i (what makes "radical" jargon before it). */
  private isMedicalAt(tokens: ArrayLike<string>, raw: ArrayLike<string>, i: number, options: MatchOptions): boolean {
    if (!tokens[i]) return false;
    if (this.longestFrom(tokens, i, options.breakBefore)) return true;
    const next = this.vocabulary.classifyWord(raw[i]).kind;
    return next === 'listed' || (options.wordParts !== false && next === 'word-parts');
  }

  /** The longest multi-word term starting at token i, or null. */
  private longestFrom(tokens: ArrayLike<string>, i: number, breakBefore?: (i: number) => boolean): TermMatch | null {
    let node = this.root.get(tokens[i]);
    let best: TermMatch | null = null;
    for (let j = i + 1; node?.next && j < tokens.length && !(breakBefore?.(j) ?? false); j++) {
      const next: Map<string, Node> = node.next;
      const word = tokens[j];
      // A token left out ("appointment" in "your appointment") is no word of any term nor an
      // inflection of one (see mayMatch), so no term goes on through it: stop without looking up its
      // base forms, which most walks from a common first word ("your", "a", "in") would otherwise do.
      if (word === '') break;
      this.baseLookups++;
      const exact = next.get(word);
      if (exact?.term) best = { start: i, end: j + 1, match: listed(exact.term) };
      else {
        // The last word may be an inflection of the term's last word.
        this.vocabulary.forEachBase(word, (base) => {
          const t = next.get(base)?.term;
          if (t) best = { start: i, end: j + 1, match: { ...listed(t), lemma: `${spellingUpTo(tokens, i, j)} ${base}` } };
          return t != null;
        });
      }
      node = exact;
    }
    return best;
  }
}

function listed(term: Term): WordClass {
  return term.suggestion === undefined ? { kind: 'listed', term } : { kind: 'listed', term, suggestion: term.suggestion };
}

function spellingUpTo(tokens: ArrayLike<string>, i: number, j: number): string {
  const words: string[] = [];
  for (let k = i; k < j; k++) words.push(tokens[k]);
  return words.join(' ');
}
