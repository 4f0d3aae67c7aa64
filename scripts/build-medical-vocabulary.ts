/**
 * Writes generated/medical-vocabulary.json (see compiler/medical-vocabulary.ts). Reading WordNet
 * takes a few seconds, and `npm install` runs the core build every time, so the file is rebuilt
 * only when something it is made from is newer than it (or with --force).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildMedicalVocabulary } from '../compiler/medical-vocabulary.js';
import { VocabularyContentError } from '../compiler/vocabulary/curated.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** What the vocabulary is built from: content, the build code, the engine code it runs, the lockfile. */
const INPUTS = [
  'content/vocabulary',
  'compiler/vocabulary',
  'compiler/medical-vocabulary.ts',
  'engine/medical/data.ts',
  'engine/medical/word-parts.ts',
  'package-lock.json',
  'scripts/build-medical-vocabulary.ts',
];

function newestInput(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestInput(join(path, name))));
}

export function buildMedicalVocabularyFile(outDir = join(repo, 'generated'), force = false): void {
  const target = join(outDir, 'medical-vocabulary.json');
  const newest = Math.max(...INPUTS.map((p) => newestInput(join(repo, p))));
  if (!force && existsSync(target) && statSync(target).mtimeMs > newest) {
    console.log('medical vocabulary: up to date (generated/medical-vocabulary.json)');
    return;
  }
  const started = performance.now();
  const { data, stats } = buildMedicalVocabulary(join(repo, 'content/vocabulary'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${target}.tmp`, JSON.stringify(data));
  renameSync(`${target}.tmp`, target);
  const ms = Math.round(performance.now() - started);
  console.log(
    `medical vocabulary: ${stats.headwords} terms (${stats.multiWord} multi-word, ${stats.spellings} spellings), ` +
      `${stats.acronyms} shorthand, ${stats.withSuggestion + stats.acronyms} with plain-English wording -> generated/medical-vocabulary.json (${ms} ms)`,
  );
}

/** buildMedicalVocabularyFile for command lines: mistakes in content/vocabulary/ are printed, exit 1. */
export function buildMedicalVocabularyOrExit(force = false): void {
  try {
    buildMedicalVocabularyFile(undefined, force);
  } catch (e) {
    if (e instanceof VocabularyContentError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  buildMedicalVocabularyOrExit(process.argv.includes('--force'));
}
