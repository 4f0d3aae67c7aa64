/**
 * Words a writer puts inside a phrase without changing what it says: "failed repeatedly to
 * attend", "mistakes were unfortunately made", "was, sadly, not actioned". The phrase matcher
 * (matcher.ts) and the agentless-passive check pass over a bounded number of them, so that the
 * cost of a check stays linear in the text.
 *
 * Only adverbs of time, manner, frequency or comment that leave the phrase's meaning whole: never
 * "not", "never" or a word that turns it round ("hardly", "nearly").
 */
export const INTERJECTED_WORDS: readonly string[] = [
  'unfortunately', 'sadly', 'regrettably', 'also', 'then', 'again', 'subsequently', 'initially', 'inadvertently',
  'accidentally', 'mistakenly', 'unintentionally', 'somehow', 'apparently', 'clearly', 'simply', 'still', 'originally',
  'repeatedly', 'previously', 'recently', 'consistently', 'persistently', 'frequently', 'already', 'twice',
];

/** Interjected words one phrase match may pass over: each adverb, or each short aside between commas, counts one. */
export const MAX_INTERJECTIONS = 2;

/** The most words an aside between two commas may hold ("was not, at that time, actioned"). */
export const MAX_ASIDE_WORDS = 3;
