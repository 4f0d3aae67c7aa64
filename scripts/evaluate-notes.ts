/**
 * Scores the engine on clinical notes annotated for words a lay reader would not understand.
 * Each note is a .txt file with every such word or term wrapped ⟪like this⟫ (no header).
 * The notes are real transcriptions whose licence does not allow redistribution, so they live
 * outside the repository: pass their folder. Keep a tuning set and a held-out set apart; score
 * the held-out set once.
 *
 * Usage: tsx scripts/evaluate-notes.ts --notes DIR [--ruleset FILE] [--misses] [--unmarked]
 * Prints:
 *  - jargon recall with --audience patient: the share of marked terms some word-level finding
 *    overlaps (a long sentence that holds a term has not flagged it);
 *  - first-use recall: the same over each marked term's first use in its note only (the check
 *    flags a term once, where it first appears, as "explain it on first use" asks; later uses of
 *    the same spelling count as misses in the figure above);
 *  - findings on no mark per 1,000 words (possible false alarms, or terms the annotator let pass);
 *  - with --audience clinician: findings per lens and rule, so the share of plain-language advice
 *    (which the guidance relaxes between colleagues) is visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createChecker, type Checker } from '../engine/checker.js';
import type { CompiledRuleset, Finding } from '../engine/types.js';
import { readCorpusLetter } from './evaluate-corpus.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** Letter-level findings are not about one word. */
const LETTER_LEVEL = new Set(['long-sentence', 'candour-checklist']);

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? []).length;
}

const overlaps = (f: Finding, m: { start: number; end: number }) => f.start < m.end && m.start < f.end;

/** A finding catches a marked term when it overlaps it and is about words: a long sentence that holds "stenosis" has not flagged it. */
const catchesTerm = (f: Finding, m: { start: number; end: number }) => !LETTER_LEVEL.has(f.ruleId) && overlaps(f, m);

export interface NotesScore {
  notes: number;
  words: number;
  marks: number;
  caught: number;
  firstMarks: number;
  firstCaught: number;
  misses: string[];
  unmarked: string[];
  clinicianTotal: number;
  clinicianByRule: Map<string, number>;
}

/** Scores every .txt note in dir: jargon recall for a patient, and what a clinician would be shown. */
export function scoreNotes(checker: Checker, dir: string): NotesScore {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const score: NotesScore = { notes: files.length, words: 0, marks: 0, caught: 0, firstMarks: 0, firstCaught: 0, misses: [], unmarked: [], clinicianTotal: 0, clinicianByRule: new Map() };
  for (const f of files) {
    const note = readCorpusLetter(join(dir, f));
    score.words += words(note.text);
    const findings = checker.check(note.text, { audience: 'patient' });
    const seenInNote = new Set<string>();
    for (const m of note.marks) {
      score.marks++;
      const hit = findings.some((x) => catchesTerm(x, m));
      if (hit) score.caught++;
      else score.misses.push(`MISS ${f}: "${note.text.slice(m.start, m.end)}"`);
      const spelling = note.text.slice(m.start, m.end).toLowerCase();
      if (!seenInNote.has(spelling)) {
        seenInNote.add(spelling);
        score.firstMarks++;
        if (hit) score.firstCaught++;
      }
    }
    for (const x of findings) {
      if (!LETTER_LEVEL.has(x.ruleId) && !note.marks.some((m) => overlaps(x, m))) score.unmarked.push(`UNMARKED ${f}:${x.line} ${x.ruleId} "${x.actual}"`);
    }
    for (const x of checker.check(note.text, { audience: 'clinician' })) {
      score.clinicianTotal++;
      score.clinicianByRule.set(x.ruleId, (score.clinicianByRule.get(x.ruleId) ?? 0) + 1);
    }
  }
  return score;
}

function main() {
  const at = process.argv.indexOf('--notes');
  if (at < 0 || !process.argv[at + 1]) {
    console.error('Usage: tsx scripts/evaluate-notes.ts --notes DIR [--ruleset FILE] [--misses] [--unmarked]');
    process.exit(2);
  }
  const dir = resolve(process.argv[at + 1]);
  const rulesetAt = process.argv.indexOf('--ruleset'); // another build's ruleset, to compare
  const rulesetFile = rulesetAt >= 0 ? resolve(process.argv[rulesetAt + 1]) : join(repo, 'generated/ruleset.json');
  const ruleset = JSON.parse(readFileSync(rulesetFile, 'utf8')) as CompiledRuleset;
  const lensOf = new Map(ruleset.rules.map((r) => [r.id, r.lens]));
  const s = scoreNotes(createChecker(ruleset), dir);
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : 'n/a');
  console.log(`${s.notes} notes, ${s.words} words, ${s.marks} marked terms`);
  console.log(`patient audience: jargon recall ${pct(s.caught, s.marks)} (${s.caught}/${s.marks}); ${s.unmarked.length} word-level findings on no mark (${((s.unmarked.length / s.words) * 1000).toFixed(2)} per 1,000 words)`);
  console.log(`patient audience: first-use recall ${pct(s.firstCaught, s.firstMarks)} (${s.firstCaught}/${s.firstMarks} marked terms' first use in their note)`);
  const byLens = new Map<string, number>();
  for (const [rule, n] of s.clinicianByRule) byLens.set(lensOf.get(rule) ?? 'unknown', (byLens.get(lensOf.get(rule) ?? 'unknown') ?? 0) + n);
  console.log(`clinician audience: ${s.clinicianTotal} findings (${((s.clinicianTotal / s.words) * 1000).toFixed(2)} per 1,000 words); by lens: ${[...byLens].map(([l, n]) => `${l} ${n} (${pct(n, s.clinicianTotal)})`).join(', ') || 'none'}`);
  const top = [...s.clinicianByRule].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (top.length) console.log(`clinician audience, rules: ${top.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  if (process.argv.includes('--misses')) for (const m of s.misses) console.log(m);
  if (process.argv.includes('--unmarked')) for (const u of s.unmarked) console.log(u);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
