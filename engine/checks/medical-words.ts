/**
 * Medical words a lay reader may not know ("paroxysmal", "anticoagulation", "deep vein
 * thrombosis", "SOB"), found by the medical vocabulary (content/vocabulary) and, beyond its list,
 * by the medical word parts a word is built from ("hyperkalaemia"). "Please, write to me" asks for
 * a term to be explained the first time it is used, so:
 * - a term the letter explains anywhere (in brackets, "a test called ...", "..., which means")
 *   is not flagged at all;
 * - otherwise every use is flagged: each is a word the reader cannot read (the side panel groups
 *   them), and explaining the term once clears them all;
 * - words in quotation marks (the patient's own) and placeholders are left alone, and so is a
 *   capitalised word inside a sentence (a name: "Kingsmere", "Bursal"), unless it is shorthand.
 */
import type { MedicalTerms } from '../medical/terms.js';
import { findEponyms, LAY_SAFE_KIND, type TermMatch } from '../medical/index.js';
import { GAP_HARD, GAP_SOFT } from '../tokenize.js';
import { explainedAt } from './explained.js';
import { formFilter, type LetterCheck, type LetterContext, type LetterHit } from './context.js';
import { unexplained, type TermHits } from './term-hits.js';
import type { WordClasses } from './words.js';
import { medicalSenseHit, medicalSenseKind } from './medical-sense.js';
import { findNamedTests } from './named-tests.js';


/** What a word form is to the term matcher, remembered per form in the checker's lexicon (0: not yet known). */
const NEVER_MATCHES = 1;
const MAY_MATCH = 2;
const CASE_MATTERS = 3; // may match, and as written: the form of an acronym

function kindOf(medical: MedicalTerms, norm: string): number {
  if (medical.vocabulary.caseMatters(norm)) return CASE_MATTERS;
  return medical.matcher.mayMatch(norm, norm) ? MAY_MATCH : NEVER_MATCHES;
}

/**
 * The tokens as the term matcher reads them: normal forms, with what must not match blanked; and
 * which tokens were blanked as names (for eponyms: "Penrose drain"). The
 * normal forms are the lexicon's strings (no string is built per token); a word's spelling as
 * written is built only where its case can change what it is (see MedicalVocabulary.caseMatters).
 * Most words of a letter can be no part of any term ("the", "appointment"): that is worked out
 * once per form and such words are blanked too, so the matcher passes over them.
 */
function matcherInput(ctx: LetterContext, medical: MedicalTerms): { words: string[]; raw: string[]; names: boolean[] } {
  const { tokens, text } = ctx;
  const words = new Array<string>(tokens.length);
  const raw = new Array<string>(tokens.length);
  const names = new Array<boolean>(tokens.length).fill(false);
  const known = tokens.lexicon?.memo('medical-words');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.flags[i] !== 0) {
      words[i] = raw[i] = ''; // quoted or a placeholder
      continue;
    }
    const start = tokens.start[i];
    const c0 = text.charCodeAt(start);
    const capitalised = c0 >= 65 && c0 <= 90;
    // A capital inside a sentence is a name, unless the word is in capitals (shorthand: "SOB") or
    // its form is listed shorthand with a capital ("Qmax", "Pipelle"), matched as written below.
    // It may still start a multi-word term named after someone ("Barrett's oesophagus"), so the
    // matcher keeps its normal form; only the single-word lookup (raw) loses it.
    if (capitalised && i > 0 && (tokens.gap[i] !== GAP_HARD || afterTitle(text, start)) && !startsLine(text, start) && !hasSecondCapital(text, start, tokens.end[i]) && !medical.vocabulary.caseMatters(tokens.norm(i))) {
      words[i] = tokens.norm(i);
      raw[i] = '';
      names[i] = true;
      continue;
    }
    let kind: number;
    if (known) {
      const form = tokens.form[i];
      kind = known[form];
      if (kind === 0) known[form] = kind = kindOf(medical, tokens.norm(i));
    } else kind = kindOf(medical, tokens.norm(i));
    // The word after a name is kept for the eponym finder ("Penrose drain"), whatever the matcher makes of it.
    if (kind === NEVER_MATCHES && !(i > 0 && names[i - 1])) {
      words[i] = raw[i] = '';
      continue;
    }
    const norm = tokens.norm(i);
    words[i] = norm;
    raw[i] = kind === CASE_MATTERS ? text.slice(start, tokens.end[i]) : norm;
  }
  return { words, raw, names };
}

/**
 * A title and initials before the word: "Dr S. Whitlow", "Mr J. R. Hart". The full stop after an
 * initial ends no sentence, so the word is a name even after that hard gap. Reads at most 24
 * characters back.
 */
const TITLE_AND_INITIALS = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sister|Nurse)\.?\s+(?:[A-Z]\.\s*){0,3}$/;
function afterTitle(text: string, start: number): boolean {
  return TITLE_AND_INITIALS.test(text.slice(Math.max(0, start - 24), start));
}

/** Whether text[start + 1, end) holds a capital A-Z. */
function hasSecondCapital(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * Whether the word at `at` is the first on its line, after a list marker if there is one
 * ("- Lipids in 3 months", "2. Cardiac rehab", "• Urea breath test"): a list item starts
 * with a capital as a sentence does. Reads back at most a few characters past the spaces.
 */
function startsLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return true;
  const c = text.charCodeAt(k);
  if (c === 45 || c === 0x2013 || c === 0x2022 || c === 42 || c === 0xb7) k--; // - – • * ·
  else if (c === 46 || c === 41) {
    // "1." "12)" "a)"
    let d = k - 1;
    while (d >= 0 && d > k - 3 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d--;
    if (d === k - 1) return false;
    k = d;
  } else return false;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

/**
 * Names the guidance says not to flag: a condition's name ("coeliac disease", "irritable bowel
 * syndrome", "vascular dementia": the reader is usually told it as their diagnosis) and a specialty's ("Rheumatology",
 * mostly the department on the letterhead).
 */
const CONDITION_NAME_END = /\s(?:disease|syndrome|disorder|failure|dementia|epilepsy)$/;

function isNameToLeave(m: TermMatch): boolean {
  const term = m.match.term;
  if (!term) return false;
  return term.kind === 'specialty' || term.kind === LAY_SAFE_KIND || (term.kind === 'condition' && CONDITION_NAME_END.test(term.headword));
}

/**
 * Words that make what comes before them the name of a service or a job: "Paediatric
 * Outpatients", "Musculoskeletal Physiotherapy Service", "Consultant Orthopaedic Surgeon", "the
 * vascular team". The reader needs the name to find the place or the person, not to know what the
 * medical word means. With title-service-words: in a name written in capitals, "Vascular Surgery"
 * is the department; in a sentence it is the operation. Both from the rule's params
 * (content/rules/medical-words.md), built once per checker (words.ts).
 */
function serviceWords(w: WordClasses): { service: ReadonlySet<string>; titled: ReadonlySet<string> } {
  return { service: w.set('service-words'), titled: w.set('title-service-words') };
}
/** Kinds that a lower-case service name may hold: "the vascular team", "the respiratory nurse"; not "the endoscopy unit". */
const SERVICE_NAME_KINDS = new Set(['descriptor', 'specialty', 'role']);

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether only spaces come between `at` and the end of its line. */
function endsLine(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
}

/**
 * Whether the term is part of the name of a service or a job: it is followed on its line, at
 * most two words on, by a service word ("Paediatric Outpatients", "vascular team"); or it is in
 * capitals and itself ends with one ("Orthopaedic Surgeon"). In capitals, every word up to the
 * service word must be too ("Musculoskeletal Physiotherapy Service"); in lower case the term must
 * be a describing word or a specialty. Reads at most three words after the term.
 */
function inServiceName(ctx: LetterContext, m: TermMatch): boolean {
  const { text, tokens } = ctx;
  const titled = isCapital(text.charCodeAt(tokens.start[m.start]));
  const last = tokens.end[m.end - 1];
  const kind = m.match.kind === 'word-parts' ? 'descriptor' : m.match.term?.kind ?? '';
  const W = ctx.words.compiled(serviceWords);
  if (titled && m.end - m.start > 1 && W.service.has(ctx.tokens.norm(m.end - 1))) return true;
  // "Clinical Nurse Specialist, Palliative Care" ending a signature line is the team's name, as
  // "Vascular Surgery" is; "Shared care request", "Ceiling of care:", "Mohs surgery at" are not.
  if (titled && m.end - m.start > 1 && W.titled.has(ctx.tokens.norm(m.end - 1)) && isCapital(text.charCodeAt(tokens.start[m.end - 1])) && endsLine(text, last)) return true;
  // "the arrhythmia nurses", "the stroke team": a condition's name right before a service word
  // names the people who treat it; two words on ("the arrhythmia at clinic") it does not.
  if (!titled && kind === 'condition') return m.end < tokens.length && tokens.gap[m.end] === GAP_SOFT && W.service.has(ctx.tokens.norm(m.end));
  if (!titled && !SERVICE_NAME_KINDS.has(kind)) return false;
  let prevEnd = last;
  for (let i = m.end; i < tokens.length && i < m.end + 3; i++) {
    if (tokens.gap[i] !== GAP_SOFT || text.slice(prevEnd, tokens.start[i]).includes('\n')) return false;
    const norm = ctx.tokens.norm(i);
    // "Orthopaedic secretaries: 01632 ...": the service word itself may be in lower case.
    if (W.service.has(norm)) return true;
    // In capitals, a describing word may still lead lower-case words to the service word, as a
    // heading's first word does ("Neonatal outreach nurses", "Neonatal Follow-up Clinic").
    const lower = !isCapital(text.charCodeAt(tokens.start[i]));
    if (titled && lower && !SERVICE_NAME_KINDS.has(kind)) return false;
    if (titled && !lower && W.titled.has(norm)) return true;
    prevEnd = tokens.end[i];
  }
  return false;
}

/**
 * A job alone on its line is the writer's title under their name ("Kirsty Pennington" /
 * "Audiologist"), whatever sign-off the letter used: the reader needs it to know who wrote. Reads
 * only the spaces and punctuation beside the term on its line.
 */
const JOB_ENDING = /(?:ologist|ician|iatrist|ographer|apist)s?$/;
function jobTitleLine(ctx: LetterContext, m: TermMatch): boolean {
  const { text, tokens } = ctx;
  const role =
    m.match.kind === 'word-parts'
      ? m.end - m.start === 1 && JOB_ENDING.test(tokens.norm(m.start)) // "Audiologist", read from its parts
      : m.match.term?.kind === 'role';
  if (!role) return false;
  let k = tokens.start[m.start] - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k >= 0 && text.charCodeAt(k) !== 10) return false;
  k = tokens.end[m.end - 1];
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 46)) k++;
  return k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
}

/** The name a term is known by, so "exacerbation" and "exacerbations" count as one term. */
function termKey(m: TermMatch, words: string[]): string {
  return m.match.term?.headword ?? m.match.lemma ?? words.slice(m.start, m.end).join(' ');
}

function hitFor(ctx: LetterContext, m: TermMatch, message: string): LetterHit {
  const start = ctx.tokens.start[m.start];
  const end = ctx.tokens.end[m.end - 1];
  const actual = ctx.text.slice(start, end);
  const plain = m.match.suggestion;
  if (plain) {
    // The wording can replace the word only where it reads as the same part of speech: not for a
    // describing word ("the further from the centre of the body artery"), a plural or other
    // inflection ("three a flare-up"), or wording with its own article ("a small a bruise"). Then
    // the word stays, explained in brackets.
    const explainOnly = m.match.term?.kind === 'descriptor' || m.match.lemma !== undefined || /^(?:a|an|the) /i.test(plain) ||
      actual.toLowerCase() !== (m.match.term?.headword ?? actual.toLowerCase());
    return {
      start,
      end,
      message: ctx.words.say('medical-word-plain', actual, plain),
      // Wording with its own brackets ("muscle breakdown (rhabdomyolysis)") replaces the word: in
      // brackets after it, it would nest brackets.
      suggestions: plain.includes('(') && !explainOnly ? [plain] : explainOnly ? [`${actual} (${plain})`] : [plain, `${actual} (${plain})`],
    };
  }
  // What the card says a word is, by the vocabulary's kind (medical-words.md's params.messages, "kind-anatomy").
  const what = (m.match.kind !== 'word-parts' && ctx.words.say(`kind-${m.match.term?.kind}`)) || 'a medical word';
  return {
    start,
    end,
    message: `"${actual}" is ${what}. ${message}`,
    suggestions: [`${actual} ([what it means in everyday words])`],
  };
}

/** The matches with eponymous terms added ("Penrose drain"), in token order, none overlapping. */
function withEponyms(ctx: LetterContext, matches: TermMatch[], words: string[], names: boolean[], breakBefore: (i: number) => boolean): TermMatch[] {
  const eponyms = [...findEponyms(words, names, breakBefore), ...findNamedTests(ctx).map((t) => ({ ...t, kind: 'test' }))];
  if (eponyms.length === 0) return matches;
  const added: TermMatch[] = eponyms.map((e) => ({ start: e.start, end: e.end, match: { kind: 'listed', term: { headword: e.headword, kind: e.kind } } }));
  const kept = matches.filter((m) => !added.some((e) => m.start < e.end && e.start < m.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Every medical word, and the terms the text explains where it uses them (term-hits.ts). */
export function medicalWordTerms(ctx: LetterContext, medical: MedicalTerms, message: string): TermHits {
  const { words, raw, names } = matcherInput(ctx, medical);
  const gap = ctx.tokens.gap;
  const breakBefore = (i: number) => gap[i] === GAP_HARD;
  // Most words start no multi-word term: a byte per word form says so, where the term tree's map was read for every word.
  const mayStart = formFilter(ctx, 'medical-term-start', (norm) => medical.matcher.startsTerm(norm));
  const matches = withEponyms(ctx, medical.matcher.find(words, { raw, breakBefore, mayStart }), words, names, breakBefore);
  const explained: Array<[string, number]> = [];
  for (const m of matches) if (explainedAt(ctx, m.start, m.end)) explained.push([termKey(m, words), ctx.tokens.start[m.start]]);
  const hits: LetterHit[] = [];
  const keys: string[][] = [];
  for (const m of matches) {
    if (isNameToLeave(m) || inServiceName(ctx, m) || jobTitleLine(ctx, m)) continue;
    hits.push(hitFor(ctx, m, message));
    keys.push([termKey(m, words)]);
  }
  addMedicalSenseHits(ctx, matches, hits, keys, explained);
  return { hits, names: keys, explained };
}

/**
 * Everyday words in their medical sense ("his appendix had perforated", "sensitive to
 * nitrofurantoin"; medical-sense.ts), where no listed term already covers them, in token order
 * with the others. Each is named by its own form, so explaining it once clears the rest.
 */
function addMedicalSenseHits(ctx: LetterContext, matches: TermMatch[], hits: LetterHit[], keys: string[][], explained: Array<[string, number]>): void {
  const { tokens } = ctx;
  // What each word form is to medical-sense.ts, remembered per form (its kind + 1): most words of a
  // letter are no candidate, and this runs over every word on every check.
  const memo = tokens.lexicon?.memo('medical-sense');
  let m = 0;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    while (m < matches.length && matches[m].end <= i) m++;
    if (tokens.flags[i] !== 0 || (m < matches.length && matches[m].start <= i)) continue;
    const form = tokens.form[i];
    const norm = tokens.norm(i);
    let kind: number;
    if (memo && form >= 0) {
      if (memo[form] === 0) memo[form] = medicalSenseKind(ctx, norm) + 1;
      kind = memo[form] - 1;
    } else kind = medicalSenseKind(ctx, norm);
    if (kind === 0) continue;
    const hit = medicalSenseHit(ctx, i, norm, kind === 2);
    if (!hit) continue;
    if (explainedAt(ctx, i, i + 1)) explained.push([norm, hit.start]);
    hits.push(hit);
    keys.push([norm]);
    added = true;
  }
  if (!added) return;
  // Back into text order, keys with their hits.
  const order = hits.map((_, k) => k).sort((a, b) => hits[a].start - hits[b].start);
  const sortedHits = order.map((k) => hits[k]);
  const sortedKeys = order.map((k) => keys[k]);
  hits.splice(0, hits.length, ...sortedHits);
  keys.splice(0, keys.length, ...sortedKeys);
}

/** A term the letter explains anywhere is not flagged at all; otherwise every use is. */
export function medicalWordHits(ctx: LetterContext, medical: MedicalTerms, message: string): LetterHit[] {
  return unexplained(medicalWordTerms(ctx, medical, message));
}

export const checkMedicalWords: LetterCheck = (ctx, rule) => {
  const medical = ctx.medical;
  if (!medical) return [];
  return medicalWordHits(ctx, medical, rule.message);
};
