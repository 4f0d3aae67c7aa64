/** A word's normal form: lower case, curly apostrophes straightened. What phrase tries are keyed by. */
export function normaliseToken(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}
