/**
 * The shape of generated/medical-vocabulary.json, written by compiler/medical-vocabulary.ts and
 * read by vocabulary.ts. Lists are "|"-joined strings rather than JSON arrays: a quarter smaller
 * before gzip and quicker to parse (one split instead of thousands of JSON strings).
 */

export const MEDICAL_VOCABULARY_VERSION = 1;

export interface WordPartsData {
  /** Each a "|"-joined list of spellings; see content/vocabulary/word-parts.tsv for the types. */
  prefix: string;
  strong: string;
  suffix: string;
  root: string;
  /**
   * Direction stems ("poster", "infer", "medi") that count only inside a compound joined by "o"
   * ("posterolateral", "inferomedial"). Absent in data built before it existed.
   */
  direction?: string;
  ending: string;
  /** The endings that make an adjective or noun of one long root ("hepat" + "ic"). */
  adjectival: string;
  /** Everyday words the parts would call medical ("academia", "nostalgia", "dental"). */
  exceptions: string;
}

export interface MedicalVocabularyData {
  version: number;
  /** Term kinds by number: terms[k] holds the terms of kind kinds[k]. */
  kinds: string[];
  /**
   * Per kind, "|"-joined entries; an entry is its spellings joined by "," with the headword first
   * ("anaesthesia,anesthesia"). Multi-word terms have single spaces ("atrial fibrillation").
   */
  terms: string[];
  /** Shorthand written in capitals, matched case-sensitively ("SOB" is not "sob"): "|"-joined. */
  acronyms: string;
  /** Headword (or acronym) -> plain-English wording, to read as a replacement or as "term (this)". */
  suggestions: Record<string, string>;
  /** Irregular inflections of vocabulary words, "form,base|...": "emboli,embolus|vertebrae,vertebra". */
  irregular: string;
  wordParts: WordPartsData;
  /**
   * Words that are jargon only right before a medical word ("radical prostatectomy", "superior
   * pole"), "|"-joined; their wording is in suggestions. Absent in data built before it existed.
   */
  beforeMedical?: string;
  /**
   * Phrases a lay reader knows that hold a medical word ("cervical screening", "umbilical cord"),
   * "|"-joined: matched whole, so the word inside is not flagged. Absent in older data.
   */
  laySafePhrases?: string;
}

/** The kind of a lay-safe phrase: matched so that the medical word inside it is left alone. */
export const LAY_SAFE_KIND = 'lay-safe';
