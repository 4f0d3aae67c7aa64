/**
 * Base forms a lower-case word may be an inflection of, by regular English suffix rules:
 * "exacerbations" -> "exacerbation", "biopsied" -> "biopsy", "catheterised" -> "catheterise",
 * "distally" -> "distal". Irregular ones ("emboli", "metastases") come from the table the build
 * makes from WordNet's exception lists. A candidate means nothing until the vocabulary has it, so
 * over-generating is safe ("stented" gives "stent" and "stente"; only "stent" is a term).
 */

const VOWELS = 'aeiou';

/** Calls back with each candidate base form, most likely first; stops when it returns true. */
export function forEachLemma(word: string, found: (base: string) => boolean): boolean {
  const n = word.length;
  if (n < 4) return false;
  const ends = (s: string) => word.endsWith(s);
  if (ends("'s")) return found(word.slice(0, -2));
  if (ends('ies')) return found(`${word.slice(0, -3)}y`);
  if (ends('ied')) return found(`${word.slice(0, -3)}y`);
  if (ends('es')) {
    // "abscesses" -> "abscess", "syringes" -> "syringe", "diagnoses" -> "diagnosis" (also in the table).
    if (found(word.slice(0, -2)) || found(word.slice(0, -1))) return true;
    return found(`${word.slice(0, -2)}is`);
  }
  if (ends('s') && !ends('ss') && !ends('us') && !ends('is')) return found(word.slice(0, -1));
  if (ends('ed') || ends('ing')) {
    const stem = word.slice(0, ends('ed') ? -2 : -3);
    if (stem.length < 3) return false;
    // "stented" -> "stent", "catheterised" -> "catheterise", "scanned" -> "scan".
    if (found(stem) || found(`${stem}e`)) return true;
    const last = stem[stem.length - 1];
    if (last === stem[stem.length - 2] && !VOWELS.includes(last)) return found(stem.slice(0, -1));
    return false;
  }
  if (ends('ly')) return found(word.slice(0, -2)) || (ends('ically') && found(word.slice(0, -4)));
  return false;
}
