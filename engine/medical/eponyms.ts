/**
 * Instruments, body parts and scores named after people: "Penrose drain", "Jackson-Pratt drain",
 * "Ommaya reservoir", "Veress needle", "Metzenbaum scissors", "Cooper's ligament", "Waterlow score". No list of names could
 * be complete, so the shape is what tells: a name (a capitalised word inside a sentence, which the
 * medical-words check otherwise leaves alone) followed by a lower-case noun that names a surgical
 * instrument or a part of the body. Nouns with common non-medical names before them ("line": the
 * Piccadilly line; "canal": the Suez canal; "procedure": a Home Office procedure) are not in it.
 * Pure: no DOM, no Node.
 */

/** Lower-case nouns that, after a person's name, make an eponymous medical term, with its kind. */
const EPONYM_NOUNS = new Map<string, string>();
for (const noun of ['drain', 'reservoir', 'needle', 'scissors', 'retractor', 'catheter', 'clamp', 'forceps', 'shunt', 'stent', 'cannula', 'speculum', 'scalpel', 'cautery', 'electrocautery']) {
  EPONYM_NOUNS.set(noun, 'equipment');
  if (!noun.endsWith('s') && !noun.endsWith('y')) EPONYM_NOUNS.set(`${noun}s`, 'equipment');
}
for (const noun of ['ligament', 'ligaments', 'fascia']) EPONYM_NOUNS.set(noun, 'anatomy');
for (const noun of ['incision', 'manoeuvre', 'maneuver', 'anastomosis']) EPONYM_NOUNS.set(noun, 'procedure');
// Scores and scales named after people: "the Waterlow score", "an Epworth score of 14", "Gleason
// score". Not "test" ("the Friends and Family test"), nor "grade" ("a Distinction grade").
for (const noun of ['score', 'scores', 'scale', 'classification', 'criteria']) EPONYM_NOUNS.set(noun, 'test');
EPONYM_NOUNS.set('fracture', 'condition');
EPONYM_NOUNS.set('reflex', 'body-process');

export interface EponymSpan {
  /** Token range [start, end): the name's words and the noun. */
  start: number;
  end: number;
  /** The term in lower case, words joined by single spaces ("jackson pratt drain"). */
  headword: string;
  /** The vocabulary kind the noun gives it: "equipment", "anatomy", "procedure"... */
  kind: string;
}

/**
 * Eponymous terms in a token stream. `isName[i]` says token i is a capitalised word inside a
 * sentence; `norm[i]` is its normal form; `breakBefore(i)` whether a sentence ends before token i.
 * One pass, so linear in the tokens.
 */
export function findEponyms(norm: ArrayLike<string>, isName: ArrayLike<boolean>, breakBefore: (i: number) => boolean): EponymSpan[] {
  const out: EponymSpan[] = [];
  let first = -1; // first token of the current run of names
  for (let i = 0; i < norm.length; i++) {
    if (isName[i]) {
      if (first < 0 || breakBefore(i)) first = i;
      continue;
    }
    const kind = first >= 0 && !breakBefore(i) ? EPONYM_NOUNS.get(norm[i]) : undefined;
    // A score takes one name ("Waterlow score"); "the Wexcombe Hospital scale" names a place's own.
    if (kind !== undefined && !(kind === 'test' && i - first > 1)) {
      const words: string[] = [];
      for (let k = first; k <= i; k++) words.push(norm[k]);
      out.push({ start: first, end: i + 1, headword: words.join(' '), kind });
    }
    first = -1;
  }
  return out;
}
