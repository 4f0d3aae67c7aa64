import { describe, expect, it } from 'vitest';
import { forEachLemma } from '../../engine/medical/lemma.js';

function lemmas(word: string): string[] {
  const out: string[] = [];
  forEachLemma(word, (base) => {
    out.push(base);
    return false;
  });
  return out;
}

describe('regular lemma candidates', () => {
  it.each([
    ['exacerbations', 'exacerbation'],
    ['biopsies', 'biopsy'],
    ['biopsied', 'biopsy'],
    ['catheterised', 'catheterise'],
    ['stented', 'stent'],
    ['scanned', 'scan'],
    ['abscesses', 'abscess'],
    ['diagnoses', 'diagnosis'],
    ['distally', 'distal'],
    ['palpably', 'palpable'],
    ['systemically', 'systemic'],
    ["crohn's", 'crohn'],
  ])('"%s" offers "%s"', (word, base) => {
    expect(lemmas(word)).toContain(base);
  });

  it('offers nothing for words with no inflection', () => {
    expect(lemmas('stenosis')).toEqual([]);
    expect(lemmas('mucus')).toEqual([]);
    expect(lemmas('bed')).toEqual([]);
  });

  it('stops at the first candidate the caller accepts', () => {
    const seen: string[] = [];
    forEachLemma('syringes', (base) => {
      seen.push(base);
      return base === 'syringe';
    });
    expect(seen).toEqual(['syring', 'syringe']);
  });
});
