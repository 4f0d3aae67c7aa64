/**
 * Base forms a lower-case word may be an inflection of, by regular English suffix rules:
 * "exacerbations" -> "exacerbation", "biopsied" -> "biopsy", "catheterised" -> "catheterise",
 * "distally" -> "distal", "palpably" -> "palpable". Irregular ones ("emboli", "metastases") come from the table the build
 * makes from WordNet's exception lists. A candidate means nothing until the vocabulary has it, so
 * over-generating is safe ("stented" gives "stent" and "stente"; only "stent" is a term).
 *
 * It dispatches on the last letter first: most words end in none of s, d, g or y and cost one
 * character read (this runs for every word of a letter that is not itself a term).
 */

const S = 115;
const D = 100;
const G = 103;
const Y = 121;
const APOSTROPHE = 39;

/** Calls back with each candidate base form, most likely first; stops when it returns true. */
export function forEachLemma(word: string, found: (base: string) => boolean): boolean {
  const n = word.length;
  if (n < 4) return false;
  switch (word.charCodeAt(n - 1)) {
    case S: {
      const before = word.charCodeAt(n - 2);
      if (before === APOSTROPHE) return found(word.slice(0, -2));
      if (word.endsWith('ies')) return found(`${word.slice(0, -3)}y`);
      if (before === 101 /* e */) {
        // "abscesses" -> "abscess", "syringes" -> "syringe", "diagnoses" -> "diagnosis".
        if (found(word.slice(0, -2)) || found(word.slice(0, -1))) return true;
        return found(`${word.slice(0, -2)}is`);
      }
      if (before === S || before === 117 /* u */ || before === 105 /* i */) return false; // "mucus", "stenosis"
      return found(word.slice(0, -1));
    }
    case D:
      if (word.endsWith('ied')) return found(`${word.slice(0, -3)}y`);
      return word.endsWith('ed') ? stem(word.slice(0, -2), found) : false;
    case G:
      return word.endsWith('ing') ? stem(word.slice(0, -3), found) : false;
    case Y:
      if (!word.endsWith('ly')) return false;
      // "distally" -> "distal", "systemically" -> "systemic", "palpably" -> "palpable".
      if (found(word.slice(0, -2))) return true;
      if (word.endsWith('ically') && found(word.slice(0, -4))) return true;
      return word.endsWith('bly') && found(`${word.slice(0, -1)}e`);
    default:
      return false;
  }
}

/** The base of a word less "-ed" or "-ing": "stent", "catheterise", "scan" (from "scann"). */
function stem(s: string, found: (base: string) => boolean): boolean {
  if (s.length < 3) return false;
  if (found(s) || found(`${s}e`)) return true;
  const last = s.charCodeAt(s.length - 1);
  const isVowel = last === 97 || last === 101 || last === 105 || last === 111 || last === 117;
  return !isVowel && last === s.charCodeAt(s.length - 2) && found(s.slice(0, -1));
}
