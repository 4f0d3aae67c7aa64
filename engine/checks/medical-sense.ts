/**
 * Everyday words used in their medical sense, which a list of medical words cannot hold without
 * flagging them everywhere: "his appendix had perforated", "an SFA occlusion", "look for
 * displacement", "at high risk of aspiration", "it is sensitive to nitrofurantoin", "your
 * presentations to ED", "your smear result was inadequate", "managed conservatively", "wean by
 * 5mg a week". A word counts only where its context makes the medical sense sure:
 * - a damage word ("perforated", "occlusion", "erosions", "displacement", "consolidation") with a
 *   medical word or a clinical short form near it in its sentence ("SFA occlusion", "periarticular
 *   erosions"; not "the erosion of trust", "a perforated edge");
 * - a process word in its clinical pattern: "present(ed) to ED / A&E / hospital", "presentation(s)"
 *   after "your" or before "to ED", "sensitive / resistant to" a medicine's name, "sensitivities",
 *   "inadequate" beside a sample or a response, "observations" as measurements, "escalate to" a
 *   treatment, "wean / taper" with a dose or a medicine, "conservative(ly)" with managed or
 *   management, "increased / reduced tone", "both bases", "involved / clear margins", "blood film".
 * Each candidate reads a bounded stretch of text or at most eight tokens either side, so the work
 * stays linear; most words are not candidates and cost one Set lookup.
 */
import { written, type LetterContext, type LetterHit } from './context.js';
import { LAY_SAFE_KIND } from '../medical/index.js';
import type { WordClasses } from './words.js';

// Damage words (medical-sense-damage in medical-words.md): medical only with a medical word close
// by; those everyday too often to count even beside one need a clinical adjective before them
// (medical-sense-damage-general, one of the damage words).

/**
 * Process words, each with what makes it clinical, from the "senses" table in medical-words.md's
 * params (the rule file says how to read it): a pattern before the word and one after it, either
 * enough unless `both`; a `nearMedical` word ("crepitations at both bases") also needs a medical
 * word near it.
 */
interface Sense {
  before?: RegExp;
  after?: RegExp;
  both: boolean;
  nearMedical: boolean;
}
type SenseEntry = { before?: string; after?: string; both?: boolean; nearMedical?: boolean };
/** "/source/flags", as the rule file writes a pattern (the compiler checks each one compiles). */
function pattern(written: string | undefined): RegExp | undefined {
  if (!written) return undefined;
  const end = written.lastIndexOf('/');
  return new RegExp(written.slice(1, end), written.slice(end + 1));
}
function readSenses(table: unknown): Map<string, Sense> {
  const senses = new Map<string, Sense>();
  for (const [word, e] of Object.entries((table ?? {}) as Record<string, SenseEntry>)) {
    senses.set(word, { before: pattern(e.before), after: pattern(e.after), both: !!e.both, nearMedical: !!e.nearMedical });
  }
  return senses;
}

/**
 * Word classes from the medical-words rule's params (content/rules/medical-words.md), built once per
 * checker (words.ts): medical-sense-body, parts of the body that make a damage word medical ("his
 * appendix had perforated", "a displaced wrist fracture"); medical-sense-lay-short, short forms in
 * capitals that are everyday ("NHS", "PDF"), not a sign of a clinical sentence; medical-sense-near,
 * everyday words that, like the damage words, are medical with a medical word near them in their
 * sentence: scan words ("hyperintense signal", "rim enhancement", "low attenuation"), surgical
 * words ("removal of hardware", "the posterior portal", "revision arthroplasty") and examination
 * words ("antalgic gait", "copious irrigation", "well demarcated lesion").
 */
function senseWords(w: WordClasses) {
  const damage = w.set('medical-sense-damage');
  const senses = readSenses(w.table('senses'));
  return {
    senses,
    body: w.set('medical-sense-body'),
    layShort: w.set('medical-sense-lay-short'),
    near: w.set('medical-sense-near'),
    damage,
    general: w.set('medical-sense-damage-general'),
    // Adjectives that make a general damage word clinical: "respiratory compromise", "bowel obstruction".
    clinicalBefore: new RegExp(String.raw`\b${w.alternation('medical-sense-clinical-before', String.raw`\s+`)}\s+$`, 'i'),
    // One Set for damage and process words: a property lookup on the patterns by a word that is not a key was the slower half, on every word of the letter.
    candidates: new Set([...damage, ...senses.keys(), ...w.set('medical-sense-near')]),
    // A medicine's name by its international stem ("dapagliflozin", "adalimumab"), read as the
    // senses table's "medicine-name" entry: two letters or more before the stem ("april" is not
    // one), and not a medicine everyone knows ("ibuprofen").
    // Doses in Latin shorthand ("od", "bd", "nocte"), beside which a medicine's name is clinical company.
    doseShort: w.set('medicine-dose-shorthand'),
    medicine: new RegExp(`^(?!${w.alternation('medicine-everyday')}$)[a-z]{2}[a-z/-]*${w.alternation('medicine-stems')}$`),
  };
}

const SHORTHAND = /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;
const REACH = 8;
const WINDOW = 96;

/**
 * Whether a word within REACH tokens of i in its sentence passes `found`, which reads token k with
 * its normal form. Words are read by their normal form (no string built per word); a placeholder's
 * normal form is not its text, so it is read as written.
 */
function nearby(ctx: LetterContext, i: number, found: (k: number, norm: string) => boolean): boolean {
  const { text, tokens } = ctx;
  for (const dir of [-1, 1]) {
    for (let k = i + dir, n = 0; k >= 0 && k < tokens.length && n < REACH; k += dir, n++) {
      const a = dir < 0 ? k : k - 1;
      if (sentenceBreakBetween(text, tokens.end[a], tokens.start[a + 1])) break;
      if (found(k, tokens.isPlaceholder(k) ? written(ctx, k).toLowerCase() : tokens.norm(k))) return true;
    }
  }
  return false;
}

/**
 * Whether a medical word (listed or built from medical parts) or a clinical short form is within REACH tokens in i's sentence.
 * The word as written is read only where its case counts: shorthand starts with a capital, and a
 * word's class depends on its case only for the form of an acronym (MedicalVocabulary.caseMatters).
 */
function medicalNearby(ctx: LetterContext, i: number): boolean {
  const vocabulary = ctx.medical?.vocabulary;
  const W = ctx.words.compiled(senseWords);
  const { text, tokens } = ctx;
  return nearby(ctx, i, (k, norm) => {
    const c0 = text.charCodeAt(tokens.start[k]);
    if (c0 >= 65 && c0 <= 90) {
      const w = written(ctx, k);
      if (SHORTHAND.test(w) && !W.layShort.has(w)) return true;
    }
    // (body words and damage words hold no apostrophe: the normal form is the word in lower case.)
    if (W.body.has(norm)) return true;
    if (!vocabulary || tokens.end[k] - tokens.start[k] < 5 || W.damage.has(norm)) return false;
    const c = vocabulary.classifyWord(tokens.isPlaceholder(k) || vocabulary.caseMatters(norm) ? written(ctx, k) : norm);
    return c.kind === 'word-parts' || (c.kind === 'listed' && c.term?.kind !== LAY_SAFE_KIND);
  });
}

/** /[.!?\n]/.test(text.slice(from, to)) without the slice: whether a sentence ends or a line breaks between two words. */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

/** "co-" before a medicine's name is part of it: "co-trimoxazole", "co-careldopa" (the tokens split at the hyphen). */
function coStart(text: string, start: number): number {
  return start >= 3 && /(?:^|[^a-z])co-$/i.test(text.slice(Math.max(0, start - 4), start)) ? start - 3 : start;
}

/**
 * The medical-sense word at token i, or null. `norm` is its lower-case form; `medicine`, whether it
 * is a medicine's name (medicalSenseKind, so the pattern of stems reads each form once).
 */
export function medicalSenseHit(ctx: LetterContext, i: number, norm: string, medicine: boolean): LetterHit | null {
  const { text, tokens } = ctx;
  const start = medicine ? coStart(text, tokens.start[i]) : tokens.start[i];
  const end = tokens.end[i];
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  const W = ctx.words.compiled(senseWords);
  if (W.damage.has(norm) || W.near.has(norm)) {
    if (W.general.has(norm) ? !W.clinicalBefore.test(before) : !medicalNearby(ctx, i)) return null;
  } else {
    // A medicine's name reads the senses table's "medicine-name" entry, or, with a dose in Latin
    // shorthand beside it in its sentence ("5mg od", "nocte"), the "medicine-name-dosed" one.
    const p = W.senses.get(medicine ? (nearby(ctx, i, (k, n) => W.doseShort.has(n) || W.doseShort.has(written(ctx, k))) ? 'medicine-name-dosed' : 'medicine-name') : norm);
    if (!p) return null;
    const b = p.before ? p.before.test(before) : false;
    const a = p.after ? p.after.test(after) : false;
    if (p.both ? !(b && a) : !(b || a)) return null;
    // "bases" and "film" also need the medical context the pattern alone cannot give.
    if (p.nearMedical && !medicalNearby(ctx, i)) return null;
    // "managed conservatively" says it alone; "managed the budget conservatively" does not.
    if (norm === 'conservatively' && !/(?:managed|treated|manage|treat)\s+$/i.test(before) && !medicalNearby(ctx, i)) return null;
  }
  const actual = text.slice(start, end);
  return {
    start,
    end,
    message: ctx.words.say(medicine ? 'medicine-name' : 'medical-sense', actual),
    suggestions: [medicine ? `a medicine called ${actual}, which [what it is for]` : `${actual} ([what it means here, in everyday words])`],
  };
}

/** Not a candidate (0), a word in its medical sense (1) or a medicine's name (2), by its lower-case form: a Set lookup, then the pattern of stems. */
export function medicalSenseKind(ctx: LetterContext, norm: string): number {
  const W = ctx.words.compiled(senseWords);
  return W.candidates.has(norm) ? 1 : W.medicine.test(norm) ? 2 : 0;
}
