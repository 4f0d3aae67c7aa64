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
import { findEponyms, type TermMatch } from '../medical/index.js';
import { GAP_HARD } from '../tokenize.js';
import { explainedAt } from './explained.js';
import type { LetterCheck, LetterContext, LetterHit } from './context.js';
import { unexplained, type TermHits } from './term-hits.js';

/** What the card says a word is, by the vocabulary's kind. */
const KIND_WORDS: Record<string, string> = {
  anatomy: 'a medical name for a part of the body',
  condition: 'the medical name of a condition',
  descriptor: 'a medical description',
  symptom: 'a medical name for a symptom',
  procedure: 'the medical name of a procedure',
  'drug-class': 'a medical name for a kind of medicine',
  test: 'the medical name of a test',
  'body-process': 'a medical word',
  specialty: 'the medical name of a specialty',
  equipment: 'a medical name for equipment',
  role: 'a job title many people do not know',
  'clinical-shorthand': 'clinical shorthand',
  other: 'a medical word',
};

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
    // A capital inside a sentence is a name, unless the word is in capitals (shorthand: "SOB").
    // It may still start a multi-word term named after someone ("Barrett's oesophagus"), so the
    // matcher keeps its normal form; only the single-word lookup (raw) loses it.
    if (capitalised && i > 0 && tokens.gap[i] !== GAP_HARD && !startsLine(text, start) && !hasSecondCapital(text, start, tokens.end[i])) {
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

/** Whether text[start + 1, end) holds a capital A-Z. */
function hasSecondCapital(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function startsLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Names the guidance says not to flag: a condition's name ("coeliac disease", "irritable bowel
 * syndrome": the reader is usually told it as their diagnosis) and a specialty's ("Rheumatology",
 * mostly the department on the letterhead).
 */
const CONDITION_NAME_END = /\s(?:disease|syndrome|disorder|failure)$/;

function isNameToLeave(m: TermMatch): boolean {
  const term = m.match.term;
  if (!term) return false;
  return term.kind === 'specialty' || (term.kind === 'condition' && CONDITION_NAME_END.test(term.headword));
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
      message: `"${actual}" is a medical word many people do not know. Use everyday words ("${plain}"), or explain it the first time you use it.`,
      suggestions: explainOnly ? [`${actual} (${plain})`] : [plain, `${actual} (${plain})`],
    };
  }
  const what = m.match.kind === 'word-parts' ? 'a medical word' : (KIND_WORDS[m.match.term?.kind ?? 'other'] ?? 'a medical word');
  return {
    start,
    end,
    message: `"${actual}" is ${what}. ${message}`,
    suggestions: [`${actual} ([what it means in everyday words])`],
  };
}

/** The matches with eponymous terms added ("Penrose drain"), in token order, none overlapping. */
function withEponyms(matches: TermMatch[], words: string[], names: boolean[], breakBefore: (i: number) => boolean): TermMatch[] {
  const eponyms = findEponyms(words, names, breakBefore);
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
  const matches = withEponyms(medical.matcher.find(words, { raw, breakBefore }), words, names, breakBefore);
  const explained: Array<[string, number]> = [];
  for (const m of matches) if (explainedAt(ctx, m.start, m.end)) explained.push([termKey(m, words), ctx.tokens.start[m.start]]);
  const hits: LetterHit[] = [];
  const keys: string[][] = [];
  for (const m of matches) {
    if (isNameToLeave(m)) continue;
    hits.push(hitFor(ctx, m, message));
    keys.push([termKey(m, words)]);
  }
  return { hits, names: keys, explained };
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
