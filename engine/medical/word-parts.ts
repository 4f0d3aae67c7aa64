/**
 * Calls a word medical when it is built from medical Greek and Latin parts: "cholecystectomy",
 * "hyperkalaemia", "periodontal". Two ways in:
 *
 *  - a strong suffix ("-itis", "-ectomy", "-aemia") after a stem of three or more letters, known
 *    or not ("blepharitis" needs no "blephar");
 *  - a full parse into prefixes, roots, suffixes and an ending that scores at least 2: one point
 *    per root or medical suffix, one for prefixes followed by a root, one for an adjectival ending
 *    after a root of four or more letters ("hepat" + "ic") or after a prefix and a short root
 *    ("retro" + "pub" + "ic", "intra" + "or" + "al"). So "hyperactive" (no root after "hyper") and
 *    "testing" (one root, a verb ending) stay everyday.
 *
 * Everyday words that still parse ("academia", "nostalgia", "dental") are in the exceptions list,
 * worked out at build time from the frequency list. Pure: no DOM, no Node.
 */
import type { WordPartsData } from './data.js';

/** A set of strings with the distinct lengths it holds, longest first, to try substrings by. */
class PartSet {
  readonly set: Set<string>;
  readonly lengths: number[];
  constructor(joined: string) {
    this.set = new Set(joined ? joined.split('|') : []);
    this.lengths = [...new Set([...this.set].map((p) => p.length))].sort((a, b) => b - a);
  }
  has(part: string): boolean {
    return this.set.has(part);
  }
}

/**
 * Strings grouped by a two-letter key (their first or last two letters), so the common case,
 * a word that starts or ends like no part, costs one short slice and one failed Map lookup
 * instead of a slice per part length.
 */
class KeyedParts {
  private readonly byKey = new Map<string, string[]>();
  constructor(parts: Iterable<string>, private readonly atEnd: boolean) {
    for (const p of parts) {
      const key = atEnd ? p.slice(-2) : p.slice(0, 2);
      const list = this.byKey.get(key);
      if (list) list.push(p);
      else this.byKey.set(key, [p]);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Parts that word[0, end) could end with (atEnd) or that word could start with, longest first. */
  candidates(word: string, end: number): readonly string[] {
    const key = this.atEnd ? word.slice(end - 2, end) : word.slice(0, 2);
    return this.byKey.get(key) ?? NO_PARTS;
  }
}
const NO_PARTS: readonly string[] = [];

// Parse states: what the last part was.
const START = 0;
const PREFIX = 1;
const ROOT = 2; // a root of fewer than four letters
const LONG_ROOT = 3;
const LINK = 4; // a linking "o" or "i" after a root
const SUFFIX = 5;
const ENDING = 6;
const PREFIXED_ROOT = 7; // a short root right after a prefix: "retro-pub", "intra-or"
const DIRECTION = 8; // a direction stem first in a compound: "postero-", "infero-"
const JOINED_DIRECTION = 9; // a direction stem after a linking vowel: "postero-later-al"
const STATES = 10;
const NONE = -100; // no parse from here
const UNKNOWN = 99; // not worked out yet

/** Shortest word worth parsing: "ileus"? five letters; "renal" is left to the listed vocabulary. */
const MIN_LENGTH = 5;
/** Longest word parsed: anything longer is not a word (a URL, a code, a run of letters). */
const MAX_LENGTH = 40;

export interface PartsResult {
  /** The parts found, in order, e.g. ["hyper", "kal", "aemia"] or ["blephar", "itis"] (stem unparsed). */
  parts: string[];
}

export class WordParts {
  private readonly prefix: PartSet;
  private readonly strong: PartSet;
  private readonly suffix: PartSet;
  private readonly root: PartSet;
  private readonly direction: PartSet;
  private readonly ending: PartSet;
  private readonly adjectival: Set<string>;
  private readonly exceptions: Set<string>;
  private readonly strongEnds: KeyedParts;
  private readonly starts: KeyedParts;
  // Scratch for one parse, per (position, state): the best score of a parse of the rest of the
  // word (any), and of one that holds an anchor (anchored), with the step that gave the latter.
  private readonly any = new Int16Array((MAX_LENGTH + 1) * STATES);
  private readonly anchored = new Int16Array((MAX_LENGTH + 1) * STATES);
  private readonly stepLength = new Int8Array((MAX_LENGTH + 1) * STATES);
  private readonly stepState = new Int8Array((MAX_LENGTH + 1) * STATES);
  private readonly anyStepLength = new Int8Array((MAX_LENGTH + 1) * STATES);
  private readonly anyStepState = new Int8Array((MAX_LENGTH + 1) * STATES);

  constructor(data: WordPartsData) {
    this.prefix = new PartSet(data.prefix);
    // The strong suffixes also count as medical suffixes inside a full parse.
    this.strong = new PartSet(data.strong);
    this.suffix = new PartSet(data.strong ? `${data.strong}|${data.suffix}` : data.suffix);
    this.root = new PartSet(data.root);
    this.direction = new PartSet(data.direction ?? '');
    this.ending = new PartSet(data.ending);
    this.adjectival = new Set(data.adjectival ? data.adjectival.split('|') : []);
    this.exceptions = new Set(data.exceptions ? data.exceptions.split('|') : []);
    this.strongEnds = new KeyedParts(this.strong.set, true);
    this.starts = new KeyedParts([...this.root.set, ...this.prefix.set, ...this.direction.set], false);
  }

  /** Whether a lower-case word is an everyday word kept out on purpose. */
  isException(word: string): boolean {
    return this.exceptions.has(word);
  }

  /** The medical parts of a lower-case word, or null when it is not built from them. */
  classify(word: string): PartsResult | null {
    return this.exceptions.has(word) ? null : this.analyse(word);
  }

  /** classify without the exceptions list: what the build uses to find the exceptions. */
  analyse(word: string): PartsResult | null {
    const n = word.length;
    if (n < MIN_LENGTH || n > MAX_LENGTH || !isLowerAscii(word)) return null;
    const strong = this.strongSuffix(word);
    if (strong !== null) return strong;
    if (!this.startsWell(word)) return null; // most everyday words stop here
    this.any.fill(UNKNOWN, 0, (n + 1) * STATES);
    this.anchored.fill(UNKNOWN, 0, (n + 1) * STATES);
    if (this.bestFrom(word, 0, START) < 2) return null;
    return { parts: this.partsOf(word) };
  }

  /**
   * A strong suffix (plural "s" allowed after it) after a stem of at least three letters, or after
   * a two-letter root ("ot-oscopy", "ur-ology" is not strong, "my-opathy").
   */
  private strongSuffix(word: string): PartsResult | null {
    const n = word.length;
    for (let end = n; end >= n - 1; end--) {
      if (end < n && word.charCodeAt(n - 1) !== 115) break; // a plural "s" after the suffix
      for (const suffix of this.strongEnds.candidates(word, end)) {
        const from = end - suffix.length;
        if (!word.startsWith(suffix, from)) continue;
        if (from >= 3 || (from === 2 && this.root.has(word.slice(0, 2)))) return { parts: [word.slice(0, from), suffix] };
      }
    }
    return null;
  }

  /**
   * The prefixes and roots a lower-case word starts with, each with a linking "o" or "i" after a
   * root where the word has one, longest first, counting only those of three letters or more
   * ("sub", "my-o", "hyper"): where a compound's first part may end ("sub|cuticular",
   * "myo|clonic"). The caller checks the rest.
   */
  leadingParts(word: string): string[] {
    const out: string[] = [];
    for (const part of this.starts.candidates(word, 0)) {
      if (part.length >= word.length || !word.startsWith(part)) continue;
      if (part.length >= 3) out.push(part);
      const c = word.charCodeAt(part.length);
      if (this.root.has(part) && (c === 111 || c === 105) && part.length + 1 >= 3) out.push(word.slice(0, part.length + 1));
    }
    return out;
  }

  /** Whether the word starts with a prefix or a root: a parse must. */
  private startsWell(word: string): boolean {
    for (const part of this.starts.candidates(word, 0)) if (part.length < word.length && word.startsWith(part)) return true;
    return false;
  }

  /**
   * The best score of an anchored parse of word[pos..] after a part in `state` (NONE if there is
   * none). An anchor is a medical suffix or a root of four or more letters: two short roots alone
   * ("nat-ur-ed", "lip-ped") are too easily everyday. Memoised, so the work is positions x states x
   * part lengths; `any` holds the best score of any parse of the rest, anchored or not.
   */
  private bestFrom(word: string, pos: number, state: number): number {
    const slot = pos * STATES + state;
    if (this.anchored[slot] !== UNKNOWN) return this.anchored[slot];
    let bestAny = NONE;
    let bestAnchored = NONE;
    let stepLength = 0;
    let stepState = 0;
    let anyStepLength = 0;
    let anyStepState = 0;
    const n = word.length;
    const take = (len: number, next: number, points: number, anchor: boolean) => {
      this.bestFrom(word, pos + len, next);
      const nextSlot = (pos + len) * STATES + next;
      const tailAny = this.any[nextSlot];
      if (tailAny !== NONE && tailAny + points > bestAny) {
        bestAny = tailAny + points;
        anyStepLength = len;
        anyStepState = next;
      }
      const tail = anchor ? tailAny : this.anchored[nextSlot];
      if (tail !== NONE && tail + points > bestAnchored) {
        bestAnchored = tail + points;
        stepLength = len;
        stepState = next;
      }
    };
    const each = (set: PartSet, visit: (len: number, part: string) => void) => {
      for (const len of set.lengths) {
        if (pos + len > n) continue;
        const part = word.slice(pos, pos + len);
        if (set.has(part)) visit(len, part);
      }
    };
    if (pos === n) {
      bestAny = state === PREFIX || state === LINK || state === DIRECTION || state === JOINED_DIRECTION ? NONE : 0;
      bestAnchored = NONE;
    } else {
      const afterRoot = state === ROOT || state === LONG_ROOT || state === PREFIXED_ROOT;
      const afterDirection = state === DIRECTION || state === JOINED_DIRECTION;
      // A direction stem ("poster", "infer", "medi") counts only inside a compound joined by "o":
      // first, then "o" and another part ("postero-later-al", "dorso-lumbar"), or after a root or
      // direction and a linking "o" ("infero-later-al", "cephalo-caud-al"); there it is the anchor,
      // and only an ending may follow it. "superior", "medium", "posterity" alone are not compounds.
      if (state === START || state === LINK) {
        each(this.direction, (len) => take(len, state === LINK ? JOINED_DIRECTION : DIRECTION, 1, state === LINK));
      }
      if (afterDirection && pos + 1 < n && word.charCodeAt(pos) === 111) take(1, LINK, 0, false);
      if (state === JOINED_DIRECTION) each(this.ending, (len) => take(len, ENDING, 0, false));
      // A prefix may also follow a linking vowel inside a compound: "lip-o-dys-trophy".
      if (state === START || state === PREFIX || state === LINK) each(this.prefix, (len) => take(len, PREFIX, 0, false));
      if (state !== SUFFIX && state !== ENDING && !afterDirection) {
        each(this.root, (len) => {
          // Two-letter roots ("ot", "ur") only join other parts. Prefixes score once, at their root.
          // A root of seven letters or more is medical with any ending after it ("trabecul-ations",
          // "peduncul-ated", "trochle-a"): two points. Alone it may be English ("cuneiform").
          const points = (len >= 7 && pos + len < n ? 2 : len >= 3 ? 1 : 0) + (state === PREFIX ? 1 : 0);
          take(len, len >= 4 ? LONG_ROOT : state === PREFIX ? PREFIXED_ROOT : ROOT, points, len >= 4);
        });
      }
      if (afterRoot && pos + 1 < n) {
        // "o" or "i" linking two parts: "gastr-o-enter-ology", "cardi-o-my-opathy".
        const c = word.charCodeAt(pos);
        if (c === 111 || c === 105) take(1, LINK, 0, false);
      }
      if (afterRoot || state === LINK || state === PREFIX) each(this.suffix, (len) => take(len, SUFFIX, 1, true));
      if (afterRoot || state === SUFFIX) {
        // An adjectival ending makes a word of one long root ("hepat-ic"), or of a position prefix and
        // a short root ("retro-pub-ic", "intra-or-al", "sub-glott-ic"): a point and an anchor.
        each(this.ending, (len, part) => {
          const adjective = (state === LONG_ROOT || state === PREFIXED_ROOT) && this.adjectival.has(part);
          take(len, ENDING, adjective ? 1 : 0, adjective && state === PREFIXED_ROOT);
        });
      }
    }
    this.any[slot] = bestAny;
    this.anchored[slot] = bestAnchored;
    this.stepLength[slot] = stepLength;
    this.stepState[slot] = stepState;
    this.anyStepLength[slot] = anyStepLength;
    this.anyStepState[slot] = anyStepState;
    return bestAnchored;
  }

  /** The parts of the best anchored parse, read back from the memo. */
  private partsOf(word: string): string[] {
    const parts: string[] = [];
    let pos = 0;
    let state = START;
    let anchoredYet = false;
    while (pos < word.length) {
      const slot = pos * STATES + state;
      // Once past the anchor, the rest is any best parse: follow that step instead.
      const len = anchoredYet ? this.anyStepLength[slot] : this.stepLength[slot];
      const next = anchoredYet ? this.anyStepState[slot] : this.stepState[slot];
      if (len === 0) break;
      if (next !== LINK && next !== ENDING) parts.push(word.slice(pos, pos + len));
      if (!anchoredYet && (next === SUFFIX || next === LONG_ROOT || next === JOINED_DIRECTION || (next === ENDING && state === PREFIXED_ROOT))) anchoredYet = true;
      pos += len;
      state = next;
    }
    return parts;
  }
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
