/**
 * Findings of the broad checks (medical-words) give way to every phrase finding they overlap: a
 * rule written for "SOB on exertion" knows better than the vocabulary's "SOB", and one card per
 * phrase is enough. Letter-level findings (a long sentence) cover whole stretches and do not count.
 * Linear in the findings, which arrive sorted by start.
 */
export interface Spanned {
  start: number;
  end: number;
}

export function dropYieldingOverlaps<T extends Spanned>(kept: T[], yields: (item: T) => boolean, isPhrase: (item: T) => boolean): T[] {
  if (!kept.some(yields)) return kept;
  const phrases = kept.filter(isPhrase);
  const out: T[] = [];
  let p = 0;
  let reach = -1; // the furthest end of the phrase findings that start at or before this one
  for (const item of kept) {
    if (!yields(item)) {
      out.push(item);
      continue;
    }
    for (; p < phrases.length && phrases[p].start <= item.start; p++) reach = Math.max(reach, phrases[p].end);
    const overlapsBefore = reach > item.start;
    const overlapsAfter = p < phrases.length && phrases[p].start < item.end;
    if (!overlapsBefore && !overlapsAfter) out.push(item);
  }
  return out;
}
