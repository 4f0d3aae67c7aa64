/** The four lenses a clinician sees. Each rule belongs to exactly one. */
export type Lens = 'candour' | 'compassion' | 'respect' | 'clarity';
export const LENSES: readonly Lens[] = ['candour', 'compassion', 'respect', 'clarity'];

/** error: never acceptable; warning: should change; advice: worth a thought. */
export type Severity = 'error' | 'warning' | 'advice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'advice'];

/** Who the text is written to. Clinician relaxes plain-language rules; parent adds child-specific ones. */
export type Audience = 'patient' | 'parent' | 'carer' | 'clinician';
export const AUDIENCES: readonly Audience[] = ['patient', 'parent', 'carer', 'clinician'];

/** NHS Constitution values a rule serves. */
export type ConstitutionValue =
  | 'working-together'
  | 'respect-and-dignity'
  | 'commitment-to-quality'
  | 'compassion'
  | 'improving-lives'
  | 'everyone-counts';
export const CONSTITUTION_VALUES: readonly ConstitutionValue[] = [
  'working-together',
  'respect-and-dignity',
  'commitment-to-quality',
  'compassion',
  'improving-lives',
  'everyone-counts',
];

/** The kinds of check a rule file can ask for. `phrase` is the default; the rest work on the whole letter. */
export type CheckKind =
  | 'phrase'
  | 'sentence-length'
  | 'candour-completeness'
  | 'greeting'
  | 'contact-details'
  | 'third-person-name'
  | 'block-capitals'
  | 'percentage-risk'
  | 'other-formats';
export const CHECK_KINDS: readonly CheckKind[] = [
  'phrase',
  'sentence-length',
  'candour-completeness',
  'greeting',
  'contact-details',
  'third-person-name',
  'block-capitals',
  'percentage-risk',
  'other-formats',
];

/** One rule as the engine needs it: everything but the prose. */
export interface CompiledRule {
  id: string;
  title: string;
  lens: Lens;
  severity: Severity;
  audiences: Audience[];
  message: string;
  /** Default replacement wordings; "" means delete. */
  suggestions: string[];
  check: CheckKind;
  /** Settings for letter-level check kinds (numbers and word lists). */
  params?: Record<string, unknown>;
}

/** One expanded phrasing, in the shape the matcher indexes. */
export interface CompiledPhrase {
  /** Index into CompiledRuleset.rules. */
  rule: number;
  /** Normalised tokens; "*" is any one word. */
  tokens: string[];
  /** Tokens exactly as written, when matching is case-sensitive. */
  exact?: string[];
  /** Must begin / end a clause. */
  clauseStart?: boolean;
  clauseEnd?: boolean;
  /** Replacement wordings for this phrasing, overriding the rule's. */
  suggest?: string[];
  /** What a match means: a finding (default), an exception cancelling the rule there, a "letter has" marker, or a named signal for a letter-level check. */
  role?: 'exception' | 'unless' | `signal:${string}`;
}

/** What the content build emits and every front end imports. */
export interface CompiledRuleset {
  version: 1;
  rules: CompiledRule[];
  phrases: CompiledPhrase[];
}

/** A problem found in the text. `text.slice(start, end) === actual`. */
export interface Finding {
  ruleId: string;
  lens: Lens;
  severity: Severity;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  /** 1-based line and column (column in UTF-16 code units). */
  line: number;
  column: number;
  actual: string;
  message: string;
  suggestions: string[];
  /** The rule's guidance page, relative to the site root. */
  url: string;
}

export interface CheckOptions {
  audience?: Audience;
  /** Only these lenses (default: all). */
  lenses?: Lens[];
  /** Rule ids switched off. */
  disabledRules?: Iterable<string>;
}

export interface Readability {
  words: number;
  sentences: number;
  polysyllables: number;
  /** SMOG grade + 5, rounded to one decimal; 0 for empty text. */
  readingAge: number;
  averageSentenceWords: number;
  longestSentenceWords: number;
  /** Offsets of the longest sentence. */
  longestSentence?: { start: number; end: number };
}

export type CandourElement = 'apology' | 'account' | 'next-steps' | 'support' | 'contact';

export interface CandourChecklist {
  /** True when the text is about something that went wrong. */
  applies: boolean;
  present: CandourElement[];
  missing: CandourElement[];
}

export interface LetterSummary {
  readability: Readability;
  candour: CandourChecklist;
  counts: Record<Lens, number>;
}

export interface CheckResult {
  findings: Finding[];
  summary: LetterSummary;
}
