/**
 * Scores the engine on clinical notes annotated for words a lay reader would not understand.
 * Each note is a .txt file with every such word or term wrapped ⟪like this⟫ (no header).
 * The notes are real transcriptions whose licence does not allow redistribution, so they live
 * outside the repository: pass their folder. Keep a tuning set and a held-out set apart; score
 * the held-out set once.
 *
 * Usage: tsx scripts/evaluate-notes.ts --notes DIR [--ruleset FILE] [--misses] [--unmarked]
 * Prints:
 *  - jargon recall with --audience patient: the share of marked terms some finding overlaps;
 *  - first-use recall: the same over each marked term's first use in its note only (the check
 *    flags a term once, where it first appears, as "explain it on first use" asks; later uses of
 *    the same spelling count as misses in the figure above);
 *  - findings on no mark per 1,000 words (possible false alarms, or terms the annotator let pass);
 *  - with --audience clinician: findings per lens and rule, so the share of plain-language advice
 *    (which the guidance relaxes between colleagues) is visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createChecker } from '../engine/checker.js';
import type { CompiledRuleset, Finding } from '../engine/types.js';
import { readCorpusLetter } from './evaluate-corpus.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** Letter-level findings are not about one word. */
const LETTER_LEVEL = new Set(['long-sentence', 'candour-checklist']);

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? []).length;
}

const overlaps = (f: Finding, m: { start: number; end: number }) => f.start < m.end && m.start < f.end;

function main() {
  const at = process.argv.indexOf('--notes');
  if (at < 0 || !process.argv[at + 1]) {
    console.error('Usage: tsx scripts/evaluate-notes.ts --notes DIR [--ruleset FILE] [--misses] [--unmarked]');
    process.exit(2);
  }
  const dir = resolve(process.argv[at + 1]);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const rulesetAt = process.argv.indexOf('--ruleset'); // another build's ruleset, to compare
  const rulesetFile = rulesetAt >= 0 ? resolve(process.argv[rulesetAt + 1]) : join(repo, 'generated/ruleset.json');
  const ruleset = JSON.parse(readFileSync(rulesetFile, 'utf8')) as CompiledRuleset;
  const checker = createChecker(ruleset);
  const lensOf = new Map(ruleset.rules.map((r) => [r.id, r.lens]));
  let marks = 0;
  let caught = 0;
  let firstMarks = 0;
  let firstCaught = 0;
  let wordCount = 0;
  const misses: string[] = [];
  const unmarked: string[] = [];
  const clinicianByRule = new Map<string, number>();
  let clinicianTotal = 0;
  for (const f of files) {
    const note = readCorpusLetter(join(dir, f));
    wordCount += words(note.text);
    const findings = checker.check(note.text, { audience: 'patient' });
    const seenInNote = new Set<string>();
    for (const m of note.marks) {
      marks++;
      const hit = findings.some((x) => overlaps(x, m));
      if (hit) caught++;
      else misses.push(`MISS ${f}: "${note.text.slice(m.start, m.end)}"`);
      const spelling = note.text.slice(m.start, m.end).toLowerCase();
      if (!seenInNote.has(spelling)) {
        seenInNote.add(spelling);
        firstMarks++;
        if (hit) firstCaught++;
      }
    }
    for (const x of findings) {
      if (!LETTER_LEVEL.has(x.ruleId) && !note.marks.some((m) => overlaps(x, m))) unmarked.push(`UNMARKED ${f}:${x.line} ${x.ruleId} "${x.actual}"`);
    }
    for (const x of checker.check(note.text, { audience: 'clinician' })) {
      clinicianTotal++;
      clinicianByRule.set(x.ruleId, (clinicianByRule.get(x.ruleId) ?? 0) + 1);
    }
  }
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : 'n/a');
  console.log(`${files.length} notes, ${wordCount} words, ${marks} marked terms`);
  console.log(`patient audience: jargon recall ${pct(caught, marks)} (${caught}/${marks}); ${unmarked.length} word-level findings on no mark (${((unmarked.length / wordCount) * 1000).toFixed(2)} per 1,000 words)`);
  console.log(`patient audience: first-use recall ${pct(firstCaught, firstMarks)} (${firstCaught}/${firstMarks} marked terms' first use in their note)`);
  const byLens = new Map<string, number>();
  for (const [rule, n] of clinicianByRule) byLens.set(lensOf.get(rule) ?? 'unknown', (byLens.get(lensOf.get(rule) ?? 'unknown') ?? 0) + n);
  console.log(`clinician audience: ${clinicianTotal} findings (${((clinicianTotal / wordCount) * 1000).toFixed(2)} per 1,000 words); by lens: ${[...byLens].map(([l, n]) => `${l} ${n} (${pct(n, clinicianTotal)})`).join(', ') || 'none'}`);
  const top = [...clinicianByRule].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (top.length) console.log(`clinician audience, rules: ${top.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  if (process.argv.includes('--misses')) for (const m of misses) console.log(m);
  if (process.argv.includes('--unmarked')) for (const u of unmarked) console.log(u);
}

main();
