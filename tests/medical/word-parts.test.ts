import { describe, expect, it } from 'vitest';
import { WordParts } from '../../engine/medical/word-parts.js';
import { realVocabulary } from './load.js';

const parts = realVocabulary().parts;

describe('word-part classifier', () => {
  // Medical words built from parts, whether or not the vocabulary lists them.
  it.each([
    'hyperkalaemia', 'periodontal', 'intramuscular', 'intraarticular', 'subcutaneous', 'cardiomyopathy', 'gastroenterology', 'nephrotic',
    'hepatic', 'endotracheal', 'cholecystojejunostomy', 'blepharitis', 'bradycardic', 'tachypnoeic', 'hepatosplenic',
    'dysphagia', 'osteomyelitis', 'arthroscopic', 'neuropathic', 'haematuria', 'thrombocytopenia', 'cystoscopies',
    // A position prefix and a short root with an adjectival ending; anatomy roots; a prefix inside a compound.
    'retropubic', 'intraoral', 'extraoral', 'subglottic', 'supraumbilical', 'periumbilical', 'parietooccipital',
    'pneumoperitoneum', 'preperitoneal', 'lipodystrophy', 'laparoscopically',
    // Latin names of muscles and body parts.
    'latissimus', 'longissimus',
  ])('calls "%s" medical', (word) => {
    expect(parts.classify(word)).not.toBeNull();
  });

  // Everyday words that start like medical ones, or are exceptions the build found.
  it.each([
    'hyperactive', 'important', 'testing', 'natured', 'lipped', 'period', 'periodic', 'endorse', 'transport',
    'hypothesis', 'dysfunction', 'academia', 'nostalgia', 'dental', 'cardigan', 'hemisphere', 'hyperlink',
    'subway', 'interview', 'diploma', 'aroma', 'metrical', 'entered', 'colossus', 'antipodes', 'mental',
    'pretend', 'postcard', 'prehistoric', 'interval', 'extraordinary', 'transit', 'subordinate', 'supervisor', 'pretension',
    'postal', 'prevent', 'presentation', 'transparency', 'epicentre', 'interplay',
  ])('does not call "%s" medical', (word) => {
    expect(parts.classify(word)).toBeNull();
  });

  it('names the parts it found', () => {
    expect(parts.classify('cholecystojejunostomy')?.parts).toEqual(['cholecystojejun', 'ostomy']);
    expect(parts.classify('periodontal')?.parts).toEqual(['peri', 'odont']);
    expect(parts.classify('cardiomyopathy')?.parts).toContain('opathy');
  });

  it('keeps everyday words that parse in its exceptions', () => {
    expect(parts.isException('academia')).toBe(true);
    expect(parts.analyse('academia')).not.toBeNull(); // it does parse: the exception is what stops it
  });

  it('leaves short words, capitals and non-ASCII to others', () => {
    expect(parts.classify('otic')).toBeNull();
    expect(parts.classify('Nephritis')).toBeNull(); // callers lower-case first
    expect(parts.classify('néphrite')).toBeNull();
  });
});

describe('word-part classifier: scoring', () => {
  const small = new WordParts({
    prefix: 'hyper|peri',
    strong: 'itis',
    suffix: 'ology',
    root: 'card|cardi|nephr|ur|lip|ped',
    ending: 'ic|al|s|ed',
    adjectival: 'ic|al',
    exceptions: 'cardiology',
  });

  it('needs two points and an anchor', () => {
    expect(small.classify('nephric')).not.toBeNull(); // long root + adjectival ending
    expect(small.classify('nephrs')).toBeNull(); // long root + plain ending: one point
    expect(small.classify('lipped')).toBeNull(); // two short roots, no anchor
    expect(small.classify('pericardial')).not.toBeNull(); // prefix + root + ending
    expect(small.classify('hyperlipped')).toBeNull(); // prefix + short roots: still no anchor
    expect(small.classify('periuric')).not.toBeNull(); // prefix + short root + adjectival ending
    expect(small.classify('periured')).toBeNull(); // ... a verb ending is no anchor
    expect(small.classify('uric')).toBeNull(); // a short root alone: too short to parse
  });

  it('takes a strong suffix after any stem of three letters', () => {
    expect(small.classify('blepharitis')).not.toBeNull();
    expect(small.classify('otitis')).toBeNull(); // stem "ot" is too short to trust
  });

  it('honours its exceptions', () => {
    expect(small.analyse('cardiology')).not.toBeNull();
    expect(small.classify('cardiology')).toBeNull();
  });
});
