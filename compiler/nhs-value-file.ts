/**
 * Reads one NHS Constitution value page (content/nhs-values/<value>.md). Not to be confused with a
 * lens page (content/values/<lens>.md): the four lenses are how the checker sorts its rules; the
 * six NHS values are what the NHS Constitution asks of staff, and each is served by several lenses.
 * Which lenses serve a value is not written here: it is read from the lens pages' `constitution`
 * field, so the two cannot disagree.
 */
import type { List, Root, RootContent } from 'mdast';
import { CONSTITUTION_VALUES, type ConstitutionValue } from '../engine/types.js';
import type { ErrorList } from './errors.js';
import { sections, type ParsedFile } from './markdown.js';

export interface NhsValueDoc {
  id: ConstitutionValue;
  file: string;
  title: string;
  /** One sentence: what the value asks of a letter. */
  summary: string;
  /** Rules shown with a before and after (each must serve this value and have a "Fixed:" example). */
  rules: string[];
  /** Example letters shown as whole before-and-after pairs. */
  letters: string[];
  /** "## What it means in a letter" and any other sections, as written. */
  tree: Root;
  /** The questions of "## Questions for a group": each list item's content. */
  questions: RootContent[][];
  lineOf: ParsedFile['lineOf'];
}

const FIELDS = ['title', 'summary', 'rules', 'letters'];
/** Sections every value page must have (lower case, as the heading reads). */
export const NHS_VALUE_SECTIONS = ['what it means in a letter', 'questions for a group'];

function stringList(p: ParsedFile, key: string, errors: ErrorList, min: number): string[] {
  const v = p.data[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string') || v.length < min) {
    errors.add(p.file, p.lineOf(key), `"${key}" must be a list of at least ${min} id${min === 1 ? '' : 's'}`);
    return [];
  }
  return v as string[];
}

/** The value page's fields and sections; cross-file checks (rule ids, letters) are in checkNhsValues. */
export function readNhsValue(p: ParsedFile, id: string, errors: ErrorList): NhsValueDoc | null {
  if (!p.frontmatterOk) return null;
  const before = errors.errors.length;
  if (!CONSTITUTION_VALUES.includes(id as ConstitutionValue)) {
    errors.add(p.file, 1, `file name "${id}.md" is not an NHS Constitution value (${CONSTITUTION_VALUES.join(', ')})`);
  }
  for (const key of Object.keys(p.data)) {
    if (!FIELDS.includes(key)) errors.add(p.file, p.lineOf(key), `unknown field "${key}" (allowed: ${FIELDS.join(', ')})`);
  }
  const text = (key: string) => {
    const v = p.data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    errors.add(p.file, p.lineOf(key), `"${key}" is required and must be text`);
    return '';
  };
  const title = text('title');
  const summary = text('summary');
  const rules = stringList(p, 'rules', errors, 2);
  const letters = stringList(p, 'letters', errors, 1);
  const body = sections(p.tree.children, 2);
  for (const name of NHS_VALUE_SECTIONS) {
    if (!body.has(name)) errors.add(p.file, 1, `needs a "## ${name[0].toUpperCase()}${name.slice(1)}" section`);
  }
  const asked = body.get('questions for a group');
  const list = asked?.children.find((n): n is List => n.type === 'list');
  const questions = list ? list.children.map((item) => item.children as RootContent[]) : [];
  if (asked && questions.length < 3) {
    errors.add(p.file, asked.heading.position?.start.line ?? 1, '"## Questions for a group" needs a list of at least 3 questions');
  }
  if (errors.errors.length > before) return null;
  // The questions are shown from the parsed list, the rest of the body as written.
  const rest = p.tree.children.filter((n) => !(asked && (n === asked.heading || asked.children.includes(n))));
  return { id: id as ConstitutionValue, file: p.file, title, summary, rules, letters, tree: { type: 'root', children: rest }, questions, lineOf: p.lineOf };
}

/** What the cross-file checks need to know of a rule. */
interface RuleFacts {
  id: string;
  values: readonly string[];
  examples: ReadonlyArray<{ kind: string; fixed?: string }>;
}

/**
 * Across files: every NHS value has a page (once the folder exists), every rule named serves the
 * value and has a before and after to show, every letter named exists.
 */
export function checkNhsValues(values: readonly NhsValueDoc[], folder: string, fileIds: ReadonlySet<string>, rules: readonly RuleFacts[], letterIds: ReadonlySet<string>, errors: ErrorList): void {
  for (const id of CONSTITUTION_VALUES) if (!fileIds.has(id)) errors.add(folder, 1, `no page for the NHS value "${id}": add ${id}.md (every NHS Constitution value needs one)`);
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const v of values) {
    v.rules.forEach((id, i) => {
      const rule = byId.get(id);
      if (!rule) errors.add(v.file, v.lineOf('rules', i), `rule "${id}" does not exist`);
      else if (!rule.values.includes(v.id)) errors.add(v.file, v.lineOf('rules', i), `rule "${id}" does not serve ${v.id} (its values: ${rule.values.join(', ')})`);
      else if (!rule.examples.some((e) => e.kind === 'flag' && e.fixed !== undefined)) errors.add(v.file, v.lineOf('rules', i), `rule "${id}" has no Flag example with a "Fixed:" line to show as a before and after`);
    });
    v.letters.forEach((id, i) => {
      if (!letterIds.has(id)) errors.add(v.file, v.lineOf('letters', i), `letter "${id}" does not exist`);
    });
  }
}
