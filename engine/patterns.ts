/**
 * Pattern syntax used in rule files (see content/README.md):
 *   {a|b|c}  alternatives, also inside a word and nested; an empty alternative is allowed
 *   [words]  optional
 *   *        any one word
 *   ^ / $    the match must begin / end a clause
 * expandPattern turns one pattern into every literal phrasing it stands for.
 */
import { tokenize, normaliseToken } from './tokenize.js';

export class PatternError extends Error {}

/** A safety valve: a pattern that expands past this is almost certainly a mistake. */
const MAX_EXPANSIONS = 10000;

/** Every string a pattern stands for, with whitespace collapsed. Throws PatternError on bad syntax. */
export function expandPattern(pattern: string): string[] {
  let pos = 0;

  // sequence := (text | group | optional)*, stopping at '|', '}' or ']'
  function parseSequence(): string[] {
    let results = [''];
    while (pos < pattern.length) {
      const ch = pattern[pos];
      if (ch === '|' || ch === '}' || ch === ']') break;
      let parts: string[];
      if (ch === '{') {
        pos++;
        parts = parseAlternatives('}');
      } else if (ch === '[') {
        pos++;
        parts = [...parseAlternatives(']'), ''];
      } else {
        let text = '';
        while (pos < pattern.length && !'{}[]|'.includes(pattern[pos])) text += pattern[pos++];
        parts = [text];
      }
      const next: string[] = [];
      for (const r of results) for (const p of parts) next.push(r + p);
      if (next.length > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to more than ${MAX_EXPANSIONS} phrasings`);
      results = next;
    }
    return results;
  }

  function parseAlternatives(close: '}' | ']'): string[] {
    const all: string[] = [];
    for (;;) {
      all.push(...parseSequence());
      if (pos >= pattern.length) throw new PatternError(`"${pattern}" has an unclosed "${close === '}' ? '{' : '['}"`);
      const ch = pattern[pos++];
      if (ch === close) return all;
      if (ch !== '|') throw new PatternError(`"${pattern}" has a stray "${ch}"`);
    }
  }

  const out = parseSequence();
  if (pos < pattern.length) throw new PatternError(`"${pattern}" has a stray "${pattern[pos]}"`);
  const seen = new Set<string>();
  for (const s of out) {
    const collapsed = s.replace(/\s+/g, ' ').trim();
    if (collapsed) seen.add(collapsed);
  }
  return [...seen];
}

export interface PhrasingTokens {
  /** Normalised tokens ("*" for any word). */
  tokens: string[];
  /** Tokens as written, for case-sensitive matching. */
  exact: string[];
  clauseStart: boolean;
  clauseEnd: boolean;
}

/** Splits one expanded phrasing into the tokens the matcher indexes, using the text tokenizer itself so both agree. */
const wordCache = new Map<string, Array<{ norm: string; raw: string }>>();

function wordTokens(word: string, phrasing: string): Array<{ norm: string; raw: string }> {
  let cached = wordCache.get(word);
  if (!cached) {
    cached = tokenize(word).tokens.map((t) => {
      if (t.placeholder) throw new PatternError(`"${phrasing}" contains a template placeholder`);
      const raw = word.slice(t.start, t.end);
      return { norm: normaliseToken(raw), raw: raw.replace(/\u2019/g, "'") };
    });
    wordCache.set(word, cached);
  }
  return cached;
}

const phrasingCache = new Map<string, PhrasingTokens>();

/** Memoised: the build asks for the same phrasing when checking claims and when compiling. */
export function phrasingTokens(phrasing: string): PhrasingTokens {
  let cached = phrasingCache.get(phrasing);
  if (!cached) phrasingCache.set(phrasing, (cached = tokenisePhrasing(phrasing)));
  return cached;
}

function tokenisePhrasing(phrasing: string): PhrasingTokens {
  let body = phrasing.trim();
  const clauseStart = body.startsWith('^');
  if (clauseStart) body = body.slice(1);
  const clauseEnd = body.endsWith('$');
  if (clauseEnd) body = body.slice(0, -1);
  const tokens: string[] = [];
  const exact: string[] = [];
  for (const word of body.trim().split(/\s+/)) {
    if (word === '*') {
      tokens.push('*');
      exact.push('*');
      continue;
    }
    for (const t of wordTokens(word, phrasing)) {
      tokens.push(t.norm);
      exact.push(t.raw);
    }
  }
  if (tokens.length === 0) throw new PatternError(`"${phrasing}" has no words`);
  return { tokens, exact, clauseStart, clauseEnd };
}
