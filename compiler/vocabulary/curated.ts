/**
 * The hand-kept vocabulary files under content/vocabulary/:
 *   lay-safe.txt           words and terms a lay reader knows, never flagged ("asthma", "x-ray")
 *   plain-english/*.tsv    term <TAB> plain-English wording, one file per kind of term
 *   word-parts.tsv         the Greek and Latin parts for the word-part classifier
 *   before-medical.tsv     words that are jargon only before a medical word ("radical prostatectomy")
 * Errors name the file and line, and stop the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TERM_KINDS, type TermKind } from './medical-synsets.js';

/** Mistakes in the hand-kept files, one "file:line: problem" a line. */
export class VocabularyContentError extends Error {}

export interface Curated {
  laySafe: Set<string>;
  /** Lower-case term (or an acronym as written) -> its kind and plain-English wording. */
  plain: Map<string, { kind: TermKind; text: string; acronym: boolean }>;
  parts: Record<'prefix' | 'strong' | 'suffix' | 'root' | 'direction' | 'ending' | 'adjectival', string[]>;
  /** Word -> plain-English wording, for words that are jargon only before a medical word. */
  beforeMedical: Map<string, string>;
}

/** A term as the matcher sees it: lower case, hyphens as spaces (the tokenizer splits on them). */
export function normaliseTerm(raw: string): string {
  return raw.toLowerCase().replace(/[‘’]/g, "'").replace(/[-_\s]+/g, ' ').trim();
}

/** Non-blank, non-comment lines with their line numbers. */
function lines(file: string): Array<[number, string]> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i): [number, string] => [i + 1, line.replace(/\r$/, '')])
    .filter(([, line]) => line.trim() !== '' && !line.startsWith('#'));
}

const TERM = /^[a-z][a-z' ]*[a-z]$/;
/**
 * Shorthand with a capital anywhere ("SOB", "LFTs", "eGFR", "Hx") is matched exactly as written;
 * only clinical-shorthand.tsv may hold such terms. Elsewhere capitals are just how a name is
 * spelt ("Crohn's disease") and the term is lower-cased like any other.
 */
const ACRONYM = /^[A-Za-z0-9&/]*[A-Z][A-Za-z0-9&/]*$/;

export function readCurated(dir: string): Curated {
  const errors: string[] = [];
  const laySafe = new Set<string>();
  const layFile = join(dir, 'lay-safe.txt');
  for (const [n, line] of lines(layFile)) {
    const term = normaliseTerm(line);
    if (!TERM.test(term)) errors.push(`${layFile}:${n}: "${line}" is not a word or term`);
    laySafe.add(term);
  }

  const plain: Curated['plain'] = new Map();
  const plainDir = join(dir, 'plain-english');
  for (const name of readdirSync(plainDir).filter((f) => f.endsWith('.tsv')).sort()) {
    const file = join(plainDir, name);
    const kind = basename(name, '.tsv') as TermKind;
    if (!TERM_KINDS.includes(kind)) {
      errors.push(`${file}: the file name must be a kind of term: ${TERM_KINDS.join(', ')}`);
      continue;
    }
    for (const [n, line] of lines(file)) {
      const [raw, text, extra] = line.split('\t');
      const acronym = kind === 'clinical-shorthand' && ACRONYM.test(raw?.trim() ?? '');
      const term = acronym ? raw.trim() : normaliseTerm(raw ?? '');
      if (!acronym && !TERM.test(term)) errors.push(`${file}:${n}: "${raw}" is not a word or term`);
      else if (!text?.trim() || extra !== undefined) errors.push(`${file}:${n}: expected "term<TAB>plain English"`);
      else if (plain.has(term)) errors.push(`${file}:${n}: "${term}" is listed twice`);
      else if (laySafe.has(term)) errors.push(`${file}:${n}: "${term}" is also in lay-safe.txt`);
      else plain.set(term, { kind, text: text.trim(), acronym });
    }
  }

  const parts: Curated['parts'] = { prefix: [], strong: [], suffix: [], root: [], direction: [], ending: [], adjectival: [] };
  const partsFile = join(dir, 'word-parts.tsv');
  for (const [n, line] of lines(partsFile)) {
    const [type, forms] = line.split('\t');
    if (!(type in parts) || !forms) {
      errors.push(`${partsFile}:${n}: expected "type<TAB>forms<TAB>meaning" with a type of ${Object.keys(parts).join(', ')}`);
      continue;
    }
    for (const form of forms.split('|')) {
      if (!/^[a-z]+$/.test(form)) errors.push(`${partsFile}:${n}: "${form}" is not a lower-case word part`);
      parts[type as keyof Curated['parts']].push(form);
    }
  }
  const beforeMedical = new Map<string, string>();
  const beforeFile = join(dir, 'before-medical.tsv');
  if (existsSync(beforeFile)) {
    for (const [n, line] of lines(beforeFile)) {
      const [word, text, extra] = line.split('\t');
      if (!/^[a-z]+$/.test(word ?? '')) errors.push(`${beforeFile}:${n}: "${word}" is not a lower-case word`);
      else if (!text?.trim() || extra !== undefined) errors.push(`${beforeFile}:${n}: expected "word<TAB>plain English"`);
      else if (plain.has(word) || laySafe.has(word)) errors.push(`${beforeFile}:${n}: "${word}" is also in plain-english/ or lay-safe.txt`);
      else beforeMedical.set(word, text.trim());
    }
  }
  if (errors.length > 0) throw new VocabularyContentError(errors.join('\n'));
  return { laySafe, plain, parts, beforeMedical };
}
