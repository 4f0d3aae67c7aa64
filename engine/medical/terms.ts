/**
 * The medical vocabulary and its term matcher, built together from the compiled data. Building
 * takes several milliseconds, so a checker builds them on the first check that needs them rather
 * than when it is created.
 */
import type { MedicalVocabularyData } from './data.js';
import { TermMatcher } from './term-matcher.js';
import { MedicalVocabulary } from './vocabulary.js';

export interface MedicalTerms {
  vocabulary: MedicalVocabulary;
  matcher: TermMatcher;
}

export function buildMedicalTerms(data: MedicalVocabularyData): MedicalTerms {
  const vocabulary = new MedicalVocabulary(data);
  return { vocabulary, matcher: new TermMatcher(vocabulary) };
}
