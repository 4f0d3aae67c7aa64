/**
 * How search reads words, shared by the index (built at build time) and the query (in the page),
 * so both sides agree: lower case, no accents, British and US spellings folded together
 * ("candor" and "candour", "hemorrhage" and "haemorrhage", "apologize" and "apologise"), a light
 * stem ("administered", "shortness" -> "administer", "short") and no little words ("of", "the").
 */

/** Words too common to tell pages apart; a query made only of them still searches for them. */
export const STOP_WORDS = new Set(
  'a an and are as at be by for from has have i if in into is it its me my of on or our so than that the their them they this to was we were what when which who will with you your'.split(' '),
);

/** One word, spelled the way the index spells it. */
export function foldSpelling(word: string): string {
  return word
    .replace(/ae|oe/g, 'e') // haemorrhage, oesophagus, foetus
    .replace(/our$/, 'or') // candour, colour, behaviour
    .replace(/(?<=[a-z]{2})is(e|ed|es|ing|ation)$/, 'iz$1') // apologise, organisation
    .replace(/(?<=[a-z])yse$/, 'yze') // analyse
    .replace(/(?<=[a-z]{2})tre$/, 'ter'); // centre
}

/** A light stem: enough to make plurals, tenses and "-ness" forms meet, not a full stemmer. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const cut = word.replace(/(?:ness|ing|ed|(?<!s)s)$/, '');
  const base = cut.length >= 4 ? cut : word;
  return base.length > 4 ? base.replace(/e$/, '') : base;
}

/** The raw words of a text: lower case, no accents, split on anything but letters, digits and "&". */
function rawWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’']/g, '')
    .split(/[^a-z0-9&]+/)
    .filter(Boolean);
}

const fold = (w: string) => stem(foldSpelling(w));

/** Every word of a text as search compares them, in order. */
export function searchWords(text: string): string[] {
  return rawWords(text).map(fold);
}

/** The words that matter, as search compares them: stop words dropped unless nothing else is left. */
export function queryWords(text: string): string[] {
  const all = rawWords(text);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return (kept.length ? kept : all).map(fold);
}

/** The words of a text worth indexing: no stop words, nothing under 3 letters. */
export function contentWords(text: string): string[] {
  return rawWords(text).filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map(fold);
}

/** Does a query word match an index word? Whole words, or the start of one for words of 4 letters or more. */
export function wordMatches(query: string, indexed: string): boolean {
  return indexed === query || (query.length >= 4 && indexed.startsWith(query));
}
