/** The real generated vocabulary, built first if `npm run build:core` has not made it yet. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { MedicalVocabularyData } from '../../engine/medical/data.js';
import { MedicalVocabulary } from '../../engine/medical/vocabulary.js';
import { buildMedicalVocabularyFile } from '../../scripts/build-medical-vocabulary.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const file = join(repo, 'generated/medical-vocabulary.json');

let data: MedicalVocabularyData | undefined;
let vocabulary: MedicalVocabulary | undefined;

export function realData(): MedicalVocabularyData {
  if (!data) {
    if (!existsSync(file)) buildMedicalVocabularyFile();
    data = JSON.parse(readFileSync(file, 'utf8')) as MedicalVocabularyData;
  }
  return data;
}

export function realVocabulary(): MedicalVocabulary {
  return (vocabulary ??= new MedicalVocabulary(realData()));
}
