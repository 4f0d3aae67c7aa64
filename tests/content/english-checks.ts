/**
 * Mechanical checks that a one-click fix left English behind: each compares the text before and
 * after the fix and reports only what the fix created, so a quirk the writer already had (a
 * double space, "e.g. the") is never blamed on the suggestion.
 */
import type { Audience } from '../../engine/types.js';

/** One applied suggestion: the flagged span of the text before, and what replaced it. */
export interface Fix {
  start: number;
  end: number;
  suggestion: string;
  /** The suggestion as inserted (its case matched to the original's). */
  replacement: string;
}

export type ProblemKind = 'doubled' | 'case' | 'article' | 'leftover' | 'agreement' | 'audience';

export interface Problem {
  kind: ProblemKind;
  detail: string;
}

/** Matches of `re` in `after` beyond those already in `before` (by matched text). */
function created(re: RegExp, before: string, after: string): string[] {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const x of s.matchAll(re)) m.set(x[0].toLowerCase(), (m.get(x[0].toLowerCase()) ?? 0) + 1);
    return m;
  };
  const was = count(before);
  const out: string[] = [];
  for (const [k, n] of count(after)) if (n > (was.get(k) ?? 0)) out.push(k);
  return out;
}

// Two words a fix may legitimately leave side by side ("had had", "that that") are still not
// something a one-click fix should produce: the writer did not choose them.
const DOUBLED: Array<[RegExp, string]> = [
  [/\b(\p{L}+)\s+\1\b/giu, 'doubled word'],
  [/ {2,}/g, 'doubled space'],
  [/[ \t]+[,.;:!?)]/g, 'space before punctuation'],
  [/[,;:]\s*[,.;:!?]|(?<!\.)\.\.(?!\.)/g, 'doubled punctuation'],
  [/\(\s+/g, 'space after bracket'],
];

const LEFTOVERS: Array<[RegExp, string]> = [
  [/\[\s*\]|\(\s*\)/g, 'empty brackets'],
  [/^\s*[,;:]|(?:^|\n)[ \t]*[,;:.]/g, 'line starting with punctuation'],
  // A sentence or clause cut off after a word that needs another ("is quick and.", "such a and").
  [/\b(?:and|or|but|of|to|the|a|an|with|is|are|was|were|be|been|am|very|such|your|my|our|their)\s*[.,;:!?](?!\w)/gi, 'a clause ends in a word that needs another'],
  [/\b(?:a|an|the)\s+(?:and|or|but|of|to|with|is|are|was|were)\b/gi, 'an article with no noun'],
  [/\b(?:is|are|was|were|been|am|very)\s+(?:and|or|but)\b/gi, 'a verb with nothing before "and"'],
];

// Subject and verb that never agree. "If he were" is subjunctive, so "were" after a third-person
// singular is only checked with "not" ("your mother were not able to").
const AGREEMENT: Array<[RegExp, string]> = [
  [/\b(?:you|we|they)\s+(?:was|is|has|does|wasn't|isn't|hasn't|doesn't)\b/gi, 'you/we/they with a singular verb'],
  [/\byou\s+(?:reports|says|lives|takes|feels|needs|wants|describes|denies|complains|smokes|drinks|uses|remains|continues|understands|knows|agrees|requires|presents|attends|goes|gets|walks|works|sleeps|eats|seems|appears|suffers|refuses|admits|claims|insists|engages|manages|struggles|finds|tells|asks)\b/gi, 'you with a verb ending in -s'],
  [/\bI\s+(?:is|are|has|does|were)\b/g, 'I with the wrong verb'],
  [/\b(?:he|she|it|mother|father|son|daughter|husband|wife|partner|child|baby|brother|sister|mum|dad|grandmother|grandfather|gran|grandad|patient)\s+(?:were not|weren't|are|aren't|have|haven't|do|don't)\b/gi, 'third person with a plural verb'],
  [/(?<![.!?]\s*|^)\b(?!(?:We|You|They|I)\b)[A-Z][a-z]+\s+(?:were not|weren't|do not|don't|have not|haven't)\b/g, 'a name with a plural verb'],
  [/\b(?:the|a|an|your|our|my|their)\s+(?:the|a|an|your|our|my|their|his|her)\b/gi, 'two determiners'],
  [/\b(?:has|have|had|is|are|was|were|been|being|will|would|can|could|should|must|may|might)\s+(?:does|did|do|has|was|were|is|are)\s+not\b/gi, 'two verbs that cannot follow each other'],
];

/** "an" before these sounds, whatever the spelling suggests. */
const VOWEL_SOUND_EXCEPTIONS = /^(?:hour|honest|honour|honor|heir|8|11|18)/i;
/** Vowel letters that sound like a consonant ("a unit", "a one-off", "a European"). */
const CONSONANT_SOUND_EXCEPTIONS = /^(?:uni(?!mp|nt|nv|nf|de|ns)|use|usu|uti|ura|ure|uri|uro|ufo|euro|eu|one\b|once|ewe)/i;
/** Letters whose spoken names start with a vowel sound: an MRI, an ECG, an X-ray. */
const VOWEL_LETTERS = 'AEFHILMNORSX';

export function startsWithVowelSound(word: string): boolean {
  const w = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!w) return false;
  if (VOWEL_SOUND_EXCEPTIONS.test(w)) return true;
  const letters = w.replace(/[^\p{L}]/gu, '');
  // Read letter by letter: all capitals ("MRI"), or capitals mixed with small letters ("HbA1c").
  if (/^\p{Lu}/u.test(w) && (letters.length >= 2 && letters === letters.toUpperCase() || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(w))) return VOWEL_LETTERS.includes(w[0]);
  if (CONSONANT_SOUND_EXCEPTIONS.test(w)) return false;
  return /^[aeiou]/i.test(w);
}

function wrongArticles(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(a|an)\s+([^\s[\]/]+)/gi)) {
    if (!/\p{L}|\d/u.test(m[2][0])) continue;
    const vowel = startsWithVowelSound(m[2]);
    if ((m[1].toLowerCase() === 'a') === vowel) out.push(m[0].toLowerCase());
  }
  return out;
}

function createdArticles(before: string, after: string): string[] {
  const was = wrongArticles(before);
  return wrongArticles(after).filter((a) => {
    const i = was.indexOf(a);
    if (i < 0) return true;
    was.splice(i, 1);
    return false;
  });
}

// Short words in capitals that are ordinary words in a shouted sentence, not abbreviations:
// sentence-casing "DO NOT EAT" rightly lowers them. (Longer words are never taken for abbreviations.)
const SHOUTED_WORDS = new Set(
  'a an and are as at be but by can call come day do for from get go had has have he her him his i if in is it its me my no not now of on one or our out see she so the them then they this to two up us use was way we who why will with you your yes date time take keep bring list eat drink any all may must been sent dear name fast none seen very'.split(' '),
);

/** Sentence starts (start of text, after . ! ? or a line break) whose first letter is lower case. */
const LOWER_SENTENCE_START = /(?:^|(?<!\b(?:e\.g|i\.e|etc|approx|vs|cf))[.!?]["'\u201d)]?\s+|\n\s*)["'\u201c(]?\p{Ll}/gu;
const SENTENCE_START_BEFORE = /(?:^|(?<!\b(?:e\.g|i\.e|etc|approx|vs|cf))[.!?]["'\u201d)]?\s+|\n\s*)["'\u201c(]?$/u;
/** "i" standing alone (not "i.e." nor a letter in a word). */
const LOWER_I = /(?<![.\p{L}])i(?![.\p{L}'\u2019])/gu;

function caseProblems(before: string, after: string, fix: Fix): string[] {
  const out: string[] = [];
  const removed = before.slice(fix.start, fix.end);
  const inserted = fix.replacement;
  // An abbreviation lowered: the same words before and after, one of them no longer in capitals.
  const oldWords = removed.split(/[^\p{L}&]+/u).filter(Boolean);
  const newWords = inserted.split(/[^\p{L}&]+/u).filter(Boolean);
  if (oldWords.length === newWords.length) {
    oldWords.forEach((w, k) => {
      const n = newWords[k];
      const sentenceCased = k === 0 && n === w.charAt(0) + w.slice(1).toLowerCase(); // "PAST history" -> "Past history"
      if (w.toLowerCase() === n.toLowerCase() && w.length >= 2 && w.length <= 4 && w === w.toUpperCase() && n !== w && !sentenceCased && !SHOUTED_WORDS.has(w.toLowerCase())) {
        out.push(`abbreviation "${w}" became "${n}"`);
      }
    });
  }
  if (countMatches(LOWER_SENTENCE_START, after) > countMatches(LOWER_SENTENCE_START, before)) out.push('a sentence now starts in lower case');
  if (countMatches(LOWER_I, after) > countMatches(LOWER_I, before)) out.push('"I" in lower case');
  // The suggestion's first letter: carried over from the original only at a sentence start or
  // when the original was shouted; a capital in the suggestion (a name) stays.
  const s0 = fix.suggestion.match(/\p{L}/u)?.[0];
  const i0 = inserted.match(/\p{L}/u)?.[0];
  if (s0 && i0 && s0 !== i0) {
    const sentenceStart = SENTENCE_START_BEFORE.test(before.slice(0, fix.start));
    const shouted = inserted === inserted.toUpperCase() && /\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(removed);
    if (s0 === s0.toLowerCase() && !sentenceStart && !shouted) out.push(`a capital mid-sentence: "${inserted}"`);
    if (s0 !== s0.toLowerCase()) out.push(`a capital of the suggestion lowered: "${inserted}"`);
  }
  return out;
}

function countMatches(re: RegExp, text: string): number {
  return [...text.matchAll(re)].length;
}

// A third-person reference to the person the letter is about: in a letter to a carer, a parent or
// another clinician, the reader is someone else, so the fix must not turn it into "you".
const THIRD_PERSON = /\b(?:patient|pt|client|service user|resident|gentleman|lady|man|woman|he|she|him|his|her|hers|they|them|their|Mr|Mrs|Ms|Miss)\b/i;

// The reader: "you", "yours", or "your" not followed by the person the letter is about ("your child",
// "your [mother]" name someone else).
const READER = /\byou(?:rs|rself)?\b|\byour\b(?!\s+\[?(?:child|son|daughter|baby|mother|mum|father|dad|husband|wife|partner|brother|sister|relative|grandmother|grandfather|gran|grandad|uncle|aunt|friend)\b)/i;

function audienceProblems(before: string, fix: Fix, audience: Audience): string[] {
  const out: string[] = [];
  const removed = before.slice(fix.start, fix.end);
  const inserted = fix.replacement;
  if (audience !== 'patient' && READER.test(inserted) && !/\byou/i.test(removed) && THIRD_PERSON.test(removed)) {
    out.push(`"${removed}" became "${inserted}", but the reader is the ${audience}, not the person it is about`);
  }
  if (audience !== 'parent' && /\bbrought\b/i.test(inserted) && !/\bbrought\b/i.test(removed)) {
    out.push(`"${inserted}" is for a child who depends on an adult, but this letter is to a ${audience}`);
  }
  return out;
}

/** Everything the fix broke, by kind. */
export function englishProblems(before: string, after: string, fix: Fix, audience: Audience): Problem[] {
  const out: Problem[] = [];
  for (const [re, what] of DOUBLED) for (const x of created(re, before, after)) out.push({ kind: 'doubled', detail: `${what}: "${x}"` });
  for (const d of caseProblems(before, after, fix)) out.push({ kind: 'case', detail: d });
  for (const a of createdArticles(before, after)) out.push({ kind: 'article', detail: `"${a}"` });
  for (const [re, what] of LEFTOVERS) for (const x of created(re, before, after)) out.push({ kind: 'leftover', detail: `${what}: "${x}"` });
  for (const [re, what] of AGREEMENT) for (const x of created(re, before, after)) out.push({ kind: 'agreement', detail: `${what}: "${x}"` });
  for (const d of audienceProblems(before, fix, audience)) out.push({ kind: 'audience', detail: d });
  return out;
}
