/**
 * British and American spellings of medical words. WordNet spells the American way
 * ("anesthesia", "hemoglobin", "edema", "catheterize"); NHS letters the British way. Each term is
 * stored under every spelling these rules give, so the run-time lookup is one exact match.
 *
 * The rules are written for medical words only: they are never applied to everyday English
 * ("academic" is not in the vocabulary, so "-emic" rewriting cannot hurt it).
 */

type Rule = [RegExp, string];

/** American to British. Applied one after another to each word of a term. */
const TO_BRITISH: Rule[] = [
  [/^hem(?=[aot])/, 'haem'], // hemoglobin, hematoma, hemorrhage; not hemi- (half)
  [/([^a])emia(s?)$/, '$1aemia$2'], // anemia, leukemia, ischemia, hyperkalemia
  [/(^|[^a])esth/, '$1aesth'], // anesthesia, paresthesia
  [/(^|[^o])edem/, '$1oedem'], // edema, lymphedema
  [/(^|[^o])esophag/, '$1oesophag'],
  [/(^|[^o])estro/, '$1oestro'], // estrogen
  [/^estradiol/, 'oestradiol'],
  [/ped(?=iatr)/, 'paed'],
  [/orthoped/, 'orthopaed'],
  [/gynec/, 'gynaec'],
  [/rrhea/, 'rrhoea'], // diarrhea, gonorrhea
  [/pnea/, 'pnoea'], // apnea, dyspnea
  [/^celiac/, 'coeliac'],
  [/cec(?=um|al)/, 'caec'],
  [/(^|[^a])etiolog/, '$1aetiolog'],
  [/^fet(?=us|al|o)/, 'foet'],
  [/leuko/, 'leuco'],
  [/tumor/, 'tumour'],
  [/ameb/, 'amoeb'],
  [/sulf/, 'sulph'],
  [/([a-z]{3})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
];

/** British to American: the same rules the other way round. */
const TO_AMERICAN: Rule[] = [
  [/^haem/, 'hem'],
  [/aemia(s?)$/, 'emia$1'],
  [/aesth/, 'esth'],
  [/oedem/, 'edem'],
  [/oesophag/, 'esophag'],
  [/oestr/, 'estr'],
  [/paed/, 'ped'],
  [/gynaec/, 'gynec'],
  [/rrhoea/, 'rrhea'],
  [/pnoea/, 'pnea'],
  [/^coeliac/, 'celiac'],
  [/caec/, 'cec'],
  [/aetiolog/, 'etiolog'],
  [/^foet/, 'fet'],
  [/leuco/, 'leuko'],
  [/tumour/, 'tumor'],
  [/amoeb/, 'ameb'],
  [/sulph/, 'sulf'],
  // Not "excise", "advise", "bruise", "exercise", "surprise"...: only -ise after l, m, n, r or t.
  [/([a-z]{2}[lmnrt])is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
];

function rewrite(word: string, rules: Rule[]): string {
  let out = word;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out;
}

/** "-emic" follows "-emia" only where the "-emia" word exists ("ischemic", not "systemic"). */
function adjectiveRule(word: string, known: (w: string) => boolean): string {
  if (word.endsWith('emic') && !word.endsWith('aemic') && known(`${word.slice(0, -1)}a`)) return `${word.slice(0, -4)}aemic`;
  if (word.endsWith('aemic')) return `${word.slice(0, -5)}emic`;
  return word;
}

/**
 * The other spellings of a term (words separated by spaces), not including the term itself.
 * `known` says whether a word is a vocabulary term, for the "-emic" rule.
 */
export function spellingVariants(term: string, known: (word: string) => boolean = () => false): string[] {
  const words = term.split(' ');
  const british = words.map((w) => adjectiveRule(rewrite(w, TO_BRITISH), known)).join(' ');
  const american = words.map((w) => adjectiveRule(rewrite(w, TO_AMERICAN), known)).join(' ');
  return [...new Set([british, american])].filter((v) => v !== term);
}
