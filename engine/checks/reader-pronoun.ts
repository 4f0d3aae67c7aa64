/**
 * A letter that opens "Dear Mr Okafor" and goes on "He was reviewed in clinic" writes about the
 * reader instead of to him. A pronoun surely means the reader only while no one else who could be
 * "he" or "she" has been mentioned, so this check is deliberately narrow:
 * - only letters to a patient whose greeting has a gendered title (Mr; Mrs, Ms, Miss);
 * - only pronouns of that gender, and only before the letter mentions anyone else: another
 *   title (Dr, Professor, another Mr...), a role (consultant, nurse, GP...), a relative (wife,
 *   son...) or a name (a capitalised word inside a sentence that is not a known place word);
 * - words in quotation marks are left alone.
 * Precision over recall: the first mention of another person ends the search.
 */
import { GAP_HARD } from '../tokenize.js';
import type { LetterCheck, LetterContext, LetterHit } from './context.js';
import { readGreeting } from './greeting-name.js';

/** The gendered titles, and the pronoun each stands for. */
const GENDER_OF_TITLE: ReadonlyMap<string, 'he' | 'she'> = new Map([['Mr', 'he'], ['Mrs', 'she'], ['Ms', 'she'], ['Miss', 'she']]);

// Maps, not object literals: a letter's word is the key, and "constructor" or "toString" would
// find a property every object has (they were flagged, with a function for a suggestion).
const PRONOUNS: Record<'he' | 'she', ReadonlyMap<string, string>> = {
  he: new Map([['he', 'you'], ['him', 'you'], ['his', 'your'], ['himself', 'yourself']]),
  she: new Map([['she', 'you'], ['her', 'your'], ['hers', 'yours'], ['herself', 'yourself']]),
};

const AGREEMENT: ReadonlyMap<string, string> = new Map([
  ['was', 'were'], ['is', 'are'], ['has', 'have'], ['does', 'do'], ["wasn't", "weren't"], ["isn't", "aren't"], ["hasn't", "haven't"], ["doesn't", "don't"],
]);

const PEOPLE = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'professor', 'prof', 'nurse', 'sister', 'consultant', 'surgeon', 'gp', 'registrar',
  'physiotherapist', 'radiologist', 'midwife', 'pharmacist', 'therapist', 'colleague', 'specialist', 'paramedic', 'dentist',
  'optometrist', 'psychologist', 'psychiatrist', 'counsellor', 'husband', 'wife', 'partner', 'son', 'daughter', 'father', 'mother',
  'dad', 'mum', 'brother', 'boyfriend', 'girlfriend', 'friend', 'carer', 'child', 'baby', 'grandson', 'granddaughter',
  'grandfather', 'grandmother', 'uncle', 'aunt', 'nephew', 'niece', 'neighbour', 'locum', 'manager', 'team', 'staff',
]);

/** Capitalised words inside a sentence that are not people. */
const NOT_PEOPLE = /^(?:NHS|GP|A&E|Hospital|Clinic|Trust|Ward|Department|Centre|Center|Unit|Street|Road|Lane|Avenue|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I|UK|England|Health|Service|Services|Surgery|Practice|Medical|Royal|General|University|Foundation|Team)$/;

function capitalisedInSentence(ctx: LetterContext, i: number): boolean {
  if (i === 0 || ctx.tokens.gap[i] === GAP_HARD) return false;
  const c = ctx.text.charCodeAt(ctx.tokens.start[i]);
  if (c < 65 || c > 90) return false;
  const before = ctx.text.charCodeAt(ctx.tokens.start[i] - 1);
  if (before === 10) return false; // a new line starts with a capital
  const word = ctx.text.slice(ctx.tokens.start[i], ctx.tokens.end[i]);
  const second = word.charCodeAt(1);
  if (second >= 65 && second <= 90) return false; // a short form in capitals ("ECG"), not a name
  return !NOT_PEOPLE.test(word);
}

export const checkReaderPronoun: LetterCheck = (ctx) => {
  if (ctx.audience !== 'patient') return [];
  const greeting = readGreeting(ctx.text);
  const gender = greeting?.title === undefined ? undefined : GENDER_OF_TITLE.get(greeting.title);
  if (!greeting || !gender) return [];
  const pronouns = PRONOUNS[gender];
  const afterGreeting = greeting.end;
  const { tokens } = ctx;
  const hits: LetterHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.end[i] <= afterGreeting) continue;
    if (tokens.flags[i] !== 0) continue;
    const norm = tokens.norm(i);
    if (PEOPLE.has(norm) || capitalisedInSentence(ctx, i)) break; // someone else may now be "he"
    const you = pronouns.get(norm);
    if (you === undefined) continue;
    const next = i + 1 < tokens.length && tokens.gap[i + 1] !== GAP_HARD ? tokens.norm(i + 1) : '';
    const verb = (norm === 'he' || norm === 'she') ? AGREEMENT.get(next) : undefined;
    if (verb !== undefined) {
      hits.push({ start: tokens.start[i], end: tokens.end[i + 1], suggestions: [`you ${verb}`] });
      i++;
      continue;
    }
    // "her" before a noun is "your"; before anything else ("we saw her.") it is "you".
    const suggestion = norm === 'her' && !/^(?:$|to|and|or|that|the|a|an|on|in|at|for|with|about|again|today|yesterday|last|next|if|when|as|by|from)$/.test(next) ? 'your' : norm === 'her' ? 'you' : you;
    hits.push({ start: tokens.start[i], end: tokens.end[i], suggestions: [suggestion] });
  }
  return hits;
};
