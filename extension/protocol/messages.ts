/**
 * Every message between the layers, named sender:purpose and typed in one place (Dark Reader's
 * habit). Content script -> background: content:*. Extension pages -> background: ui:*.
 * Background or extension pages -> content script: page:*. Content script -> extension pages
 * (broadcast): report:*.
 */
import type { Audience, Finding, Lens, LetterSummary, PackInfo, PackRule, Severity } from '../../engine/index.js';
import type { ContentConfig, CustomPhrase, RuleList, Settings } from './settings-shapes.js';

/** Why the extension's database cannot be used right now (background/db-connection.ts tells them apart). */
export type StorageProblemKind = 'unavailable' | 'quota' | 'blocked';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The browser's own words (error name and message), for the options page and bug reports. */
  detail: string;
}

export type ToBackground =
  | { type: 'content:get-config'; host: string }
  /** The ruleset with the packs and phrases in force for this host's config (page-ruleset.ts). */
  | { type: 'content:get-ruleset'; host: string }
  | { type: 'content:ignore'; host: string; key: string }
  | { type: 'content:disable-rule'; ruleId: string }
  | { type: 'content:seen'; ruleIds: string[] }
  | { type: 'content:open-guidance'; path: string }
  /** The clinician acted on a finding (fixed, ignored, reported it): counted, with no text. */
  | { type: 'content:counted'; ruleId: string; kind: ActionKind }
  /**
   * The clinician entered a field in the sending frame. The background tells the tab's top frame
   * which frame that is (page:focus-frame), so the side panel and popup can ask it (docs/extension.md, "Frames").
   */
  | { type: 'content:focused' }
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
  | { type: 'ui:forget-counts' }
  /** A rule pack file's text, from the options page (read with readPack in the background). */
  | { type: 'ui:import-pack'; json: string }
  | { type: 'ui:remove-pack'; name: string }
  /** A pack rule's explanation, for the extension's why.html page. */
  | { type: 'ui:get-pack-rule'; id: string }
  /** The pack files in force (the policy's, then the clinician's imports), for the options page's search. */
  | { type: 'ui:get-packs' };

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
  /** The phrases the organisation's policy pushes (read-only: listed on the options page, named on insights). */
  policyPhrases?: CustomPhrase[];
  lockedRules: string[];
  allowedSites: string[] | null;
  policyWarnings: string[];
  /** What the organisation's policy sets, for the options page (null: no policy in force). */
  policy: PolicyView | null;
  /** Rule packs in force or imported: the policy's first. */
  packs: PackSummary[];
  /**
   * Set while the database cannot be opened, read or written: checking goes on with defaults (or
   * what could be read) and changes hold in memory. unsavedChanges: some of the clinician's are not saved yet.
   */
  storageProblem: (StorageProblem & { unsavedChanges: boolean }) | null;
}

/** What the managed policy sets, as the options page shows it (the packs' and phrases' contents aside). */
export interface PolicyView {
  defaultAudience?: Audience;
  readingAgeTarget?: number;
  disabledLenses?: Lens[];
  lockedRules: string[];
  lockedLenses: Lens[];
  severityThreshold?: Severity;
  siteAudiences: Record<string, Audience>;
  allowedSites?: string[];
  excludedSites: string[];
  /** How many phrases the organisation pushes. */
  customPhrases: number;
  /** Names of the packs the organisation pushes. */
  packs: string[];
  falseAlarmAddress?: string;
}

/** One rule pack, as the options page lists it. */
export interface PackSummary extends PackInfo {
  rules: number;
  /** Its rules (ids with the pack's name), so the options page lists them beside the built-in ones. */
  ruleList: RuleList['rules'];
  /** Pushed by the managed policy: shown as the organisation's, not removable. */
  managed: boolean;
  /** Imported by the clinician, but the organisation pushes a pack of the same name, which is the one used. */
  replacedByPolicy?: boolean;
  /** When the clinician imported it (ms since 1970). */
  importedAt?: number;
}

/** The answer to ui:import-pack: what was imported, or every problem readPack found. */
export type PackImportResult = { ok: true; message: string } | { ok: false; error: string; problems?: string[] };

/** The answer to ui:get-pack-rule: the rule and its pack, or null when no pack in force has it. */
export type PackRuleView = { pack: PackInfo; rule: PackRule; managed: boolean } | null;

/**
 * `frame`: set when the message is sent to one frame from another origin (tabs.sendMessage's
 * frameId option, the same number): only such a frame's script answers it, and only then, so a
 * message sent to the whole tab is still answered by the top frame alone.
 */
export type ToContent =
  | { type: 'page:config'; config: ContentConfig }
  | { type: 'page:get-host' }
  | { type: 'page:get-report'; frame?: number }
  | { type: 'page:reveal'; index: number; frame?: number }
  | { type: 'page:set-audience'; audience: Audience; frame?: number }
  /** To the top frame: the field the clinician entered last is in this frame (0: the top frame's own, or a frame it reaches). */
  | { type: 'page:focus-frame'; frameId: number };

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
  /**
   * From the top frame only: the clinician's last field is in this frame from another origin
   * (its frameId), so that frame's report is the one to show. Absent when it is the top frame's own.
   */
  focusedFrame?: number;
}

export type Broadcast = { type: 'report:changed' };

export type ImportResult = { ok: true } | { ok: false; error: string };

/** The answer to ui:save-phrase: the error says why, naming any limit (phrase-limits.ts). */
export type PhraseResult = { ok: true } | { ok: false; error: string };
