/**
 * What choosing a reader changes, in a sentence shown under every "who is it to?" choice (the
 * options page, the check page, the side panel) for the reader chosen, agreeing with the README. A person trying
 * the CLI once found `--audience clinician` doing other than the README said; one text per reader,
 * tested against the ruleset (tests/engine/audience-note.test.ts), keeps the places and the rules
 * agreeing. Not imported by the content script.
 */
import type { Audience } from './types.js';

/** How each reader is named in those choices, so the three places offer the same words. */
export const AUDIENCE_CHOICE: Record<Audience, string> = {
  patient: 'Patient',
  parent: 'Parent of a child patient',
  carer: 'Carer',
  clinician: 'Clinician (a colleague)',
};

export const AUDIENCE_NOTES: Record<Audience, string> = {
  patient: 'Everything is checked: plain words for a reader without medical training, and how the letter speaks to them.',
  parent: 'As for a patient, and a child\u2019s missed appointment too (\u201cwas not brought\u201d, not \u201cdid not attend\u201d).',
  carer: 'As for a patient, but \u201che\u201d and \u201cshe\u201d are not flagged (the letter is about someone else), and \u201cthe patient\u201d becomes their name, not \u201cyou\u201d.',
  clinician: 'Medical words, shorthand, long sentences and capitals are not flagged; candour, blame and labels still are.',
};
