import type { MedicalVocabularyData } from './medical/data.js';

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
  | 'other-formats'
  | 'medical-words'
  | 'abbreviations'
  | 'reader-pronoun'
  | 'agentless-passive'
  | 'unsigned-sign-off'
  | 'premature-reassurance'
  | 'shifted-blame'
  | 'conditional-threat'
  | 'behaviour-label';
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
  'medical-words',
  'abbreviations',
  'reader-pronoun',
  'agentless-passive',
  'unsigned-sign-off',
  'premature-reassurance',
  'shifted-blame',
  'conditional-threat',
  'behaviour-label',
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
  /** Suggestions for one audience where they differ ("[name]" for a carer, not "you"); else `suggestions`. */
  suggestionsFor?: Partial<Record<Audience, string[]>>;
  check: CheckKind;
  /** Settings for letter-level check kinds (numbers and word lists). */
  params?: Record<string, unknown>;
  /** Its findings depend on the whole letter (a letter-level check, "unlessLetterHas" or "onlyIfLetterHas"). */
  wholeText?: boolean;
}

/** One expanded phrasing: the input to buildTrie, and the form of phrases added at run time (custom phrases). */
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
  /** This phrasing's suggestions for one audience where they differ (phrases of a trust's rule pack); else `suggest`. */
  suggestFor?: Partial<Record<Audience, string[]>>;
  /** What a match means: a finding (default), an exception cancelling the rule there, a "letter has" marker that silences the rule ('unless') or lets it fire ('only'), or a named signal for a letter-level check. */
  role?: 'exception' | 'unless' | 'only' | `signal:${string}`;
}

/** What every phrasing of one pattern shares: the trie's ends point at these. */
export interface PhraseGroup {
  rule: number;
  role?: CompiledPhrase['role'];
  suggest?: string[];
  /** This group's suggestions for one audience where they differ; else `suggest`. */
  suggestFor?: Partial<Record<Audience, string[]>>;
  clauseStart?: boolean;
  clauseEnd?: boolean;
}

/**
 * A token trie minimised into a DAG. nodes[i] = [ends (group indexes) or 0, index of the "*"
 * child or -1, flat edge list [token index, child index, ...]].
 */
export interface SerializedTrie {
  tokens: string[];
  nodes: Array<[number[] | 0, number, number[]]>;
  root: number;
}

/** What the content build emits and every front end imports. */
export interface CompiledRuleset {
  version: 3;
  rules: CompiledRule[];
  groups: PhraseGroup[];
  /**
   * Every phrasing in one DAG: those of rules that judge a phrase on its own, and those whose
   * meaning depends on the whole letter (signals for letter-level checks, and rules with
   * "unlessLetterHas" or "onlyIfLetterHas", marked `wholeText`). Each paragraph's matches of
   * either kind are its own (paragraph-cache.ts); the second kind is read letter-wide by the checker.
   */
  trie: SerializedTrie;
  /** Phrases added at run time (rule packs, an organisation's own phrases), kept so another merge can add to them. */
  extra?: CompiledPhrase[];
  /**
   * `extra` built into a small trie when it was added (assemble.ts withExtraPhrases), so the checker,
   * and so every page's content script, carries no trie builder. Its group numbers go on after
   * `groups`: `groups` are the phrase groups those numbers go on with.
   */
  extraTrie?: { trie: SerializedTrie; groups: PhraseGroup[] };
  /** Distinct phrasings that raise findings, for reporting. */
  phrasings: number;
  /** The medical vocabulary (content/vocabulary), when a rule uses the medical-words check. */
  medical?: MedicalVocabularyData;
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
  /**
   * The stretches matched by "*" wildcards in the rule's phrasing (the letter's own words, such as
   * a name), when there are any. The CLI's JSON leaves them out; the extension's ignore keys replace
   * them by "*" so that no name is kept.
   */
  wildcards?: ReadonlyArray<{ start: number; end: number }>;
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

/** What each candour element asks of the writer, in the order a candour letter gives them (shown by the side panel and the check page). */
export const CANDOUR_LABEL: Record<CandourElement, string> = {
  apology: 'Say sorry',
  account: 'Explain what happened',
  'next-steps': 'Say what happens next',
  support: 'Offer support',
  contact: 'Give a named contact',
};

export interface CandourChecklist {
  /** True when the text is about something that went wrong. */
  applies: boolean;
  present: CandourElement[];
  missing: CandourElement[];
}

export interface LetterSummary {
  readability: Readability;
  candour: CandourChecklist;
  /**
   * What the whole letter is missing (no greeting, no contact details, no offer of other formats,
   * parts of a candour letter). Same shape as findings, anchored where the item belongs, but kept
   * apart: nothing in the text is wrong, something is absent.
   */
  checklist: ChecklistItem[];
  /** Findings per lens (the checklist is not counted). */
  counts: Record<Lens, number>;
}

/**
 * Grammar checks that give way only to a phrase finding of their own lens: a rule written for the
 * same wording says it better, but a clarity finding on "prognosis" inside a candour finding is a
 * different point, and must not hide it.
 */
export const LENS_YIELDING_KINDS: ReadonlySet<CheckKind> = new Set<CheckKind>(['premature-reassurance', 'shifted-blame']);

/** Broad checks whose findings give way to any other finding they overlap (see engine/yielding.ts). */
export const YIELDING_KINDS: ReadonlySet<CheckKind> = new Set<CheckKind>(['medical-words', 'abbreviations', 'agentless-passive', 'conditional-threat', 'behaviour-label']);

/**
 * Which list a checklist item belongs in. 'candour': the candour letter's parts, which front ends
 * draw from `LetterSummary.candour` element by element, so they leave these items out of the
 * letter checklist; 'letter': what any letter is missing (greeting, contact details, other formats).
 * Consumers filter by this field, never by a rule id.
 */
export type ChecklistKind = 'candour' | 'letter';

/** Something the whole letter is missing: a finding anchored where the item belongs, with the list it goes in. */
export interface ChecklistItem extends Finding {
  kind: ChecklistKind;
}

/** Check kinds that report something absent from the letter (they go to the summary's checklist), and the list each goes in. */
export const CHECKLIST_ITEM_KIND: Readonly<Partial<Record<CheckKind, ChecklistKind>>> = {
  'candour-completeness': 'candour',
  greeting: 'letter',
  'contact-details': 'letter',
  'other-formats': 'letter',
};

/** Check kinds that report something absent from the letter: they go to the summary's checklist. */
export const CHECKLIST_KINDS: ReadonlySet<CheckKind> = new Set(Object.keys(CHECKLIST_ITEM_KIND) as CheckKind[]);

export interface CheckResult {
  findings: Finding[];
  summary: LetterSummary;
}
