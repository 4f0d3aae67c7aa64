/** Reads the value pages and example letters. */
import type { Root } from 'mdast';
import { AUDIENCES, CONSTITUTION_VALUES, LENSES, type Audience, type ConstitutionValue, type Lens } from '../engine/types.js';
import type { ErrorList } from './errors.js';
import { sections, type ParsedFile } from './markdown.js';
import { parseContentLink } from './content-links.js';

export interface ValueDoc {
  id: Lens;
  file: string;
  title: string;
  lens: Lens;
  constitution: ConstitutionValue[];
  summary: string;
  tree: Root;
}

export const LETTER_TYPES = [
  'missed-appointment', 'was-not-brought', 'results', 'clinic-letter', 'candour', 'complaint-response',
  'discharge-summary', 'text-reminder', 'mental-health', 'learning-disability', 'older-person', 'other',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export interface LetterChange {
  /** Rule ids linked at the start of the item. */
  rules: string[];
  /** The explanation as Markdown nodes. */
  note: Root;
  line: number;
}

export interface LetterDoc {
  id: string;
  file: string;
  title: string;
  type: LetterType;
  audience: Audience;
  lenses: Lens[];
  summary: string;
  before: string;
  after: string;
  beforeLine: number;
  afterLine: number;
  changes: LetterChange[];
  tree: Root;
}

function requireText(p: ParsedFile, key: string, errors: ErrorList): string {
  const v = p.data[key];
  if (typeof v !== 'string' || !v.trim()) {
    errors.add(p.file, p.lineOf(key), `"${key}" is required and must be text`);
    return '';
  }
  return v.trim();
}

function checkFields(p: ParsedFile, allowed: string[], errors: ErrorList): void {
  for (const key of Object.keys(p.data)) {
    if (!allowed.includes(key)) errors.add(p.file, p.lineOf(key), `unknown field "${key}" (allowed: ${allowed.join(', ')})`);
  }
}

export function readValue(p: ParsedFile, id: string, errors: ErrorList): ValueDoc | null {
  if (!p.frontmatterOk) return null;
  const before = errors.errors.length;
  checkFields(p, ['title', 'lens', 'constitution', 'summary'], errors);
  const title = requireText(p, 'title', errors);
  const summary = requireText(p, 'summary', errors);
  const lens = p.data.lens as Lens;
  if (!LENSES.includes(lens)) errors.add(p.file, p.lineOf('lens'), `lens "${String(lens)}" is not one of: ${LENSES.join(', ')}`);
  else if (lens !== id) errors.add(p.file, p.lineOf('lens'), `lens "${lens}" does not match the file name "${id}.md"`);
  const constitution = p.data.constitution;
  if (!Array.isArray(constitution) || constitution.length === 0) {
    errors.add(p.file, p.lineOf('constitution'), '"constitution" must list at least one NHS Constitution value');
  } else {
    constitution.forEach((c, i) => {
      if (!CONSTITUTION_VALUES.includes(c)) errors.add(p.file, p.lineOf('constitution', i), `"${String(c)}" is not an NHS Constitution value (${CONSTITUTION_VALUES.join(', ')})`);
    });
  }
  if (errors.errors.length > before) return null;
  return { id: lens, file: p.file, title, lens, constitution: constitution as ConstitutionValue[], summary, tree: p.tree };
}

export function readLetter(p: ParsedFile, id: string, errors: ErrorList): LetterDoc | null {
  if (!p.frontmatterOk) return null;
  const before = errors.errors.length;
  checkFields(p, ['title', 'type', 'audience', 'lenses', 'summary'], errors);
  const title = requireText(p, 'title', errors);
  const summary = requireText(p, 'summary', errors);
  const type = p.data.type as LetterType;
  if (!LETTER_TYPES.includes(type)) errors.add(p.file, p.lineOf('type'), `type "${String(type)}" is not one of: ${LETTER_TYPES.join(', ')}`);
  const audience = p.data.audience as Audience;
  if (!AUDIENCES.includes(audience)) errors.add(p.file, p.lineOf('audience'), `audience "${String(audience)}" is not one of: ${AUDIENCES.join(', ')}`);
  const lenses = p.data.lenses;
  if (!Array.isArray(lenses) || lenses.some((l) => !LENSES.includes(l))) {
    errors.add(p.file, p.lineOf('lenses'), `"lenses" must be a list of: ${LENSES.join(', ')}`);
  }
  const body = sections(p.tree.children, 2);
  const code = (name: string): { text: string; line: number } => {
    const section = body.get(name);
    const block = section?.children.find((n) => n.type === 'code');
    if (!section || !block || block.type !== 'code') {
      errors.add(p.file, section?.heading.position?.start.line ?? 1, `needs a "## ${name[0].toUpperCase()}${name.slice(1)}" section holding the letter in a fenced \`\`\`text block`);
      return { text: '', line: 1 };
    }
    return { text: block.value, line: (block.position?.start.line ?? 0) + 1 };
  };
  const beforeText = code('before');
  const afterText = code('after');
  const changes: LetterChange[] = [];
  const changed = body.get('what changed');
  if (!changed) errors.add(p.file, 1, 'needs a "## What changed" section');
  for (const node of changed?.children ?? []) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const rules: string[] = [];
      const line = item.position?.start.line ?? 1;
      const para = item.children[0];
      if (para?.type === 'paragraph') {
        for (const child of para.children) {
          if (child.type !== 'link') continue;
          const link = parseContentLink(child.url, 'letters');
          if (link?.folder === 'rules') rules.push(link.id);
        }
      }
      changes.push({ rules, note: { type: 'root', children: item.children }, line });
    }
  }
  if (changed && changes.length === 0) errors.add(p.file, changed.heading.position?.start.line ?? 1, '"## What changed" needs a list of changes');
  if (errors.errors.length > before) return null;
  return {
    id, file: p.file, title, type, audience, lenses: lenses as Lens[], summary,
    before: beforeText.text, after: afterText.text, beforeLine: beforeText.line, afterLine: afterText.line,
    changes, tree: p.tree,
  };
}
