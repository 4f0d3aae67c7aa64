/**
 * A rule states a phrasing once and also matches its inflections: "fail to attend" covers
 * "fails", "failed" and "failing to attend"; "a recognised complication" stays singular after "a",
 * while "recognised complication" also matches "recognised complications". The forms come from the
 * lexicon (compiler/inflection-table.ts) at build time, so the engine only sees more phrasings.
 *
 * Which words inflect, and why:
 * - a verb's base form, unless grammar fixes it there: after "to", "not", a modal or "do"
 *   ("fail to attend": "attend" stays), or after a determiner (then it is a noun: "the turn");
 * - a singular noun, unless a singular determiner ("a", "each", "this") governs it or it modifies
 *   the next noun ("agency staff": "agency" stays);
 * - never a case-sensitive phrase, a wildcard, a word with digits or hyphens, nor a form the rule
 *   lists under `uninflected` (an inflection that changes its meaning); `inflect: false` on a
 *   rule or a phrase turns it off.
 * Generated phrasings give way: one that another rule claims, or that another rule generated first,
 * is dropped rather than reported (compiler/load-content.ts checks explicit claims as before).
 */
import { inflectionsOf, sameFormOf, tagsOf } from './inflection-table.js';

/** After these a verb keeps its base form. */
const BASE_VERB_CONTEXT = new Set([
  'to', 'not', "n't", 'do', 'does', 'did', "don't", "doesn't", "didn't", 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'shall', 'should', 'cannot', "can't", "won't", "wouldn't", "couldn't", "shouldn't", 'let', 'please',
]);
/** After these the word is a noun. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'each', 'every', 'another', 'one', 'any', 'no', 'some', 'either', 'neither']);
/** A noun after these stays singular (scanning back over the words between, "a recognised complication"). */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'another', 'one', 'either', 'neither']);

/** A noun straight after these is part of a set phrase ("at fault", "in time", "took place") or a mass use: it stays singular. */
const PREPOSITIONS = new Set(['at', 'in', 'on', 'of', 'by', 'for', 'to', 'from', 'with', 'without', 'under', 'beyond', 'into', 'took', 'take', 'takes', 'taking', 'taken']);

/** Beyond this many variants of one phrasing, only one word is inflected at a time. */
const MAX_COMBINATIONS = 8;

function nounIsSingularHere(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (SINGULAR_DETERMINERS.has(words[j])) return true;
    if (DETERMINERS.has(words[j]) || BASE_VERB_CONTEXT.has(words[j])) return false;
  }
  return false;
}

function verbMayInflect(words: readonly string[], i: number): boolean {
  const prev = words[i - 1];
  return prev === undefined || (!BASE_VERB_CONTEXT.has(prev) && !DETERMINERS.has(prev));
}

function nounMayInflect(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  const modifiesNext = next !== undefined && inflectionsOf(next).noun.length > 0;
  return !modifiesNext && !PREPOSITIONS.has(words[i - 1]) && !nounIsSingularHere(words, i);
}

/** The forms one word of a phrasing may take here (not counting itself). */
function formsAt(words: readonly string[], i: number, without: ReadonlySet<string>): string[] {
  const word = words[i];
  if (!/^[a-z]+$/.test(word)) return [];
  const { verb, noun } = inflectionsOf(word);
  const out: string[] = [];
  if (verbMayInflect(words, i)) out.push(...verb);
  if (nounMayInflect(words, i)) out.push(...noun);
  return [...new Set(out)].filter((f) => !without.has(f));
}

/**
 * Auxiliaries that carry a suggestion's tense for its verb ("do not come to"), and their form for
 * each part the replaced word plays: "fails to attend" -> "does not come to", "failed" -> "did",
 * "failing to take" -> "not taking" (DROP: the auxiliary goes and the verb after "not" takes -ing).
 */
const DROP = '';
const AUXILIARY_FORMS: ReadonlyMap<string, Readonly<Partial<Record<string, string>>>> = new Map<string, Partial<Record<string, string>>>([
  ['do', { VBZ: 'does', VBD: 'did', VBG: DROP }],
  ["don't", { VBZ: "doesn't", VBD: "didn't", VBG: DROP }],
  // Not "are" -> "were": "was" or "were" depends on the subject, which the phrase may not hold.
  ['are', { VBZ: 'is', VBG: 'being' }],
  ['have', { VBZ: 'has', VBD: 'had', VBG: 'having' }],
]);

/** Adverbs that may stand before a suggestion's verb without changing which word carries the tense. */
const BEFORE_VERB = new Set(['never', 'also', 'always', 'just', 'still', 'then', 'first', 'only', 'often', 'usually', 'now']);

/** The one part (VBZ, VBD, VBG, VBN or NNS) an auxiliary's forms are keyed by, or undefined. */
function auxiliaryPart(tags: readonly string[]): string | undefined {
  // "failed" is both VBD and VBN: a replaced past form is read as the past ("did not").
  for (const part of ['VBZ', 'VBD', 'VBG']) if (tags.includes(part)) return part;
  return undefined;
}

/**
 * "do not take" for a replaced word playing `tags`'s part: "does not take", "did not take", "not
 * taking"; undefined when the auxiliary has no form for it or the verb after "not" cannot take -ing.
 */
function inflectAuxiliary(words: string[], lower: readonly string[], i: number, tags: readonly string[]): string[] | undefined {
  const forms = AUXILIARY_FORMS.get(lower[i]);
  const part = auxiliaryPart(tags);
  const form = forms && part ? forms[part] : undefined;
  if (form === undefined) return undefined;
  if (form !== DROP) return [...words.slice(0, i), matchFirstCase(words[i], form), ...words.slice(i + 1)];
  // "do not take" -> "not taking"; "don't take" -> "not taking".
  const negated = lower[i] === "don't" ? i + 1 : lower[i + 1] === 'not' ? i + 2 : -1;
  if (negated < 0 || negated >= words.length || !/^[a-z]+$/.test(lower[negated])) return undefined;
  const ing = sameFormOf(lower[negated], ['VBG']);
  if (!ing) return undefined;
  return [...words.slice(0, i), matchFirstCase(words[i], 'not'), ...words.slice(i + (lower[i] === "don't" ? 1 : 2), negated), ing, ...words.slice(negated + 1)];
}

/** `word` with the capital `like` starts with. */
function matchFirstCase(like: string, word: string): string {
  return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * A suggestion for an inflected phrasing, inflected the same way: "seek advice" -> "ask for
 * advice" becomes "sought advice" -> "asked for advice"; "occurs" -> "happens". The word that
 * changes is the suggestion's head verb, found near its start (after a "[placeholder]" and an
 * adverb such as "never"): deeper in a suggestion the word that would change is rarely the one
 * that stands for the replaced word ("we are sorry that we made you feel" must not become "...you
 * felt"). An auxiliary before it carries the tense instead ("fail to attend" -> "do not come to"
 * gives "failed to attend" -> "did not come to", "failing to attend" -> "not coming to"), and a
 * verb joined to the head by "and" or "or" follows it ("call and book" -> "called and booked").
 * Where nothing can take the form, the suggestion is left as written.
 */
export function inflectSuggestion(suggestion: string, replaced: ReadonlyArray<[string, string]>): string {
  if (replaced.length !== 1) return suggestion;
  const words = suggestion.split(' ');
  let i = 0;
  while (i < words.length && words[i].startsWith('[')) i++;
  const lower = words.map((w) => w.toLowerCase());
  const tags = tagsOf(replaced[0][1].toLowerCase());
  if (i >= words.length || tags.length === 0) return suggestion;
  const auxiliary = inflectAuxiliary(words, lower, i, tags);
  if (auxiliary) return auxiliary.join(' ');
  while (i + 1 < words.length && BEFORE_VERB.has(lower[i])) i++;
  if (!/^[a-z]+$/.test(lower[i])) return suggestion;
  const same = sameFormOf(lower[i], tags);
  if (!same) return suggestion;
  words[i] = same;
  // "call and book": a verb straight after "and" or "or", in the same stretch without a comma, follows.
  for (let k = i + 1; k + 1 < words.length && !words[k - 1].endsWith(','); k++) {
    if (lower[k] !== 'and' && lower[k] !== 'or') continue;
    const next = lower[k + 1];
    const joined = /^[a-z]+$/.test(next) && inflectionsOf(next).verb.length > 0 ? sameFormOf(next, tags) : undefined;
    if (joined) words[k + 1] = joined;
    break;
  }
  return words.join(' ');
}

export interface Inflected {
  phrasing: string;
  /** [word as written, its form] for each word replaced, for carrying $1 slots over. */
  replaced: Array<[string, string]>;
}

/** The inflected variants of one expanded phrasing ("^" and "$" kept), without the phrasing itself. */
export function inflectPhrasing(phrasing: string, without: ReadonlySet<string> = new Set()): Inflected[] {
  const trimmed = phrasing.trim();
  const start = trimmed.startsWith('^') ? '^' : '';
  const end = trimmed.endsWith('$') && trimmed.length > 1 ? '$' : '';
  const body = trimmed.slice(start.length, trimmed.length - end.length).trim();
  const words = body.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const options = lower.map((_, i) => formsAt(lower, i, without));
  const slots = options.map((forms, i) => ({ i, forms })).filter((s) => s.forms.length > 0);
  if (slots.length === 0) return [];
  const total = slots.reduce((n, s) => n * (s.forms.length + 1), 1);
  const combos: Array<Array<[number, string]>> = [];
  if (total <= MAX_COMBINATIONS) {
    let partial: Array<Array<[number, string]>> = [[]];
    for (const s of slots) partial = partial.flatMap((c) => [c, ...s.forms.map((f) => [...c, [s.i, f] as [number, string]])]);
    combos.push(...partial.filter((c) => c.length > 0));
  } else {
    for (const s of slots) for (const f of s.forms) combos.push([[s.i, f]]);
  }
  return combos.map((combo) => {
    const out = [...words];
    const replaced: Array<[string, string]> = [];
    for (const [i, form] of combo) {
      replaced.push([words[i], form]);
      out[i] = form;
    }
    return { phrasing: start + out.join(' ') + end, replaced };
  });
}

/** A suggestion's $1 slot after the same words were inflected in the phrasing. */
export function inflectSlot(slot: string, replaced: ReadonlyArray<[string, string]>): string {
  return slot
    .split(' ')
    .map((w) => replaced.find(([base]) => base === w)?.[1] ?? w)
    .join(' ');
}
