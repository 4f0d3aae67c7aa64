/**
 * The medical vocabulary at run time: built once from generated/medical-vocabulary.json (see
 * data.ts), then `classifyWord` answers in a few hash lookups. Pure: no DOM, no Node, so the
 * extension's content script, the site and the CLI can all load it.
 *
 * A word is 'listed' when it, or its base form, is a vocabulary term ("exacerbations" ->
 * "exacerbation", "emboli" -> "embolus"); 'word-parts' when it is built from medical Greek and
 * Latin parts (word-parts.ts); otherwise null.
 */
import { LAY_SAFE_KIND, MEDICAL_VOCABULARY_VERSION, type MedicalVocabularyData } from './data.js';
import { forEachLemma } from './lemma.js';
import { WordParts } from './word-parts.js';

export interface Term {
  /** The spelling the suggestion and kind are filed under ("anaesthesia" for "anesthesia"). */
  headword: string;
  /** "condition", "procedure", "anatomy"...: see compiler/vocabulary/medical-synsets.ts. */
  kind: string;
  suggestion?: string;
}

export interface WordClass {
  kind: 'listed' | 'word-parts' | null;
  /** Plain-English wording, for the commoner listed terms. */
  suggestion?: string;
  /** The vocabulary spelling the word matched when it is an inflection ("biopsy" for "biopsied"). */
  lemma?: string;
  /** The listed term's headword and kind. */
  term?: Term;
  /** For 'word-parts': the medical parts found, e.g. ["hyper", "kal", "aemia"]. */
  parts?: string[];
}

const NOT_MEDICAL: WordClass = Object.freeze({ kind: null }) as WordClass;

/**
 * classifyWord remembers this many words. Text is mostly the same few hundred words, and the
 * checker re-reads the whole letter on every keystroke, so nearly every call is a repeat; the
 * memory is dropped whole when full (cheaper than an LRU, and a letter rarely has 4,000 words).
 */
const MEMO_SIZE = 4096;

/** Lower case with curly apostrophes straightened: the engine tokenizer's normal form. */
function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

export class MedicalVocabulary {
  /** Every spelling, single- or multi-word, -> its term. Spellings of one term share the object. */
  private readonly terms = new Map<string, Term>();
  private readonly acronyms = new Map<string, Term>();
  /** The acronyms in lower case: only a word whose normal form is one of these can be classified differently by its case. */
  private readonly acronymsLower = new Set<string>();
  private readonly irregular = new Map<string, string>();
  private readonly beforeMedical = new Map<string, Term>();
  readonly parts: WordParts;
  private readonly memo = new Map<string, WordClass>();

  constructor(data: MedicalVocabularyData) {
    if (data.version !== MEDICAL_VOCABULARY_VERSION) {
      throw new Error(`medical vocabulary data is version ${data.version}, this engine reads ${MEDICAL_VOCABULARY_VERSION}`);
    }
    data.kinds.forEach((kind, k) => {
      if (!data.terms[k]) return;
      for (const entry of data.terms[k].split('|')) {
        const spellings = entry.split(',');
        const headword = spellings[0];
        const suggestion = data.suggestions[headword];
        const term: Term = suggestion === undefined ? { headword, kind } : { headword, kind, suggestion };
        for (const s of spellings) this.terms.set(s, term);
      }
    });
    if (data.acronyms) {
      for (const a of data.acronyms.split('|')) {
        this.acronyms.set(a, { headword: a, kind: 'clinical-shorthand', suggestion: data.suggestions[a] });
        this.acronymsLower.add(normalise(a));
      }
    }
    if (data.irregular) {
      for (const pair of data.irregular.split('|')) {
        const comma = pair.indexOf(',');
        this.irregular.set(pair.slice(0, comma), pair.slice(comma + 1));
      }
    }
    if (data.laySafePhrases) {
      for (const phrase of data.laySafePhrases.split('|')) if (!this.terms.has(phrase)) this.terms.set(phrase, { headword: phrase, kind: LAY_SAFE_KIND });
    }
    if (data.beforeMedical) {
      for (const w of data.beforeMedical.split('|')) this.beforeMedical.set(w, { headword: w, kind: 'descriptor', suggestion: data.suggestions[w] });
    }
    this.parts = new WordParts(data.wordParts);
  }

  /** Spellings known, multi-word and acronyms included. */
  get size(): number {
    return this.terms.size + this.acronyms.size;
  }

  /** Every spelling with its term, for the multi-word matcher. */
  entries(): IterableIterator<[string, Term]> {
    return this.terms.entries();
  }

  /**
   * The term for a normalised word that is jargon only before a medical word ("radical", "superior"):
   * the caller checks what follows.
   */
  beforeMedicalTerm(norm: string): Term | undefined {
    return this.beforeMedical.get(norm);
  }

  /** The term an exact, already-normalised spelling belongs to. */
  lookup(norm: string): Term | undefined {
    return this.terms.get(norm);
  }

  /**
   * Calls back with each base form a normalised word may be an inflection of: the irregular
   * table's ("emboli" -> "embolus"), then the regular suffix rules'. Stops when it returns true.
   */
  forEachBase(norm: string, found: (base: string) => boolean): boolean {
    const irregular = this.irregular.get(norm);
    if (irregular !== undefined && found(irregular)) return true;
    return forEachLemma(norm, found);
  }

  /** The term a normalised word or one of its base forms belongs to, with the spelling matched. */
  lookupInflected(norm: string): { term: Term; lemma: string } | undefined {
    const exact = this.terms.get(norm);
    if (exact) return { term: exact, lemma: norm };
    this.foundTerm = undefined;
    this.forEachBase(norm, this.tryBase);
    return this.foundTerm ? { term: this.foundTerm, lemma: this.foundLemma } : undefined;
  }

  // One callback for every lookupInflected, not a closure per word.
  private foundTerm: Term | undefined;
  private foundLemma = '';
  private readonly tryBase = (base: string): boolean => {
    const term = this.terms.get(base);
    if (term === undefined) return false;
    this.foundTerm = term;
    this.foundLemma = base;
    return true;
  };

  /**
   * Whether words of this normal form may be classified by their case (the form of an acronym:
   * "SOB" is shorthand, "sob" is not). For any other form, classifyWord(word) is
   * classifyWord(norm), so a caller holding the normal form need not build the word as written.
   */
  caseMatters(norm: string): boolean {
    return this.acronymsLower.has(norm);
  }

  /**
   * What a single word (as written, any case) is: a listed term, a word built from medical parts,
   * or neither. Shorthand in capitals matches only as written ("SOB", not "sob").
   */
  classifyWord(word: string): WordClass {
    let result = this.memo.get(word);
    if (result === undefined) {
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      // Frozen: every caller of the same word gets this one object.
      this.memo.set(word, (result = Object.freeze(this.classifyUncached(word))));
    }
    return result;
  }

  /** classifyWord without the memory (for the benchmark's cold figures). */
  classifyUncached(word: string): WordClass {
    const acronym = this.acronyms.get(word);
    if (acronym) return { kind: 'listed', suggestion: acronym.suggestion, term: acronym };
    const norm = normalise(word);
    const listed = this.lookupInflected(norm);
    // A lay-safe inflection of a listed term stays plain: "vases" is not the plural of "vas".
    if (listed && (listed.lemma === norm || !this.parts.isException(norm))) {
      const { term, lemma } = listed;
      const out: WordClass = { kind: 'listed', term };
      if (term.suggestion !== undefined) out.suggestion = term.suggestion;
      if (lemma !== norm) out.lemma = lemma;
      return out;
    }
    const parts = this.parts.classify(norm);
    if (parts) return { kind: 'word-parts', parts: parts.parts };
    const compound = this.parts.isException(norm) ? null : this.compound(norm);
    return compound ? { kind: 'word-parts', parts: compound } : NOT_MEDICAL;
  }

  /**
   * A medical prefix or root joined to a listed word: "sub|cuticular", "myo|clonic",
   * "hyper|kalaemic". The word parts cannot see these when the listed word has no telling part of
   * its own. The rest must be a listed single word of five letters or more; everyday words that
   * would pass are in the word-part exceptions (worked out at build time from this same method).
   */
  private compound(norm: string): string[] | null {
    if (norm.length < 8 || norm.length > 40) return null;
    for (const lead of this.parts.leadingParts(norm)) {
      const rest = norm.slice(lead.length);
      if (rest.length < 5) continue;
      if (this.lookupInflected(rest)) return [lead, rest];
    }
    return null;
  }
}
