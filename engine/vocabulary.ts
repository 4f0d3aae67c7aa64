/**
 * Every distinct normal-form word that appears on an edge of a phrase DAG, numbered. The
 * tokenizer gives each token its word number (or -1: no phrase uses it), so the matcher follows
 * edges by comparing integers and never builds a lower-case string for a token.
 *
 * Most tokens are ASCII. For those the tokenizer packs the lower-cased characters while it scans
 * them (see packChar) and looks the packed form up here: no substring, no toLowerCase. Anything
 * else goes through the exact normaliseToken and idOf.
 */

/**
 * A word of ASCII is keyed by its length and its first eight characters, seven bits each, four
 * to an int: p0 = characters 0-3, p1 = characters 4-7. Words of up to eight characters are
 * compared whole by three integer comparisons in one table slot (one cache line, where comparing
 * strings read three arrays); longer ones compare the rest of their characters too.
 */
export function packChar(p: number, c: number): number {
  return (p << 7) | c;
}

/** Characters from, from + 1, from + 2 and from + 3 of an ASCII word, packed (fewer if it is shorter). */
function packed(word: string, from: number): number {
  let p = 0;
  for (let k = from; k < from + 4 && k < word.length; k++) p = packChar(p, word.charCodeAt(k));
  return p;
}

const mix = (p0: number, p1: number, len: number) => {
  let h = Math.imul(p0 ^ Math.imul(p1, 0x9e3779b1) ^ Math.imul(len, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 15;
  return h;
};

/** Whether every code unit of word is ASCII (only such words can equal an ASCII token's normal form). */
function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return false;
  return true;
}

export class Vocabulary {
  readonly words: string[] = [];
  /** Words with a character outside ASCII: they can never equal an ASCII token's normal form. */
  private readonly others = new Map<string, number>();
  // Open addressing over the ASCII words, at most three quarters full (small, to stay in cache):
  // slot s is table[3s .. 3s + 3) = p0, p1, (id + 1) << 8 | length (0: empty; longer words keep
  // length & 255, their tails are compared anyway).
  private table = new Int32Array(3 * 64);
  private mask = 63;
  private asciiCount = 0;

  get size(): number {
    return this.words.length;
  }

  /** Makes room for `more` further words at once (one table build instead of repeated doubling). */
  reserve(more: number): void {
    let slots = this.mask + 1;
    while ((this.asciiCount + more) * 4 > slots * 3) slots *= 2;
    if (slots !== this.mask + 1) this.rehash(slots);
  }

  /** The word's number, adding it if new. */
  add(word: string): number {
    if (!isAscii(word)) {
      let id = this.others.get(word);
      if (id === undefined) this.others.set(word, (id = this.words.push(word) - 1));
      return id;
    }
    const p0 = packed(word, 0);
    const p1 = packed(word, 4);
    let id = this.findPacked(word, 0, word.length, p0, p1, true);
    if (id >= 0) return id;
    id = this.words.push(word) - 1;
    this.asciiCount++;
    if (this.asciiCount * 4 > (this.mask + 1) * 3) this.rehash((this.mask + 1) * 2); // the table holds the words before this one
    this.place(id, p0, p1, word.length);
    return id;
  }

  /** The number of an already-normalised word, or -1. */
  idOf(word: string): number {
    if (!isAscii(word)) return this.others.get(word) ?? -1;
    // Only ASCII here: idOfAscii's lower-casing and apostrophe rule cannot change a normalised word.
    return this.findPacked(word, 0, word.length, packed(word, 0), packed(word, 4), true);
  }

  /**
   * The number of the token text[start, end), given its packed first eight characters. Only for
   * tokens whose every code unit is ASCII or U+2019, packed lower-cased with U+2019 as "'": for
   * those that is exactly what normaliseToken does.
   */
  idOfAscii(text: string, start: number, end: number, p0: number, p1: number): number {
    return this.findPacked(text, start, end, p0, p1, false);
  }

  private findPacked(text: string, start: number, end: number, p0: number, p1: number, exact: boolean): number {
    const table = this.table;
    const mask = this.mask;
    const len = end - start;
    const key = len & 255;
    for (let s = mix(p0, p1, len) & mask; ; s = (s + 1) & mask) {
      const idLen = table[3 * s + 2];
      if (idLen === 0) return -1;
      if ((idLen & 255) !== key || table[3 * s] !== p0 || table[3 * s + 1] !== p1) continue;
      const id = (idLen >>> 8) - 1;
      if (len <= 8) return id;
      const word = this.words[id];
      if (word.length === len && (exact ? text === word : this.tailMatches(text, start + 8, end, word))) return id;
    }
  }

  /** Whether text[from, end) lower-cased (U+2019 as "'") is word from its ninth character on. */
  private tailMatches(text: string, from: number, end: number, word: string): boolean {
    for (let k = from, j = 8; k < end; k++, j++) {
      let c = text.charCodeAt(k);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      if (c !== word.charCodeAt(j)) return false;
    }
    return true;
  }

  private place(id: number, p0: number, p1: number, length: number): void {
    const mask = this.mask;
    let s = mix(p0, p1, length) & mask;
    while (this.table[3 * s + 2] !== 0) s = (s + 1) & mask;
    this.table[3 * s] = p0;
    this.table[3 * s + 1] = p1;
    this.table[3 * s + 2] = ((id + 1) << 8) | (length & 255);
  }

  private rehash(slots: number): void {
    const old = this.table;
    this.table = new Int32Array(3 * slots);
    this.mask = slots - 1;
    for (let s = 0; s < old.length; s += 3) {
      const id = (old[s + 2] >>> 8) - 1;
      if (id >= 0) this.place(id, old[s], old[s + 1], this.words[id].length);
    }
  }
}
