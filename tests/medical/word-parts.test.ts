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
    // Anatomical compounds: stems joined by "o", or a stem with an anatomical adjective ending.
    'calcaneocuboid', 'glenohumeral', 'acromioclavicular', 'coracoclavicular', 'talonavicular', 'naviculocuneiform',
    'radiocapitellar', 'posteromedial', 'inferolateral', 'anteroposterior', 'brachioradialis', 'dorsolumbar',
    'cephalocaudal', 'superomedial', 'subtalar', 'retromalleolar', 'interosseous', 'supraspinatus', 'subscapularis',
    'brachialis', 'antebrachial', 'lipomatous', 'jugulodigastric', 'mediolateral', 'proximodistal',
    // Session 16: parts of the standard inventory (word-parts.tsv) and a long root with any ending.
    'oligoasthenozoospermia', 'macrosomia', 'dystocia', 'ovulatory', 'migrainous', 'pseudophakic', 'proliferative',
    'supratemporal', 'inferotemporal', 'trabeculations', 'trilobar', 'pedunculated', 'metaphyseal', 'hyperdynamic',
    'pleomorphic', 'paracentral', 'hypermobility', 'electrocoagulation', 'fibrinous', 'cartilaginous', 'antegastric',
    'ectopic', 'osteotome', 'hematocrit', 'sagittal', 'trochlea', 'aponeurosis', 'spirometry', 'pyrexia', 'diplopia',
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
    // Direction stems alone, or in words that are not compounds of them.
    'superior', 'inferior', 'posterior', 'posterity', 'mediocre', 'medium', 'superoxide', 'distort', 'distortion',
    'laterally', 'dorsal', 'talent', 'talon', 'cuboid', 'cuneiform', 'glens',
    // Everyday words the session-16 parts would reach, kept out by the build or by leaving the part out.
    'temporary', 'history', 'central', 'electric', 'physical', 'spiral', 'lunar', 'triangulate', 'nontemporal', 'neolithic',
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

  it('reads a direction stem only inside a compound joined by "o"', () => {
    const directions = new WordParts({ prefix: 'sub', strong: '', suffix: '', root: 'lumb|humer', direction: 'poster|later|medi', ending: 'al|ior|s', adjectival: 'al', exceptions: '' });
    expect(directions.classify('posterolateral')?.parts).toEqual(['poster', 'later']);
    expect(directions.classify('posterolumbar')).toBeNull(); // "ar" is no ending here
    expect(directions.classify('posterohumeral')).not.toBeNull(); // direction, "o", root
    expect(directions.classify('humeromedial')).not.toBeNull(); // root, "o", direction
    expect(directions.classify('lateral')).toBeNull(); // alone: one point
    expect(directions.classify('posterior')).toBeNull();
    expect(directions.classify('sublateral')).toBeNull(); // a prefix before a direction is not a compound
    expect(directions.classify('posteroposteros')).toBeNull(); // a direction must end in an ending
  });

  it('honours its exceptions', () => {
    expect(small.analyse('cardiology')).not.toBeNull();
    expect(small.classify('cardiology')).toBeNull();
  });
});
