/** The medical vocabulary and word-part classifier (issue #10, part 1); used by the medical-words check (engine/checks/medical-words.ts). */
export { LAY_SAFE_KIND, MEDICAL_VOCABULARY_VERSION, type MedicalVocabularyData, type WordPartsData } from './data.js';
export { findEponyms, type EponymSpan } from './eponyms.js';
export { forEachLemma } from './lemma.js';
export { TermMatcher, type MatchOptions, type TermMatch } from './term-matcher.js';
export { MedicalVocabulary, type Term, type WordClass } from './vocabulary.js';
export { buildMedicalTerms, type MedicalTerms } from './terms.js';
export { WordParts, type PartsResult } from './word-parts.js';
