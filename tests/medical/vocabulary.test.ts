import { describe, expect, it } from 'vitest';
import { MedicalVocabulary } from '../../engine/medical/vocabulary.js';
import { realData, realVocabulary } from './load.js';

const v = realVocabulary();

describe('medical vocabulary: listed terms', () => {
  // Words clarity missed on real clinical notes (issue #10).
  it.each([
    'anaesthesia', 'prophylaxis', 'stenosis', 'cystoscopy', 'mucosa', 'endotracheal', 'fascia', 'haemostasis',
    'supine', 'distal', 'proximal', 'paroxysmal', 'anticoagulation', 'exacerbations', 'centile', 'sputum',
  ])('lists "%s"', (word) => {
    expect(v.classifyWord(word).kind).toBe('listed');
  });

  // Surgical verbs and descriptions of operation notes, in the forms a note writes them:
  // past tenses, American spellings.
  it.each([
    ['prepped', 'prepped'], ['draped', 'draped'], ['incised', 'incise'], ['dissected', 'dissect'], ['irrigated', 'irrigate'],
    ['cauterized', 'cauterise'], ['cauterised', 'cauterise'], ['sutured', 'suture'], ['debrided', 'debride'], ['extubated', 'extubate'],
    ['umbilicus', 'umbilicus'], ['purulent', 'purulent'], ['carious', 'carious'], ['transverse', 'transverse'], ['trocar', 'trocar'],
  ])('lists "%s" (as "%s")', (word, headword) => {
    expect(v.classifyWord(word).term?.headword).toBe(headword);
  });

  it('matches any case, as the tokenizer hands words over in their own case', () => {
    expect(v.classifyWord('Distal').kind).toBe('listed');
    expect(v.classifyWord('SPUTUM').kind).toBe('listed');
  });

  it.each([
    ['anaesthesia', 'anesthesia'],
    ['haemoglobin', 'hemoglobin'],
    ['oedema', 'edema'],
    ['catheterise', 'catheterize'],
    ['paediatric', 'pediatric'],
    ['haemorrhage', 'hemorrhage'],
    ['hyperkalaemia', 'hyperkalemia'],
  ])('files British "%s" and American "%s" under one headword', (british, american) => {
    const a = v.classifyWord(british).term;
    const b = v.classifyWord(american).term;
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(a!.headword).toBe(british);
  });

  it.each([
    ['sputum', 'phlegm'],
    ['distal', 'further from the centre of the body'],
    ['anticoagulation', 'blood-thinning medicine'],
    ['paroxysmal', 'comes and goes'],
    ['anesthesia', 'medicine that stops you feeling pain (being put to sleep, or numbing)'],
  ])('suggests plain English for "%s"', (word, suggestion) => {
    expect(v.classifyWord(word).suggestion).toBe(suggestion);
  });

  it('gives each listed term a kind', () => {
    expect(v.classifyWord('stenosis').term?.kind).toBe('condition');
    expect(v.classifyWord('cystoscopy').term?.kind).toBe('test');
    expect(v.classifyWord('mucosa').term?.kind).toBe('anatomy');
    expect(v.classifyWord('statins').term?.kind).toBe('drug-class');
    expect(v.classifyWord('nocte').term?.kind).toBe('clinical-shorthand');
  });
});

describe('medical vocabulary: everyday words', () => {
  // "hyperactive" is everyday English (SCOWL level 40, and "hyper" + "active" has no medical
  // root): lay-safe.txt keeps it out. "discharge" is everyday too, though WordNet files a sense
  // of it under bodily processes.
  it.each([
    'heart', 'blood', 'appointment', 'important', 'hyperactive', 'period', 'operation', 'tablet', 'history',
    'normal', 'distance', 'patient', 'discharge', 'cancer', 'asthma', 'diabetes', 'pain', 'scan', 'infection',
    'allergy', 'x-ray', 'arthritis', 'tonsillitis', 'alas', 'pip', 'orb', 'stern', 'amelia', 'sob', 'frequency',
  ])('does not flag "%s"', (word) => {
    expect(v.classifyWord(word)).toEqual({ kind: null });
  });

  it('matches shorthand in capitals only as written', () => {
    expect(v.classifyWord('SOB').kind).toBe('listed');
    expect(v.classifyWord('SOB').suggestion).toBe('short of breath');
    expect(v.classifyWord('Sob').kind).toBe(null);
    expect(v.classifyWord('LFTs').kind).toBe('listed');
  });
});

describe('medical vocabulary: inflections', () => {
  it.each([
    ['exacerbations', 'exacerbation'],
    ['cystoscopies', 'cystoscopy'],
    ['haemorrhaged', 'haemorrhage'],
    ['catheterised', 'catheterise'],
    ['catheterized', 'catheterize'],
    ['emboli', 'embolus'],
    ['thrombi', 'thrombus'],
    ['ventricles', 'ventricle'],
    ['stenoses', 'stenosis'],
    ['malignantly', 'malignant'],
    ['cholecystectomies', 'cholecystectomy'],
  ])('"%s" matches its base term "%s"', (word, lemma) => {
    const c = v.classifyWord(word);
    expect(c.kind).toBe('listed');
    expect(c.lemma).toBe(lemma);
  });

  it('gives no lemma when the word is itself the term', () => {
    expect(v.classifyWord('stenosis').lemma).toBeUndefined();
  });

  it('takes curly apostrophes as straight ones', () => {
    expect(v.lookup("crohn's disease")).toBeDefined();
    expect(v.classifyWord('Addison’s').kind).toBe(v.classifyWord("Addison's").kind);
  });
});

describe('medical vocabulary: the data', () => {
  const data = realData();
  const entries = data.terms.flatMap((list) => (list ? list.split('|') : []));
  const spellings = new Set(entries.flatMap((e) => e.split(',')));

  it('holds at least 5,000 terms, single and multi-word', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5000);
    expect(entries.filter((e) => e.includes(' ')).length).toBeGreaterThan(1000);
  });

  it('has plain-English wording for at least 1,000 terms, each one filed under a listed term', () => {
    // Words that are jargon only before a medical word ("radical") have wording too.
    const acronyms = new Set([...data.acronyms.split('|'), ...(data.beforeMedical ?? '').split('|')]);
    const keys = Object.keys(data.suggestions);
    expect(keys.length).toBeGreaterThanOrEqual(1000);
    for (const k of keys) {
      expect(spellings.has(k) || acronyms.has(k), k).toBe(true);
      expect(data.suggestions[k].trim().length, k).toBeGreaterThan(2);
    }
  });

  it('lists no word twice across kinds', () => {
    const seen = new Set<string>();
    for (const s of entries.flatMap((e) => e.split(','))) {
      expect(seen.has(s), s).toBe(false);
      seen.add(s);
    }
  });

  it('refuses data of another version', () => {
    expect(() => new MedicalVocabulary({ ...data, version: 99 })).toThrow(/version/);
  });
});

describe('medical vocabulary: compounds and short stems', () => {
  // A medical prefix or root joined to a listed word the word parts cannot read on their own.
  it.each([
    ['subcuticular', ['sub', 'cuticular']],
    ['myoclonic', ['myo', 'clonic']],
  ])('reads "%s" as a prefix and a listed word', (word, parts) => {
    const c = v.classifyWord(word);
    expect(c.kind).toBe('word-parts');
    expect(c.parts).toEqual(parts);
  });

  it('takes a strong suffix after a two-letter root ("ot-oscopy")', () => {
    expect(v.classifyWord('otoscopy').kind).toBe('word-parts');
  });

  it('keeps everyday words that would read as a compound in the exceptions', () => {
    // "pre" + "carious", "para" + "lysis", "col" + "lateral": everyday English, not flagged.
    for (const word of ['precarious', 'paralysis', 'collateral', 'quadrilateral']) expect(v.classifyWord(word).kind, word).toBe(null);
  });

  it('knows the inhaler and drug-class words NHS pages give patients', () => {
    for (const word of ['preventer', 'reliever', 'opioid', 'opioids']) expect(v.classifyWord(word).kind, word).toBe(null);
  });
});

describe('medical vocabulary: a lay-safe word that looks like an inflection', () => {
  // "vas" (the tube that carries sperm) is listed, and the suffix rules read "vases" as its plural.
  it('leaves the lay-safe word plain and still lists the term', () => {
    expect(v.classifyWord('vases').kind).toBe(null);
    expect(v.classifyWord('vas').kind).toBe('listed');
  });
});
