/**
 * A generated corpus of realistic letters for the benchmark: sentences drawn (with a fixed seed)
 * from the example letters and rule examples in content/, so the text has the phrases, lengths
 * and punctuation of real letters. Nothing is committed: it is rebuilt on every run.
 */
import type { Content } from '../compiler/load-content.js';
import { seeded } from '../tests/seeded-random.js';

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n{2,}/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 4);
}

export function sentencePool(content: Content): string[] {
  const pool: string[] = [];
  for (const l of content.letters) pool.push(...sentencesOf(l.before), ...sentencesOf(l.after));
  for (const r of content.rules) for (const e of r.examples) pool.push(...sentencesOf(e.text));
  return pool;
}

/** One letter of about `words` words: greeting, paragraphs of 2-4 sentences, sign-off. */
export function makeLetter(pool: readonly string[], words: number, random: () => number): string {
  const parts = ['Dear Sam Patel,', ''];
  let count = 3;
  while (count < words) {
    const para: string[] = [];
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n && count < words; i++) {
      const s = pool[Math.floor(random() * pool.length)];
      para.push(s);
      count += s.split(' ').length;
    }
    parts.push(para.join(' '), '');
  }
  parts.push('Yours sincerely,', 'Dr Amina Rahman');
  return parts.join('\n');
}

/** Letters of 80 to 600 words until the total reaches `bytes`. */
export function makeCorpus(pool: readonly string[], bytes: number, seed = 42): string[] {
  const random = seeded(seed);
  const letters: string[] = [];
  let size = 0;
  while (size < bytes) {
    const letter = makeLetter(pool, 80 + Math.floor(random() * 520), random);
    letters.push(letter);
    size += Buffer.byteLength(letter);
  }
  return letters;
}

export function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}
