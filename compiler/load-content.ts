/**
 * Loads the whole content/ folder, validates it file by file and across files, compiles the
 * ruleset and runs every example through the engine. Either everything is right, or it throws
 * ContentErrors listing every problem with its file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { CompiledRuleset } from '../engine/types.js';
import type { MedicalVocabularyData } from '../engine/medical/data.js';
import { createChecker } from '../engine/checker.js';
import { phrasingTokens } from '../engine/patterns.js';
import { ErrorList } from './errors.js';
import { parseContentFile } from './markdown.js';
import { readRule, type RuleDoc } from './rule-file.js';
import { checkDeckPlaces, checkDeckWording } from './decks.js';
import { readLetter, readValue, type LetterDoc, type ValueDoc } from './page-files.js';
import { checkNhsValues, readNhsValue, type NhsValueDoc } from './nhs-value-file.js';
import { compileRuleset } from './compile-ruleset.js';
import { addInflections } from './inflect-rules.js';
import { applyFirstSuggestions, audienceCheckers } from './example-fix.js';
import { parseContentLink, type ContentFolder } from './content-links.js';
import { addSignalGates } from './signal-gates.js';
import { addWordSlots } from './word-slots.js';

export interface Source {
  key: string;
  title: string;
  url: string;
}

export interface Content {
  root: string;
  rules: RuleDoc[];
  /** The four lens pages (content/values/). */
  values: ValueDoc[];
  /** The six NHS Constitution value pages (content/nhs-values/); empty when the folder is absent. */
  nhsValues: NhsValueDoc[];
  letters: LetterDoc[];
  sources: Map<string, Source>;
  ruleset: CompiledRuleset;
}

export const DEFAULT_CONTENT_DIR = resolve(dirname(new URL(import.meta.url).pathname), '..', 'content');

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

function readSources(dir: string, errors: ErrorList): Map<string, Source> {
  const file = join(dir, 'sources.yml');
  const rel = relative(process.cwd(), file);
  const out = new Map<string, Source>();
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.add(rel, (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1, `cannot read sources: ${(e as Error).message.split('\n')[0]}`);
    return out;
  }
  for (const [key, v] of Object.entries((data ?? {}) as Record<string, { title?: unknown; url?: unknown }>)) {
    if (!v || typeof v.title !== 'string' || typeof v.url !== 'string') errors.add(rel, 1, `source "${key}" needs a title and a url`);
    else out.set(key, { key, title: v.title, url: v.url });
  }
  return out;
}

export interface LoadOptions {
  /** Run every rule's examples and every letter through the engine (default true). Tests turn it off to report each example separately. */
  verifyExamples?: boolean;
  /**
   * The medical vocabulary for rules with `check: medical-words`. By default it is read from
   * generated/medical-vocabulary.json, which the core build writes first (WordNet takes seconds to
   * read, so the vocabulary is built once and reused).
   */
  medical?: MedicalVocabularyData;
}

export const DEFAULT_MEDICAL_VOCABULARY = resolve(dirname(new URL(import.meta.url).pathname), '..', 'generated', 'medical-vocabulary.json');

function readMedicalVocabulary(errors: ErrorList, file: string): MedicalVocabularyData | undefined {
  if (!existsSync(DEFAULT_MEDICAL_VOCABULARY)) {
    errors.add(file, 1, `check: medical-words needs ${relative(process.cwd(), DEFAULT_MEDICAL_VOCABULARY)}: run npm run build:core`);
    return undefined;
  }
  return JSON.parse(readFileSync(DEFAULT_MEDICAL_VOCABULARY, 'utf8')) as MedicalVocabularyData;
}

export function loadContent(dir: string = DEFAULT_CONTENT_DIR, options: LoadOptions = {}): Content {
  const root = resolve(dir);
  const errors = new ErrorList();
  const rel = (f: string) => relative(process.cwd(), f) || f;
  const sources = readSources(root, errors);
  const sourceKeys = new Set(sources.keys());

  const rules: RuleDoc[] = [];
  const seenIds = new Map<string, string>();
  for (const path of markdownFiles(join(root, 'rules'))) {
    const id = basename(path, '.md');
    const file = rel(path);
    const lower = id.toLowerCase();
    if (seenIds.has(lower)) errors.add(file, 1, `duplicate rule id "${id}" (also ${seenIds.get(lower)})`);
    seenIds.set(lower, file);
    const rule = readRule(parseContentFile(file, readFileSync(path, 'utf8'), errors), id, sourceKeys, errors);
    if (rule) rules.push(rule);
  }
  const values: ValueDoc[] = [];
  for (const path of markdownFiles(join(root, 'values'))) {
    const v = readValue(parseContentFile(rel(path), readFileSync(path, 'utf8'), errors), basename(path, '.md'), errors);
    if (v) values.push(v);
  }
  const letters: LetterDoc[] = [];
  for (const path of markdownFiles(join(root, 'letters'))) {
    const l = readLetter(parseContentFile(rel(path), readFileSync(path, 'utf8'), errors), basename(path, '.md'), errors);
    if (l) letters.push(l);
  }

  const nhsValues: NhsValueDoc[] = [];
  const nhsValueDir = join(root, 'nhs-values');
  const nhsValueFiles = markdownFiles(nhsValueDir);
  for (const path of nhsValueFiles) {
    const v = readNhsValue(parseContentFile(rel(path), readFileSync(path, 'utf8'), errors), basename(path, '.md'), errors);
    if (v) nhsValues.push(v);
  }
  // A content folder without nhs-values/ (a test's few rules) has no value pages; one with it needs all six.
  if (existsSync(nhsValueDir)) checkNhsValues(nhsValues, rel(nhsValueDir), new Set(nhsValueFiles.map((f) => basename(f, '.md'))), rules, new Set(letters.map((l) => l.id)), errors);

  addWordSlots(rules, errors);
  addSignalGates(rules, errors);
  addInflections(rules);
  checkPhrasingClaims(rules, errors);
  checkDeckPlaces(rules, errors);
  checkLinks(rules, values, letters, errors, nhsValues);
  const ruleset = compileRuleset(rules, errors);
  const medicalRule = rules.find((r) => r.check === 'medical-words');
  if (medicalRule) ruleset.medical = options.medical ?? readMedicalVocabulary(errors, medicalRule.file);
  errors.throwIfAny();
  if (options.verifyExamples !== false) {
    checkExamples(ruleset, rules, letters, errors);
    errors.throwIfAny();
  }
  return { root, rules, values, nhsValues, letters, sources, ruleset };
}

/** Two rules may not claim the same phrasing for the same audience: the clinician would see two cards for one phrase. */
export function checkPhrasingClaims(rules: readonly RuleDoc[], errors: ErrorList): void {
  const claims = new Map<string, Array<{ rule: RuleDoc; exact: string | null }>>();
  for (const rule of rules) {
    for (const spec of rule.phrases) {
      for (const phrasing of spec.phrasings) {
        let key: string;
        let exact: string | null = null;
        try {
          const t = phrasingTokens(phrasing);
          key = `${t.clauseStart ? '^' : ''}${t.tokens.join(' ')}${t.clauseEnd ? '$' : ''}`;
          if (spec.caseSensitive) exact = t.exact.join(' ');
        } catch {
          continue; // reported when compiling
        }
        const list = claims.get(key) ?? [];
        for (const other of list) {
          if (other.rule === rule) continue;
          if (exact !== null && other.exact !== null && exact !== other.exact) continue;
          const shared = rule.audiences.filter((a) => other.rule.audiences.includes(a));
          if (shared.length) {
            errors.add(rule.file, spec.line, `"${phrasing}" is also claimed by ${other.rule.file} for ${shared.join(', ')}`);
          }
        }
        list.push({ rule, exact });
        claims.set(key, list);
      }
    }
  }
}

function collectLinks(tree: Root): Array<{ url: string; line: number }> {
  const out: Array<{ url: string; line: number }> = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'link') out.push({ url: n.url, line: n.position?.start.line ?? 1 });
      if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

/** Every relative link between content files must point at a file that exists. */
function checkLinks(rules: RuleDoc[], values: ValueDoc[], letters: LetterDoc[], errors: ErrorList, nhsValues: NhsValueDoc[]): void {
  const known = new Set([
    ...rules.map((r) => `rules/${r.id}`),
    ...values.map((v) => `values/${v.id}`),
    ...nhsValues.map((v) => `nhs-values/${v.id}`),
    ...letters.map((l) => `letters/${l.id}`),
  ]);
  const ruleIds = new Set(rules.map((r) => r.id));
  const check = (file: string, folder: ContentFolder, tree: Root) => {
    for (const { url, line } of collectLinks(tree)) {
      if (/^[a-z]+:/i.test(url) || url.startsWith('#')) continue;
      const link = parseContentLink(url, folder);
      if (!link || !known.has(`${link.folder}/${link.id}`)) errors.add(file, line, `link to "${url}" does not point at a rule, value or letter that exists`);
    }
  };
  for (const r of rules) {
    check(r.file, 'rules', r.tree);
    r.related.forEach((id, i) => {
      if (!ruleIds.has(id)) errors.add(r.file, r.lineOf('related', i), `related rule "${id}" does not exist`);
    });
  }
  for (const v of values) check(v.file, 'values', v.tree);
  for (const l of letters) check(l.file, 'letters', l.tree);
  for (const v of nhsValues) check(v.file, 'nhs-values', { type: 'root', children: [...v.tree.children, ...v.questions.flat()] });
}

/** A rule's examples are its tests: flag examples flag exactly the marked spans, fine ones nothing. */
export function checkExamples(ruleset: CompiledRuleset, rules: RuleDoc[], letters: LetterDoc[], errors: ErrorList): void {
  const checker = createChecker(ruleset);
  const checkerFor = audienceCheckers(ruleset);
  for (const rule of rules) {
    for (const ex of rule.examples) {
      const { findings, summary } = checker.analyse(ex.text, { audience: ex.audience });
      const found = [...findings, ...summary.checklist].filter((f) => f.ruleId === rule.id);
      if (ex.kind === 'fine') {
        if (found.length) errors.add(rule.file, ex.line, `Fine example is flagged: "${found.map((f) => f.actual).join('", "')}"`);
        continue;
      }
      const want = ex.marks.map((m) => `${m.start}-${m.end}`).sort().join(',');
      const got = found.map((f) => `${f.start}-${f.end}`).sort().join(',');
      if (want !== got) {
        const marked = ex.marks.map((m) => ex.text.slice(m.start, m.end));
        const flagged = found.map((f) => f.actual);
        errors.add(rule.file, ex.line, `Flag example: expected "${marked.join('", "')}" to be flagged, got ${flagged.length ? `"${flagged.join('", "')}"` : 'nothing'}`);
      }
      if (ex.fixed !== undefined) {
        const got = applyFirstSuggestions(checkerFor(ex.audience), rule.id, ex);
        if (got === null) errors.add(rule.file, ex.fixedLine!, '"Fixed:" but no finding here has a suggestion to apply');
        else if (got !== ex.fixed) errors.add(rule.file, ex.fixedLine!, `"Fixed:" does not match the first suggestion applied, which gives: "${got}"`);
      }
    }
  }
  checkDeckWording(checker, rules, errors);
  for (const letter of letters) {
    const before = checker.analyse(letter.before, { audience: letter.audience });
    const fired = new Set([...before.findings, ...before.summary.checklist].map((f) => f.ruleId));
    for (const change of letter.changes) {
      for (const id of change.rules) {
        if (!rules.some((r) => r.id === id)) errors.add(letter.file, change.line, `links to rule "${id}", which does not exist`);
        else if (!fired.has(id)) errors.add(letter.file, change.line, `rule "${id}" does not fire on the Before letter`);
      }
    }
    for (const f of checker.check(letter.after, { audience: letter.audience })) {
      if (f.severity === 'advice') continue;
      errors.add(letter.file, letter.afterLine + f.line - 1, `After letter still raises ${f.ruleId} (${f.severity}) on "${f.actual}"`);
    }
  }
}
