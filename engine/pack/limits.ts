/**
 * Limits on a trust's rule pack. A pack is loaded from a file a person picked, or pushed by policy,
 * into every tab that checks a field, so it is untrusted input with a budget. The limits are well
 * above what a trust's own rules need (a handful to a few dozen rules of a few phrases each: the
 * example pack has 4 rules and under 100 phrasings) and well below what costs a tab real time or
 * memory (the built-in ruleset, 300 rules and about 60,000 phrasings, builds in the extension in well
 * under a second; a pack's phrasings are built into a trie of their own when a checker is made).
 */
import type { PhraseLimits } from '../phrase-limits.js';

/** The pack file as text (UTF-16 code units, about its size in bytes for English text). */
export const MAX_PACK_CHARS = 512 * 1024;
export const MAX_PACK_RULES = 100;
/** Every phrasing of every rule's phrases, exceptions and "unlessLetterHas" patterns together. */
export const MAX_PACK_PHRASINGS = 5000;
/** One pattern in a rule file: four times the organisation phrases' 50, as a rule's exceptions list many forms ("DNA {test|tests|...}"). */
export const PACK_PHRASE_LIMITS: PhraseLimits = { maxLength: 400, maxPhrasings: 200 };
/** One expanded phrasing in the pack file. */
export const MAX_PHRASING_LENGTH = 400;

export const MAX_NAME_LENGTH = 64;
export const MAX_VERSION_LENGTH = 64;
export const MAX_ORGANISATION_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_TITLE_LENGTH = 200;
export const MAX_MESSAGE_LENGTH = 1000;
export const MAX_SUGGESTION_LENGTH = 200;
export const MAX_SUGGESTIONS = 10;
/** The rule's explanation ("Why", "Better wording"): every block's text together. */
export const MAX_EXPLANATION_LENGTH = 8000;
export const MAX_EXPLANATION_BLOCKS = 60;
export const MAX_LIST_ITEMS = 30;
export const MAX_SOURCES = 10;
export const MAX_URL_LENGTH = 500;
export const MAX_RELATED = 10;
/** Packs loaded at once (a CLI run, a policy): each within the limits above. */
export const MAX_PACKS = 10;
