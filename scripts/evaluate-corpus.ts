/**
 * Scores the engine against the blind corpus in tests/corpus: recall on the phrases marked
 * ⟪like this⟫ in flagged/, and false alarms per 1,000 words on the well-written letters in clean/.
 * Usage: tsx scripts/evaluate-corpus.ts [--corpus tests/corpus-holdout] [--misses] [--alarms] [--unmarked]
 * tests/corpus-holdout is held out: measure with it, never tune rules against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createChecker, type Checker } from '../engine/checker.js';
import type { Audience, CompiledRuleset, Finding } from '../engine/types.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
export const CORPUS = join(repo, 'tests/corpus');

export interface CorpusLetter {
  file: string;
  audience: Audience;
  text: string;
  marks: Array<{ start: number; end: number; lens?: string }>;
}

/** marks-by-lens.tsv (file, marked_text, lens; one row per mark in file order), when the corpus has one. */
function lensesByFile(corpus: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let tsv: string;
  try {
    tsv = readFileSync(join(corpus, 'marks-by-lens.tsv'), 'utf8');
  } catch {
    return out;
  }
  for (const line of tsv.split(/\r?\n/).slice(1)) {
    const [name, , lens] = line.split('\t');
    if (!name || !lens) continue;
    // Writers name the file either as "flagged/01-x.txt" or as "01-x.txt" (marks are only in flagged/).
    const file = name.includes('/') ? name : `flagged/${name}`;
    out.set(file, [...(out.get(file) ?? []), lens]);
  }
  return out;
}

/** Letter-level findings (long sentences, the checklist) are not marked in a corpus by design. */
const LETTER_LEVEL = new Set(['long-sentence', 'candour-checklist']);

/**
 * Whether a finding catches a mark: it overlaps it, and, for a letter-level finding (a whole long
 * sentence), the mark is at least half of it. A long sentence that merely contains "failed to
 * attend" has not found "failed to attend"; counting it did inflate recall.
 */
function catches(f: Finding, m: { start: number; end: number }): boolean {
  if (!(f.start < m.end && m.start < f.end)) return false;
  if (!LETTER_LEVEL.has(f.ruleId)) return true;
  return 2 * (Math.min(f.end, m.end) - Math.max(f.start, m.start)) >= f.end - f.start;
}

/** Reads one corpus file: an "audience:" line, a blank line, then the letter with ⟪marks⟫. */
export function readCorpusLetter(file: string): CorpusLetter {
  const raw = readFileSync(file, 'utf8');
  const header = /^audience:\s*(\w+)\s*\r?\n\r?\n?/.exec(raw);
  const audience = (header?.[1] ?? 'patient') as Audience;
  const body = header ? raw.slice(header[0].length) : raw;
  let text = '';
  const marks: CorpusLetter['marks'] = [];
  let open = -1;
  for (const ch of body) {
    if (ch === '\u27ea') open = text.length;
    else if (ch === '\u27eb') {
      if (open >= 0) marks.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { file, audience, text, marks };
}

export function corpusFiles(kind: 'flagged' | 'clean', corpus = CORPUS): string[] {
  try {
    return readdirSync(join(corpus, kind)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, kind, f));
  } catch {
    return [];
  }
}

export interface Score {
  marks: number;
  caught: number;
  recall: number;
  misses: Array<{ file: string; phrase: string; context: string; lens?: string }>;
  /** Marks and catches per lens, where the corpus says which lens each mark belongs to. */
  byLens: Record<string, { marks: number; caught: number }>;
  flaggedWords: number;
  /** Findings on flagged letters that overlap no mark (possible false alarms, or unmarked true ones). */
  unmarked: Array<{ file: string; finding: Finding }>;
  cleanWords: number;
  alarms: Array<{ file: string; finding: Finding }>;
  alarmsPer1000: number;
  /** Phrase-level findings only (letter-level advice such as sentence length left out). */
  phraseAlarms: number;
  unmarkedPhrasePer1000: number;
}

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? []).length;
}

export function scoreCorpus(checker: Checker, corpus = CORPUS): Score {
  let marks = 0;
  let caught = 0;
  const misses: Score['misses'] = [];
  const unmarked: Score['unmarked'] = [];
  const byLens: Score['byLens'] = {};
  const lenses = lensesByFile(corpus);
  let flaggedWords = 0;
  for (const file of corpusFiles('flagged', corpus)) {
    const letter = readCorpusLetter(file);
    flaggedWords += words(letter.text);
    const findings = checker.check(letter.text, { audience: letter.audience });
    // corpus-blind-a's TSV names files without the flagged/ folder; corpus-blind-b's with it.
    const markLenses = lenses.get(file.slice(corpus.length + 1)) ?? lenses.get(basename(file)) ?? [];
    letter.marks.forEach((m, i) => {
      const lens = markLenses[i] ?? 'unknown';
      const tally = (byLens[lens] ??= { marks: 0, caught: 0 });
      marks++;
      tally.marks++;
      if (findings.some((f) => catches(f, m))) {
        caught++;
        tally.caught++;
      } else {
        misses.push({
          lens,
          file: file.slice(corpus.length + 1),
          phrase: letter.text.slice(m.start, m.end),
          context: letter.text.slice(Math.max(0, m.start - 40), m.end + 40).replace(/\s+/g, ' '),
        });
      }
    });
    for (const f of findings) {
      if (LETTER_LEVEL.has(f.ruleId)) continue; // letter-level: not marked by design
      if (!letter.marks.some((m) => f.start < m.end && m.start < f.end)) unmarked.push({ file: file.slice(corpus.length + 1), finding: f });
    }
  }
  let cleanWords = 0;
  const alarms: Score['alarms'] = [];
  for (const file of corpusFiles('clean', corpus)) {
    const letter = readCorpusLetter(file);
    cleanWords += words(letter.text);
    for (const f of checker.check(letter.text, { audience: letter.audience })) alarms.push({ file: file.slice(corpus.length + 1), finding: f });
  }
  return {
    marks,
    caught,
    recall: marks ? caught / marks : 1,
    misses,
    byLens,
    flaggedWords,
    unmarked,
    cleanWords,
    alarms,
    alarmsPer1000: cleanWords ? (alarms.length / cleanWords) * 1000 : 0,
    phraseAlarms: alarms.filter((a) => !LETTER_LEVEL.has(a.finding.ruleId)).length,
    unmarkedPhrasePer1000: flaggedWords ? (unmarked.length / flaggedWords) * 1000 : 0,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const ruleset = JSON.parse(readFileSync(join(repo, 'generated/ruleset.json'), 'utf8')) as CompiledRuleset;
  const at = process.argv.indexOf('--corpus');
  const corpus = at > 0 ? resolve(process.argv[at + 1]) : CORPUS;
  const s = scoreCorpus(createChecker(ruleset), corpus);
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  console.log(`recall ${(s.recall * 100).toFixed(1)}% (${s.caught}/${s.marks}); false alarms ${s.alarms.length} in ${s.cleanWords} clean words = ${s.alarmsPer1000.toFixed(2)} per 1,000`);
  const lensRows = Object.entries(s.byLens).filter(([lens]) => lens !== 'unknown');
  if (lensRows.length) console.log(`recall by lens: ${lensRows.map(([lens, t]) => `${lens} ${pct(t.caught, t.marks)} (${t.caught}/${t.marks})`).join(', ')}`);
  console.log(`clean letters: ${s.phraseAlarms} phrase-level findings (${((s.phraseAlarms / s.cleanWords) * 1000).toFixed(2)} per 1,000 words); flagged letters: ${s.unmarked.length} findings on no mark in ${s.flaggedWords} words (${s.unmarkedPhrasePer1000.toFixed(2)} per 1,000)`);
  if (process.argv.includes('--misses')) for (const m of s.misses) console.log(`MISS ${m.file}: "${m.phrase}"  …${m.context}…`);
  if (process.argv.includes('--alarms')) for (const a of s.alarms) console.log(`ALARM ${a.file}:${a.finding.line} ${a.finding.ruleId} "${a.finding.actual}"`);
  if (process.argv.includes('--unmarked')) for (const u of s.unmarked) console.log(`UNMARKED ${u.file}:${u.finding.line} ${u.finding.ruleId} "${u.finding.actual}"`);
}
