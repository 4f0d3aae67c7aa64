/**
 * The shapes of settings as they cross between the layers: what the clinician sets (options page ->
 * background), what a content script is given for one site (background -> page), and the rule list.
 * The background's logic over them (defaults, policy, normalising) is in background/settings.ts.
 */
import { LENSES, SEVERITIES, type Audience, type CompiledRuleset, type Lens, type PackFile, type Severity } from '../../engine/index.js';

/** What the background and options page need of the rules (not their phrases). */
export interface RuleList {
  rules: Array<Pick<CompiledRuleset['rules'][number], 'id' | 'title' | 'lens'>>;
}

/** The clinician's own settings (kept in Dexie, in the extension's origin). */
export interface Settings {
  lenses: Record<Lens, boolean>;
  /** Rule ids switched off. */
  disabledRules: string[];
  audience: Audience;
  /** Reading age the letter should not exceed (years). */
  readingAgeTarget: number;
  /** The mildest findings shown: 'advice' shows everything, 'warning' hides "Worth a thought", 'error' shows must-fix only. A managed policy can set and lock it. */
  severityThreshold: Severity;
}

/** An organisation's own phrase: flagged like a rule of the chosen lens. */
export interface CustomPhrase {
  id?: number;
  phrase: string;
  suggestion: string;
  lens: Lens;
  explanation: string;
}

/** What a content script needs to check one site. */
export interface ContentConfig {
  enabled: boolean;
  audience: Audience;
  readingAgeTarget: number;
  /** Findings below this severity are left out in the page (underlines, badge, card, side panel). */
  severityThreshold: Severity;
  /** Every rule that must not run: switched off, its lens off, or the site's ignore list aside. */
  disabledRules: string[];
  customPhrases: CustomPhrase[];
  /** Keys of findings ignored on this site (see ignore-key.ts). */
  ignored: string[];
  /** This site's key for making and checking ignore keys (hex; site-keys.ts). */
  siteKey: string;
  /** Rule packs to check with (the policy's, then the clinician's imports), already read with readPack. */
  packs?: PackFile[];
  /** Where to send a report that a finding was a false alarm (the managed policy's falseAlarmAddress). */
  falseAlarmAddress?: string;
}

/** Whether a reply from the background is a config (and not, say, an error it sent back). */
export function isContentConfig(x: unknown): x is ContentConfig {
  const c = x as ContentConfig;
  return !!c && typeof c === 'object' && typeof c.enabled === 'boolean' && typeof c.audience === 'string' &&
    SEVERITIES.includes(c.severityThreshold) && Array.isArray(c.disabledRules) && Array.isArray(c.customPhrases) && Array.isArray(c.ignored) && typeof c.siteKey === 'string';
}

/**
 * Whether a value is a usable custom phrase: some words, a suggestion and explanation (may be
 * empty) and a lens. The one check of this shape: the options page's messages, the policy and
 * settings files all go through it (their length and pattern limits are in phrase-limits.ts).
 */
export function isCustomPhrase(p: unknown): p is CustomPhrase {
  const x = p as CustomPhrase;
  return !!x && typeof x === 'object' && typeof x.phrase === 'string' && x.phrase.trim() !== '' && typeof x.suggestion === 'string' &&
    LENSES.includes(x.lens as Lens) && typeof x.explanation === 'string';
}
