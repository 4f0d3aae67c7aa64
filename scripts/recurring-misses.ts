/**
 * Ranks the checker's misses by how many corpora missed them: the one measure that has predicted
 * which work lifts recall on the next unseen writer (docs/accuracy.md, Session 16). A phrase missed
 * in 8 of 15 corpora, and never left plain by any writer, is likely in the next corpus; a phrase one
 * writer marked is that writer's habit.
 *
 * For each missed phrase (lower-cased, spaces collapsed) it prints:
 *  - corpora: how many corpora missed it at least once;
 *  - marked: how many times any writer marked it (caught or missed);
 *  - plain: how many times it stands unmarked in any letter, flagged or clean (a writer judged it
 *    fine there: a term with plain > 0 risks false alarms);
 *  - lenses: the lenses the writers gave it.
 *
 * Usage: tsx scripts/recurring-misses.ts [--corpus DIR ...] [--lens LENS] [--min N] [--limit N]
 * With no --corpus, every tests/corpus* folder is read. Score held-out corpora only once, and never
 * pass one here before it is spent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createChecker } from '../engine/checker.js';
import type { CompiledRuleset } from '../engine/types.js';
import { corpusFiles, readCorpusLetter, scoreCorpus } from './evaluate-corpus.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** What one corpus contributes: its misses and every letter's text with its marks. */
export interface CorpusMisses {
  name: string;
  /** lens is missing for a corpus without marks-by-lens.tsv (tests/corpus). */
  misses: Array<{ lens?: string; phrase: string }>;
  letters: Array<{ text: string; marks: Array<{ start: number; end: number }> }>;
}

export interface RecurringMiss {
  phrase: string;
  corpora: number;
  marked: number;
  plain: number;
  lenses: string[];
}

/** The longest phrase, in words, whose plain uses are counted; longer misses report plain 0. */
const MAX_WORDS = 6;
const WORD = /[\p{L}\p{N}]+(?:['\u2019/+-][\p{L}\p{N}]+)*/gu;

const wordsOf = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []);
export const phraseKey = (text: string): string => wordsOf(text).join(' ');

/** Every run of 1 to MAX_WORDS words outside the marks, counted: a phrase a writer left plain. */
function countPlain(letters: CorpusMisses['letters'], wanted: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text, marks } of letters) {
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    let from = 0;
    const segments: string[] = [];
    for (const m of sorted) {
      segments.push(text.slice(from, m.start));
      from = Math.max(from, m.end);
    }
    segments.push(text.slice(from));
    for (const segment of segments) {
      const w = wordsOf(segment);
      for (let i = 0; i < w.length; i++) {
        let key = '';
        for (let n = 0; n < MAX_WORDS && i + n < w.length; n++) {
          key = n ? `${key} ${w[i + n]}` : w[i];
          if (wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

/** Misses ranked by corpora that missed them, then by times marked; those missed in fewer than `min` corpora left out. */
export function rankRecurringMisses(corpora: CorpusMisses[], min = 1): RecurringMiss[] {
  const byPhrase = new Map<string, { corpora: Set<string>; lenses: Set<string> }>();
  for (const c of corpora) {
    for (const m of c.misses) {
      const key = phraseKey(m.phrase);
      if (!key) continue;
      const entry = byPhrase.get(key) ?? { corpora: new Set(), lenses: new Set() };
      entry.corpora.add(c.name);
      if (m.lens) entry.lenses.add(m.lens);
      byPhrase.set(key, entry);
    }
  }
  const wanted = new Set(byPhrase.keys());
  const marked = new Map<string, number>();
  for (const c of corpora) {
    for (const letter of c.letters) {
      for (const m of letter.marks) {
        const key = phraseKey(letter.text.slice(m.start, m.end));
        if (wanted.has(key)) marked.set(key, (marked.get(key) ?? 0) + 1);
      }
    }
  }
  const plain = countPlain(corpora.flatMap((c) => c.letters), wanted);
  const out: RecurringMiss[] = [];
  for (const [phrase, entry] of byPhrase) {
    if (entry.corpora.size < min) continue;
    out.push({ phrase, corpora: entry.corpora.size, marked: marked.get(phrase) ?? 0, plain: plain.get(phrase) ?? 0, lenses: [...entry.lenses].sort() });
  }
  return out.sort((a, b) => b.corpora - a.corpora || b.marked - a.marked || a.phrase.localeCompare(b.phrase));
}

function readCorpusMisses(dir: string, checker: ReturnType<typeof createChecker>): CorpusMisses {
  const score = scoreCorpus(checker, dir);
  const letters = [...corpusFiles('flagged', dir), ...corpusFiles('clean', dir)].map((f) => readCorpusLetter(f));
  return { name: dir, misses: score.misses, letters };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const values = (flag: string) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
  const dirs = values('--corpus').map((d) => resolve(d));
  const corpora = dirs.length ? dirs : readdirSync(join(repo, 'tests')).filter((d) => d.startsWith('corpus')).map((d) => join(repo, 'tests', d));
  const lens = values('--lens')[0];
  const min = Number(values('--min')[0] ?? 2);
  const limit = Number(values('--limit')[0] ?? 100);
  const ruleset = JSON.parse(readFileSync(join(repo, 'generated/ruleset.json'), 'utf8')) as CompiledRuleset;
  const checker = createChecker(ruleset);
  const ranked = rankRecurringMisses(corpora.map((d) => readCorpusMisses(d, checker)), min).filter((r) => !lens || r.lenses.includes(lens));
  console.log('corpora\tmarked\tplain\tlenses\tphrase');
  for (const r of ranked.slice(0, limit)) console.log(`${r.corpora}\t${r.marked}\t${r.plain}\t${r.lenses.join(',')}\t${r.phrase}`);
}
