/**
 * The shapes of the ids that cross between the page and the background: the rule id a custom
 * phrase gets, and an ignore key. The content script makes them; the background checks every one
 * it is sent against these shapes (message-guards.ts).
 */
import type { CustomPhrase } from './settings-shapes.js';

export const CUSTOM_RULE_PREFIX = 'custom-';

/** Rule id for a custom phrase: stable for the same phrase, so "Turn off this rule" keeps working. */
export function customRuleId(p: Pick<CustomPhrase, 'phrase'>): string {
  const slug = p.phrase.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'phrase';
  return `${CUSTOM_RULE_PREFIX}${slug}`;
}

export function isCustomRule(id: string): boolean {
  return id.startsWith(CUSTOM_RULE_PREFIX);
}

/** Hex digits of the HMAC an ignore key keeps: 64 bits, as a site's ignore list is short. */
export const IGNORE_KEY_HEX_DIGITS = 16;

/** What the background accepts as an ignore key: a rule id, "#", 16 hex digits (in-page/ignore-key.ts makes them). */
export const IGNORE_KEY = /^[a-z0-9-]{1,120}#[0-9a-f]{16}$/;
