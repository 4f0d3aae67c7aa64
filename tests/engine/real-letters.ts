/** Real letters for engine tests: the example letters and every letter of the corpora kept in tests/ (clean and flagged). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleLetters } from '../extension/real-ruleset.js';

export function realLetters(): string[] {
  const tests = join(import.meta.dirname, '..');
  const corpora = readdirSync(tests).filter((d) => d.startsWith('corpus'));
  const files = corpora.flatMap((c) =>
    ['clean', 'flagged'].flatMap((kind) => {
      const dir = join(tests, c, kind);
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
      } catch {
        return [];
      }
    }),
  );
  return [...exampleLetters(), ...files.map((f) => readFileSync(f, 'utf8'))];
}
