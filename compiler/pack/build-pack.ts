/**
 * values-lens pack build DIR: reads a trust's pack (DIR/pack.md and DIR/rules/*.md, rule files in
 * the content/rules format), validates them with the content compiler's own checks and file:line
 * errors, runs every rule's examples against the built-in rules plus the pack (as a clinician's
 * checker will run them), and returns the pack file. Either everything is right, or it throws
 * ContentErrors listing every problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CompiledRuleset } from '../../engine/types.js';
import { measurePhrase } from '../../engine/phrase-limits.js';
import {
  MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH, MAX_PACK_CHARS, MAX_PACK_PHRASINGS, MAX_PACK_RULES, MAX_SUGGESTION_LENGTH, MAX_TITLE_LENGTH,
  PACK_FORMAT, PACK_FORMAT_VERSION, PACK_PHRASE_LIMITS, PackError, packRuleId, readPack, withPacks,
  type PackFile, type PackPhrase, type PackRule,
} from '../../engine/pack/index.js';
import { ErrorList } from '../errors.js';
import { parseContentFile } from '../markdown.js';
import { readRule, type PhraseSpec, type RuleDoc } from '../rule-file.js';
import { phrasingSuggestions } from '../compile-ruleset.js';
import { checkExamples, checkPhrasingClaims } from '../load-content.js';
import { readManifest, type PackManifest } from './manifest.js';
import { explanationBlocks } from './explanation.js';
import { swallowedHints } from './example-hints.js';

export interface BuiltPack {
  pack: PackFile;
  /** The pack file's text, as written. */
  json: string;
  /** Examples run, for the builder's report. */
  examples: number;
}

const n = (x: number) => x.toLocaleString('en-GB');

function readText(path: string, errors: ErrorList, file: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    errors.add(file, 1, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return null;
  }
}

export function buildPack(dir: string, base: CompiledRuleset): BuiltPack {
  const errors = new ErrorList();
  const rel = (f: string) => relative(process.cwd(), f) || f;
  const manifestPath = join(dir, 'pack.md');
  const manifestSource = readText(manifestPath, errors, rel(manifestPath));
  const manifest = manifestSource === null ? null : readManifest(parseContentFile(rel(manifestPath), manifestSource, errors), errors);
  const sourceKeys = new Set(manifest?.sources.keys() ?? []);

  const rulesDir = join(dir, 'rules');
  let names: string[] = [];
  try {
    names = readdirSync(rulesDir).filter((f) => f.endsWith('.md') && statSync(join(rulesDir, f)).isFile()).sort();
  } catch {
    errors.add(rel(rulesDir), 1, 'a pack keeps its rules in a "rules" folder beside pack.md');
  }
  if (names.length === 0 && errors.errors.length === 0) errors.add(rel(rulesDir), 1, 'has no rule files (*.md)');
  if (names.length > MAX_PACK_RULES) errors.add(rel(rulesDir), 1, `has ${n(names.length)} rules; the most a pack may have is ${n(MAX_PACK_RULES)}`);

  const rules: RuleDoc[] = [];
  const seen = new Map<string, string>();
  for (const name of names.slice(0, MAX_PACK_RULES)) {
    const path = join(rulesDir, name);
    const file = rel(path);
    const id = basename(name, '.md');
    const lower = id.toLowerCase();
    if (seen.has(lower)) errors.add(file, 1, `duplicate rule id "${id}" (also ${seen.get(lower)})`);
    seen.set(lower, file);
    const source = readText(path, errors, file);
    if (source === null) continue;
    const rule = readRule(parseContentFile(file, source, errors), id, sourceKeys, errors, `sources in ${rel(manifestPath)}`);
    if (rule) rules.push(rule);
  }
  let phrasings = 0;
  for (const rule of rules) phrasings += checkPackRule(rule, base, new Set(rules.map((r) => r.id)), errors);
  if (phrasings > MAX_PACK_PHRASINGS) errors.add(rel(rulesDir), 1, `the rules stand for ${n(phrasings)} phrasings in all; the most a pack may have is ${n(MAX_PACK_PHRASINGS)}`);
  checkPhrasingClaims(rules, errors);
  errors.throwIfAny();
  if (!manifest?.ok) throw new Error('unreachable: a missing or wrong manifest is an error');

  const pack = packFile(manifest, rules);
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  if (json.length > MAX_PACK_CHARS) errors.add(manifest.file, 1, `the pack file would be ${n(json.length)} characters long; the most allowed is ${n(MAX_PACK_CHARS)}`);
  errors.throwIfAny();
  // The loader's own checks on the very file that ships: anything it refuses is a build error.
  let loaded: PackFile;
  try {
    loaded = readPack(json);
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    for (const problem of e.problems) errors.add(fileOfProblem(problem, rules, manifest), 1, problem);
    errors.throwIfAny();
    throw e;
  }
  const merged = withPacks(base, [loaded]).ruleset;
  const packed = rules.map((r) => ({ ...r, id: packRuleId(manifest.name, r.id) }));
  const exampleErrors = new ErrorList();
  checkExamples(merged, packed, [], exampleErrors);
  const hints = exampleErrors.errors.length ? swallowedHints(merged, packed) : new Map<string, string>();
  for (const e of exampleErrors.errors) {
    const hint = e.problem.startsWith('Flag example') ? hints.get(`${e.file}:${e.line}`) : undefined;
    errors.add(e.file, e.line, hint ? `${e.problem}: ${hint}` : e.problem);
  }
  errors.throwIfAny();
  return { pack: loaded, json, examples: rules.reduce((s, r) => s + r.examples.length, 0) };
}

/** What a pack rule may not do that a built-in rule may; returns its phrasings. */
function checkPackRule(rule: RuleDoc, base: CompiledRuleset, packIds: ReadonlySet<string>, errors: ErrorList): number {
  const err = (line: number, problem: string) => errors.add(rule.file, line, problem);
  if (rule.check !== 'phrase') err(rule.lineOf('check'), `check: ${rule.check} is a letter-level check of the built-in rules; a pack's rules are phrase rules`);
  if (Object.keys(rule.params).length || Object.keys(rule.signals).length) err(rule.lineOf('params'), '"params" are for letter-level checks; a pack\'s rules are phrase rules');
  if (rule.id.length > MAX_NAME_LENGTH) err(1, `the rule id "${rule.id}" is ${rule.id.length} characters long; the most allowed is ${MAX_NAME_LENGTH}`);
  if (rule.title.length > MAX_TITLE_LENGTH) err(rule.lineOf('title'), `"title" is ${rule.title.length} characters long; the most allowed is ${MAX_TITLE_LENGTH}`);
  if (rule.message.length > MAX_MESSAGE_LENGTH) err(rule.lineOf('message'), `"message" is ${n(rule.message.length)} characters long; the most allowed is ${n(MAX_MESSAGE_LENGTH)}`);
  const builtIn = new Set(base.rules.map((r) => r.id));
  rule.related.forEach((id, i) => {
    if (!packIds.has(id) && !builtIn.has(id)) err(rule.lineOf('related', i), `related rule "${id}" is neither a rule of this pack nor a built-in rule`);
  });
  let total = 0;
  const measure = (spec: PhraseSpec, field: string) => {
    const m = measurePhrase(spec.match, PACK_PHRASE_LIMITS);
    if ('problem' in m) err(spec.line, `${field} "${spec.match.slice(0, 80)}" ${m.problem}`);
    else total += m.phrasings;
    for (const s of [...(spec.suggest ?? []), ...Object.values(spec.suggestByAudience ?? {}).flat()]) {
      if (s.length > MAX_SUGGESTION_LENGTH) err(spec.line, `a suggestion is ${s.length} characters long; the most allowed is ${MAX_SUGGESTION_LENGTH}`);
    }
  };
  rule.phrases.forEach((s) => measure(s, 'the phrase'));
  rule.exceptions.forEach((s) => measure(s, 'the exception'));
  rule.unlessLetterHas.forEach((s) => measure(s, 'the unlessLetterHas pattern'));
  return total;
}

/** The pack file's rule and phrases, from rule documents the compiler has validated. */
function packFile(manifest: PackManifest, rules: readonly RuleDoc[]): PackFile {
  const own = new Set(rules.map((r) => r.id));
  const phrases: PackPhrase[] = [];
  const packRules = rules.map((rule, index): PackRule => {
    const add = (spec: PhraseSpec, role: PackPhrase['role']) => {
      for (const phrasing of spec.phrasings) {
        const p: PackPhrase = { rule: index, phrasing };
        if (spec.caseSensitive) p.caseSensitive = true;
        const s = role ? {} : phrasingSuggestions(spec, phrasing);
        if (s.suggest) p.suggest = s.suggest;
        if (s.byAudience) p.suggestFor = s.byAudience;
        if (role) p.role = role;
        phrases.push(p);
      }
    };
    rule.phrases.forEach((s) => add(s, undefined));
    rule.exceptions.forEach((s) => add(s, 'exception'));
    rule.unlessLetterHas.forEach((s) => add(s, 'unless'));
    return {
      id: rule.id,
      title: rule.title,
      lens: rule.lens,
      severity: rule.severity,
      audiences: rule.audiences,
      values: rule.values,
      message: rule.message,
      suggestions: rule.suggestions,
      ...(Object.keys(rule.suggestionsByAudience).length ? { suggestionsFor: rule.suggestionsByAudience } : {}),
      explanation: explanationBlocks(rule.tree),
      sources: rule.sources.map((key) => {
        const s = manifest.sources.get(key)!;
        return { title: s.title, url: s.url };
      }),
      // A pack rule's own id gets the pack's prefix, as it will have once loaded.
      related: rule.related.map((id) => (own.has(id) ? packRuleId(manifest.name, id) : id)),
    };
  });
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    name: manifest.name,
    version: manifest.version,
    organisation: manifest.organisation,
    description: manifest.description,
    rules: packRules,
    phrases,
  };
}

/** "rules[2].message ..." belongs to the third rule's file; anything else to the manifest. */
function fileOfProblem(problem: string, rules: readonly RuleDoc[], manifest: PackManifest): string {
  const m = /^rules\[(\d+)\]/.exec(problem);
  return m && rules[Number(m[1])] ? rules[Number(m[1])].file : manifest.file;
}
