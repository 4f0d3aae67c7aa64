/**
 * The pack file: one JSON document a trust builds from its own rule files (values-lens pack build)
 * and ships to the extension, the site's check page and the CLI. docs/packs.md documents it.
 *
 * Rules keep their own short ids in the file; the loader gives each the pack's name as a prefix
 * ("example-trust/old-department-name"), so a pack can never replace or shadow a built-in rule.
 * Phrases are stored expanded (one phrasing each, suggestions with $1 filled in), so loading needs
 * no pattern syntax beyond the engine's own phrasingTokens. The explanation is plain text in
 * blocks (paragraphs, lists, headings), not HTML: a front end shows it with text nodes only, so a
 * pack cannot carry script or markup into a page.
 */
import type { Audience, ConstitutionValue, Lens, Severity } from '../types.js';

/** What `format` says: a file of another kind is refused before anything else is read. */
export const PACK_FORMAT = 'values-lens-pack';
/** The format version this engine reads. A change that an older reader would misread gets a new number. */
export const PACK_FORMAT_VERSION = 1;

/** One block of a rule's explanation: shown with text nodes, never parsed as markup. */
export type PackBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] };

export interface PackSource {
  title: string;
  /** http: or https: only. */
  url: string;
}

export interface PackRule {
  /** The rule's own id (kebab-case, its file name); the loader prefixes the pack's name. */
  id: string;
  title: string;
  lens: Lens;
  severity: Severity;
  audiences: Audience[];
  values: ConstitutionValue[];
  message: string;
  suggestions: string[];
  suggestionsFor?: Partial<Record<Audience, string[]>>;
  /** The rule file's "Why" and "Better wording" sections. */
  explanation: PackBlock[];
  sources: PackSource[];
  /** Ids of related rules: a pack rule's own id, or a built-in rule's. */
  related: string[];
}

export interface PackPhrase {
  /** Index into the pack's rules. */
  rule: number;
  /** One expanded phrasing, with ^ and $ as in rule files. */
  phrasing: string;
  /** Match the letters exactly as written. */
  caseSensitive?: boolean;
  suggest?: string[];
  suggestFor?: Partial<Record<Audience, string[]>>;
  /** A phrasing that cancels the rule where it overlaps a match, or silences it for the whole letter. */
  role?: 'exception' | 'unless';
}

export interface PackFile {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  /** kebab-case; the prefix of every rule id. */
  name: string;
  /** Semantic version: 1.2.0. */
  version: string;
  organisation: string;
  description: string;
  rules: PackRule[];
  phrases: PackPhrase[];
}

/** What a front end shows about where a pack rule comes from. */
export interface PackInfo {
  name: string;
  version: string;
  organisation: string;
  description: string;
}

/** The id a pack rule has once loaded: the pack's name, a slash, the rule's own id. */
export function packRuleId(pack: string, id: string): string {
  return `${pack}/${id}`;
}
