/**
 * Every message between the layers, named sender:purpose and typed in one place (Dark Reader's
 * habit). Content script -> background: content:*. Extension pages -> background: ui:*.
 * Background or extension pages -> content script: page:*. Content script -> extension pages
 * (broadcast): report:*.
 */
import type { Audience, Finding, Lens, LetterSummary } from '../../engine/index.js';
import type { ContentConfig, CustomPhrase, Settings } from './settings-shapes.js';

/** Why the extension's database cannot be used right now (background/db-connection.ts tells them apart). */
export type StorageProblemKind = 'unavailable' | 'quota' | 'blocked';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The browser's own words (error name and message), for the options page and bug reports. */
  detail: string;
}

export type ToBackground =
  | { type: 'content:get-config'; host: string }
  | { type: 'content:get-ruleset' }
  | { type: 'content:ignore'; host: string; key: string }
  | { type: 'content:disable-rule'; ruleId: string }
  | { type: 'content:seen'; ruleIds: string[] }
  | { type: 'content:open-guidance'; path: string }
  /** The clinician acted on a finding (fixed, ignored, reported it): counted, with no text. */
  | { type: 'content:counted'; ruleId: string; kind: ActionKind }
  | { type: 'ui:get-state' }
  /** The compiled ruleset, for the options page's search over rules' phrasings (content:get-ruleset is for tabs only). */
  | { type: 'ui:get-ruleset' }
  | { type: 'ui:save-settings'; settings: Settings }
  | { type: 'ui:set-site'; host: string; enabled: boolean }
  | { type: 'ui:save-phrase'; phrase: CustomPhrase }
  | { type: 'ui:delete-phrase'; id: number }
  | { type: 'ui:import'; json: string }
  | { type: 'ui:export' }
  | { type: 'ui:get-counts' }
  | { type: 'ui:forget-counts' };

/** What the clinician did with a finding, as the insights page counts it (never the words). */
export type ActionKind = 'fixed' | 'ignored' | 'reported';
export const ACTION_KINDS: readonly ActionKind[] = ['fixed', 'ignored', 'reported'];

/** One stored count: findings shown (kind "seen") or actions taken, per rule per local day. */
export interface CountEntry {
  /** YYYY-MM-DD, local time. */
  day: string;
  ruleId: string;
  kind: 'seen' | ActionKind;
  count: number;
}

/** What the options page and popup need to draw themselves. */
export interface UiState {
  settings: Settings;
  sites: Record<string, boolean>;
  customPhrases: CustomPhrase[];
  lockedRules: string[];
  allowedSites: string[] | null;
  policyWarnings: string[];
  /**
   * Set while the database cannot be opened, read or written: checking goes on with defaults (or
   * what could be read) and changes hold in memory. unsavedChanges: some of the clinician's are not saved yet.
   */
  storageProblem: (StorageProblem & { unsavedChanges: boolean }) | null;
}

export type ToContent =
  | { type: 'page:config'; config: ContentConfig }
  | { type: 'page:get-host' }
  | { type: 'page:get-report' }
  | { type: 'page:reveal'; index: number }
  | { type: 'page:set-audience'; audience: Audience };

/** A finding as the side panel shows it (in memory only, never stored). */
export interface ReportFinding extends Pick<Finding, 'ruleId' | 'lens' | 'severity' | 'actual' | 'message' | 'suggestions'> {
  index: number;
  title: string;
}

/** The focused field's findings and summary, for the side panel and popup. */
export interface FieldReport {
  host: string;
  enabled: boolean;
  hasField: boolean;
  audience: Audience;
  readingAgeTarget: number;
  counts: Record<Lens, number>;
  findings: ReportFinding[];
  summary: LetterSummary | null;
}

export type Broadcast = { type: 'report:changed' };

export type ImportResult = { ok: true } | { ok: false; error: string };

/** The answer to ui:save-phrase: the error says why, naming any limit (phrase-limits.ts). */
export type PhraseResult = { ok: true } | { ok: false; error: string };
