import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../compiler/vocabulary/spelling.js';

describe('British and American spellings', () => {
  it.each([
    ['anesthesia', 'anaesthesia'],
    ['hemoglobin', 'haemoglobin'],
    ['edema', 'oedema'],
    ['esophagus', 'oesophagus'],
    ['pediatrician', 'paediatrician'],
    ['diarrhea', 'diarrhoea'],
    ['dyspnea', 'dyspnoea'],
    ['leukemia', 'leukaemia'],
    ['catheterize', 'catheterise'],
    ['general anesthesia', 'general anaesthesia'],
  ])('"%s" <-> "%s"', (american, british) => {
    expect(spellingVariants(american)).toContain(british);
    expect(spellingVariants(british)).toContain(american);
  });

  it('leaves words alone that only look like the patterns', () => {
    expect(spellingVariants('hemisphere')).toEqual([]);
    expect(spellingVariants('chemotherapy')).toEqual([]);
    expect(spellingVariants('excise')).toEqual([]);
    expect(spellingVariants('bruise')).toEqual([]);
  });

  it('spells "-emic" the British way only where the "-emia" word is known', () => {
    expect(spellingVariants('ischemic', (w) => w === 'ischemia')).toContain('ischaemic');
    expect(spellingVariants('systemic', () => false)).toEqual([]);
  });
});
