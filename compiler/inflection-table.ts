/**
 * The inflected forms of a base word, from the wink-lexicon package (a devDependency, read at build
 * time; MIT, its tables derived from WordNet and fnTBL: see content/sources.yml and NOTICE).
 *
 * A form is offered only when the lexicon knows it with the right part of speech: "fail" ->
 * fails (VBZ), failed (VBD/VBN), failing (VBG); "complication" -> complications (NNS). Candidate
 * spellings come from the usual suffix rules plus the irregular tables ("admit" -> "admitted",
 * "take" -> "took", "taken"); the lexicon decides which of them are words. British -ise verbs are
 * looked up as -ize ("apologise" -> "apologised", "apologising").
 *
 * The lexicon lists each word's tags commonest first: a word inflects only as its commonest part
 * of speech ("time" -> "times", not "timed"), and one whose commonest use is neither verb nor noun
 * ("like", "just", "well") is left alone. Mass nouns ("advice", "harm") get no plural.
 */
import { createRequire } from 'node:module';

type Tag = string;

interface Tables {
  lexicon: Record<string, Tag[]>;
  /** irregular verb form -> base (wink's list and WordNet's verb exceptions) */
  verbForms: Map<string, string[]>;
  /** irregular noun plural -> singular */
  nounPlurals: Map<string, string[]>;
  /** mass nouns ("advice", "harm"): no plural a rule should match */
  uncountable: Record<string, boolean>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, Tag[]>;
  const byBase = (entries: Iterable<[string, string]>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [form, base] of entries) {
      if (form === base) continue;
      const list = out.get(base) ?? [];
      if (!list.includes(form)) list.push(form);
      out.set(base, list);
    }
    return out;
  };
  const irregularVerbs = require('wink-lexicon/src/irregular-verbs.js') as Record<string, string>;
  const wnVerbs = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  const irregularNouns = require('wink-lexicon/src/irregular-nouns.js') as { singular: Record<string, string> };
  const wnNouns = require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;
  tables = {
    lexicon,
    verbForms: byBase([...Object.entries(irregularVerbs), ...Object.entries(wnVerbs)]),
    nounPlurals: byBase([...Object.entries(irregularNouns.singular), ...Object.entries(wnNouns)]),
    uncountable: require('wink-lexicon/src/uncountable-nouns.js') as Record<string, boolean>,
  };
  return tables;
}

/** Verbs that are grammar, not content: their forms are written out where a rule means them. */
const AUXILIARIES = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'done',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'let', 'need', 'dare', 'get', 'go',
]);

const VERB_BASE = new Set(['VB', 'VBP']);

function hasTag(word: string, wanted: readonly Tag[]): boolean {
  const tags = load().lexicon[word];
  return Array.isArray(tags) && tags.some((t) => wanted.includes(t));
}

function commonestTag(word: string): Tag | undefined {
  const tags = load().lexicon[word];
  return Array.isArray(tags) ? tags[0] : undefined;
}

function verbCandidates(base: string): Array<[string, Tag[]]> {
  const last = base.slice(-1);
  const stem = base.slice(0, -1);
  const irregular = load().verbForms.get(base) ?? [];
  // The lexicon holds some misspellings ("takeing") and odd tags ("seed" as a past tense): a verb
  // with irregular past forms gets only those, and a silent -e is dropped before -ing.
  const irregularPast = irregular.filter((f) => hasTag(f, ['VBD', 'VBN']));
  const past = irregularPast.length ? irregularPast : [base + 'ed', base + 'd', stem + 'ied', base + last + 'ed'];
  const silentE = /[^eoyi]e$/.test(base);
  const ing = [...(silentE ? [stem + 'ing'] : [base + 'ing', base + last + 'ing']), ...irregular];
  return [
    ...[base + 's', base + 'es', stem + 'ies'].map((f): [string, Tag[]] => [f, ['VBZ']]),
    ...past.map((f): [string, Tag[]] => [f, ['VBD', 'VBN']]),
    ...ing.map((f): [string, Tag[]] => [f, ['VBG']]),
  ];
}

function verbForms(base: string): string[] {
  const out: string[] = [];
  for (const [form, tags] of verbCandidates(base)) if (form !== base && hasTag(form, tags) && !out.includes(form)) out.push(form);
  return out;
}

function nounPlurals(base: string): string[] {
  if (load().uncountable[base]) return [];
  const stem = base.slice(0, -1);
  const candidates = [base + 's', base + 'es', stem + 'ies', ...(load().nounPlurals.get(base) ?? [])];
  return [...new Set(candidates.filter((f) => f !== base && hasTag(f, ['NNS'])))];
}

export interface WordForms {
  /** -s, -ed, -ing and irregular forms, when the word is a verb's base form. */
  verb: string[];
  /** Plurals, when the word is a singular noun. */
  noun: string[];
}

const cache = new Map<string, WordForms>();

/** The inflections of one lower-case word, by the part of speech they inflect it as. */
export function inflectionsOf(word: string): WordForms {
  let hit = cache.get(word);
  if (hit) return hit;
  hit = { verb: [], noun: [] };
  if (/^[a-z]+$/.test(word) && !AUXILIARIES.has(word)) {
    // British -ise verbs: the lexicon spells them -ize; the forms are given back with -is-.
    const american = /[^z]ise$/.test(word) && !load().lexicon[word] ? word.slice(0, -3) + 'ize' : word;
    const british = (f: string) => (american === word ? f : word.slice(0, -3) + f.slice(word.length - 3).replace(/^iz/, 'is'));
    const commonest = commonestTag(american);
    // Only as its commonest part of speech: "time" is a noun ("times", never "timed"), "stay" a verb.
    if (commonest && VERB_BASE.has(commonest)) hit.verb = verbForms(american).map(british);
    else if (commonest === 'NN') hit.noun = nounPlurals(american).map(british);
  }
  cache.set(word, hit);
  return hit;
}

/** The lexicon's tags for an inflected form ("failed": VBD, VBN, JJ), British -is- forms looked up as -iz-. */
export function tagsOf(form: string): string[] {
  const lexicon = load().lexicon;
  const tags = lexicon[form] ?? lexicon[form.replace(/is(e|es|ed|ing)$/, 'iz$1')];
  // The lexicon tags a few participles VBG as well ("taken"): only an -ing form is one.
  return Array.isArray(tags) ? tags.filter((t) => /^(VB[ZDN]|NNS)$/.test(t) || (t === 'VBG' && form.endsWith('ing'))) : [];
}

/**
 * The form of `word` that plays the part `tags` describe (the tags of the form it stands in for):
 * "ask" as "sought" (VBD, VBN) is "asked"; "happen" as "occurs" (VBZ) is "happens".
 */
export function sameFormOf(word: string, tags: readonly string[]): string | undefined {
  if (tags.length === 0) return undefined;
  const { verb, noun } = inflectionsOf(word);
  const forms = tags.includes('NNS') ? noun : verb;
  const scored = forms.map((f) => ({ f, t: tagsOf(f) })).filter((x) => x.t.some((t) => tags.includes(t)));
  scored.sort((a, b) => b.t.filter((t) => tags.includes(t)).length - a.t.filter((t) => tags.includes(t)).length);
  return scored[0]?.f;
}
