/**
 * Builds the medical vocabulary (generated/medical-vocabulary.json) from WordNet's medical
 * synsets, the hand-kept files in content/vocabulary/ and SCOWL's frequency levels:
 *
 *  1. every word of a medical WordNet synset is a candidate, with a kind from where it sits;
 *  2. every term in content/vocabulary/plain-english/ is in, with its wording and kind;
 *  3. everyday English is dropped (see isEveryday) and so is anything in lay-safe.txt; a term
 *     with hand-written wording always stays;
 *  4. each term gets its British and American spellings;
 *  5. the word-part classifier's exceptions are the common words it would call medical.
 */
import { MEDICAL_VOCABULARY_VERSION, type MedicalVocabularyData } from '../engine/medical/data.js';
import { WordParts } from '../engine/medical/word-parts.js';
import { MedicalVocabulary } from '../engine/medical/vocabulary.js';
import { readCurated, normaliseTerm, type Curated } from './vocabulary/curated.js';
import { levelOf, readLevels, type Levels } from './vocabulary/everyday.js';
import { readIrregular } from './vocabulary/inflections.js';
import { jargonWords, medicalSynsets, TERM_KINDS, type TermKind } from './vocabulary/medical-synsets.js';
import { spellingVariants } from './vocabulary/spelling.js';
import { readWordNet, type WordNet } from './vocabulary/wordnet.js';

/** SCOWL levels 10 and 20: words nearly everyone knows. */
const EVERYDAY_LEVEL = 20;
/** Up to level 40 a word is in a small dictionary: everyday enough to be part of a lay phrase. */
const SMALL_DICTIONARY_LEVEL = 40;
/** From level 55 up, words are rare enough that a medical sense is likely the one meant. */
const RARE_LEVEL = 55;
/** Words up to level 50 that the word-part classifier would call medical are its exceptions. */
const EXCEPTION_LEVEL = 50;
const MAX_TERM_WORDS = 6;
/** The plain nouns of WordNet's anatomical names whose first word is the jargon: "lunate bone", "styloid process". */
const ANATOMY_HEADS = new Set(['bone', 'process', 'muscle', 'ligament', 'cartilage', 'joint', 'tendon', 'membrane', 'nerve', 'artery', 'vein', 'gland', 'fossa', 'sinus', 'body', 'nucleus', 'canal', 'groove', 'tuberosity', 'eminence', 'notch']);
/**
 * The Latin and Greek endings of anatomical nouns ("ganglion", "plexus", "papilla", "glottis",
 * "tympanum", "mastoid"): at SCOWL level 50, the rarest level still counted as English, an anatomy
 * word of this shape is the anatomist's word, not an everyday one ("knuckle", "shank", "whorl").
 */
const LATIN_ANATOMY = /(?:us|um|a|ae|is|ix|ex|[^t]ion|[^i]on|oid)$/;
const GLUE = new Set(['of', 'the', 'and', 'in', 'to', 'a', 'an', 'on', 'with', 'for', 'by', 'from', 'or']);

export interface VocabularyStats {
  candidates: number;
  headwords: number;
  spellings: number;
  multiWord: number;
  withSuggestion: number;
  acronyms: number;
  beforeMedical: number;
  byKind: Record<string, number>;
  irregular: number;
  exceptions: number;
  droppedEveryday: number;
  droppedLaySafe: number;
}

export interface BuiltVocabulary {
  data: MedicalVocabularyData;
  stats: VocabularyStats;
}

/** WordNet word forms that cannot be a lay reader's term: acronyms, digits, one or two letters. */
function usableWordNetForm(raw: string): boolean {
  if (/[0-9.]/.test(raw) || raw.length < 3) return false;
  if (/^[A-Z][A-Z-]+s?$/.test(raw)) return false; // "ECG", "AIDS": lower-cased they clash with words
  return true;
}

/**
 * Whether a WordNet term is too everyday, or too unlike medicine, to list. A single word is kept
 * only when it is rare English (SCOWL level 55 and above, or not in SCOWL) or, at levels 35 to 50,
 * built from medical parts ("tonsillitis"; lay-safe.txt then judges it). So the everyday senses
 * WordNet files under the body or disease ("beak", "stern", "pip", "orb", "throes") stay out;
 * the common jargon among them ("abdomen", "benign", "sputum") is hand-kept with wording. Words of
 * four letters or fewer, "-ness" nouns and names ("amelia" is also a condition) are never kept.
 * Several words: everyday when every word is in a small dictionary ("chest pain").
 */
function isEveryday(term: string, kind: TermKind, levels: Levels, laySafe: Set<string>, parts: WordParts): boolean {
  const words = term.split(' ');
  if (words.length === 1) {
    if (term.length <= 4 || term.endsWith('ness') || levels.properOnly.has(term)) return true;
    const level = levelOf(levels, term);
    if (level <= EVERYDAY_LEVEL) return true;
    if (level === EXCEPTION_LEVEL && kind === 'anatomy' && LATIN_ANATOMY.test(term)) return false;
    return level < RARE_LEVEL && parts.analyse(term) === null;
  }
  // SCOWL has no possessives: "man's body" is "man" + "body".
  const base = (w: string) => (w.endsWith("'s") ? w.slice(0, -2) : w);
  return words.every((w) => GLUE.has(w) || laySafe.has(w) || levelOf(levels, base(w)) <= SMALL_DICTIONARY_LEVEL);
}

function wordNetCandidates(wn: WordNet): Map<string, TermKind> {
  const rank = (k: TermKind) => TERM_KINDS.indexOf(k);
  const out = new Map<string, TermKind>();
  for (const [key, kind] of medicalSynsets(wn)) {
    for (const raw of jargonWords(wn, wn.get(key)!)) {
      if (!usableWordNetForm(raw)) continue;
      const term = normaliseTerm(raw);
      if (!/^[a-z][a-z' ]*[a-z]$/.test(term) || term.split(' ').length > MAX_TERM_WORDS) continue;
      const had = out.get(term);
      if (had === undefined || rank(kind) < rank(had)) out.set(term, kind);
    }
  }
  return out;
}

/** Groups of spellings, headword first: the hand-kept spelling, else the British one. */
function spellingGroups(terms: Map<string, TermKind>, curated: Curated) {
  const groupOf = new Map<string, string[]>();
  const groups: Array<{ spellings: string[]; kind: TermKind }> = [];
  const known = (w: string) => terms.has(w);
  // Hand-kept terms first, so their spelling becomes the headword of any group they join.
  const order = [...terms.keys()].sort((a, b) => Number(curated.plain.has(b)) - Number(curated.plain.has(a)));
  for (const term of order) {
    if (groupOf.has(term)) continue;
    const variants = spellingVariants(term, known);
    const existing = variants.map((v) => groupOf.get(v)).find((g) => g !== undefined);
    if (existing) {
      existing.push(term);
      groupOf.set(term, existing);
      continue;
    }
    // Not hand-kept: prefer the British spelling as headword (NHS letters are British).
    const british = variants.find((v) => v !== term && spellingVariants(v, known).includes(term) && /ae|oe|ou|is(e|ed|ing|ation)\b/.test(v));
    const spellings = curated.plain.has(term) || !british ? [term, ...variants] : [british, term, ...variants.filter((v) => v !== british)];
    const unique = [...new Set(spellings)].filter((s) => !groupOf.has(s));
    const group = { spellings: unique, kind: terms.get(term)! };
    groups.push(group);
    for (const s of unique) groupOf.set(s, unique);
    group.spellings = unique;
  }
  return { groups, groupOf };
}

export function buildMedicalVocabulary(contentDir: string): BuiltVocabulary {
  const curated = readCurated(contentDir);
  const levels = readLevels();
  const candidates = wordNetCandidates(readWordNet());

  const partsData = {
    prefix: curated.parts.prefix.join('|'),
    strong: curated.parts.strong.join('|'),
    suffix: curated.parts.suffix.join('|'),
    root: curated.parts.root.join('|'),
    direction: curated.parts.direction.join('|'),
    ending: [...curated.parts.adjectival, ...curated.parts.ending].join('|'),
    adjectival: curated.parts.adjectival.join('|'),
    exceptions: '',
  };
  const parts = new WordParts(partsData);

  const terms = new Map<string, TermKind>();
  let droppedEveryday = 0;
  let droppedLaySafe = 0;
  for (const [term, kind] of candidates) {
    if (curated.plain.has(term)) continue; // added below with the hand-kept kind
    if (curated.laySafe.has(term)) droppedLaySafe++;
    else if (isEveryday(term, kind, levels, curated.laySafe, parts)) droppedEveryday++;
    else terms.set(term, kind);
  }
  // The rare first word of an anatomical name alone: clinic notes write "the lunate", "the
  // styloid", "the glenoid" for WordNet's "lunate bone", "styloid process", "glenoid fossa". Only where the
  // word is rare English (level 55 and up, or not in SCOWL), so "long", "cuboid" or "radial" are not
  // taken from "long bone".
  for (const [term, kind] of candidates) {
    const words = term.split(' ');
    if (kind !== 'anatomy' || words.length !== 2 || !ANATOMY_HEADS.has(words[1])) continue;
    const first = words[0];
    if (first.length <= 4 || !/^[a-z]+$/.test(first) || terms.has(first) || candidates.has(first) || curated.laySafe.has(first) || curated.plain.has(first)) continue;
    if (levelOf(levels, first) < RARE_LEVEL) continue;
    terms.set(first, 'anatomy');
  }
  const acronyms: string[] = [];
  for (const [term, { kind, acronym }] of curated.plain) {
    if (acronym) acronyms.push(term);
    else terms.set(term, kind);
  }

  const { groups, groupOf } = spellingGroups(terms, curated);
  // A spelling variant may be lay-safe on its own ("fetus" vs "foetus"): drop it from its group.
  for (const g of groups) g.spellings = g.spellings.filter((s, i) => i === 0 || !curated.laySafe.has(s));

  const byKind = TERM_KINDS.map(() => [] as string[]);
  for (const g of groups) byKind[TERM_KINDS.indexOf(g.kind)].push(g.spellings.join(','));
  for (const list of byKind) list.sort();

  const suggestions: Record<string, string> = {};
  for (const [term, { text }] of curated.plain) suggestions[term] = text;
  for (const [word, text] of curated.beforeMedical) suggestions[word] = text;

  const single = new Set([...groupOf.keys()].filter((s) => !s.includes(' ')));
  const irregular: string[] = [];
  for (const [form, base] of readIrregular()) {
    if (single.has(base) && !groupOf.has(form) && /^[a-z]+$/.test(form)) irregular.push(`${form},${base}`);
  }
  irregular.sort();

  const exceptions: string[] = [];
  const everyday = [...levels].filter(([, level]) => level <= EXCEPTION_LEVEL).map(([w]) => w);
  for (const word of new Set([...everyday, ...curated.laySafe])) {
    if (!groupOf.has(word) && parts.analyse(word) !== null) exceptions.push(word);
  }
  partsData.exceptions = exceptions.join('|');

  const data: MedicalVocabularyData = {
    version: MEDICAL_VOCABULARY_VERSION,
    kinds: [...TERM_KINDS],
    terms: byKind.map((list) => list.join('|')),
    acronyms: acronyms.sort().join('|'),
    suggestions,
    irregular: irregular.join('|'),
    wordParts: partsData,
    beforeMedical: [...curated.beforeMedical.keys()].sort().join('|'),
    laySafePhrases: [...curated.laySafe].filter((t) => t.includes(' ')).sort().join('|'),
  };
  // The run-time classifier also reads a prefix joined to a listed word ("sub|cuticular"): the
  // everyday words that reading would call medical ("paramedic"?) are exceptions too.
  const vocabulary = new MedicalVocabulary(data);
  const known = new Set(exceptions);
  for (const word of new Set([...everyday, ...curated.laySafe])) {
    if (!groupOf.has(word) && !known.has(word) && vocabulary.classifyUncached(word).kind !== null && !vocabulary.lookupInflected(word)) exceptions.push(word);
  }
  // A lay-safe word the run-time suffix rules read as an inflection of a listed term ("vases" ->
  // "vas") is an exception too: the classifier checks it before taking the inflection.
  for (const word of curated.laySafe) {
    if (!groupOf.has(word) && !known.has(word) && !word.includes(' ') && vocabulary.lookupInflected(word)) exceptions.push(word);
  }
  exceptions.sort();
  data.wordParts = { ...partsData, exceptions: exceptions.join('|') };
  const stats: VocabularyStats = {
    candidates: candidates.size,
    headwords: groups.length,
    spellings: groupOf.size,
    multiWord: groups.filter((g) => g.spellings[0].includes(' ')).length,
    withSuggestion: groups.filter((g) => g.spellings.some((s) => s in suggestions)).length,
    acronyms: acronyms.length,
    beforeMedical: curated.beforeMedical.size,
    byKind: Object.fromEntries(TERM_KINDS.map((k, i) => [k, byKind[i].length])),
    irregular: irregular.length,
    exceptions: exceptions.length,
    droppedEveryday,
    droppedLaySafe,
  };
  return { data, stats };
}
