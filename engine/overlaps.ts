/** Candidate findings, and how overlapping ones are resolved into the findings a check reports. */
import type { Span } from './checks/context.js';
import { work } from './work.js';

/** A finding before overlaps are resolved. A class, so every candidate has one shape (the sorts and loops over them stay fast). */
export class Candidate {
  /** Spans matched by "*" wildcards: a finding inside one is a separate issue, not a part of this one. */
  wild: Span[] | undefined = undefined;

  constructor(
    readonly rule: number,
    readonly start: number,
    readonly end: number,
    readonly suggestions: string[],
    /** Letter-level findings stand on their own: a phrase finding never swallows one. */
    readonly letter: boolean,
    readonly message: string | undefined,
  ) {}
}

/**
 * Exceptions cancel overlapping matches of their rule; a longer match swallows one inside it.
 * Linear after sorting: a text with 100,000 findings must not cost 10^10 comparisons.
 * exceptions[rule] holds the rule's exception spans; exceptionRules lists the rules that have any.
 */
export function resolveOverlaps(candidates: Candidate[], exceptions: Span[][], exceptionRules: readonly number[], silenced: ReadonlySet<number>): Candidate[] {
  // Exception spans arrive in text order; a running maximum of their ends answers "does any
  // exception starting before this match's end reach past its start?" by binary search.
  const exceptionEnds: number[][] = [];
  for (const rule of exceptionRules) {
    const list = exceptions[rule];
    list.sort((x, y) => x.start - y.start);
    let max = -1;
    exceptionEnds[rule] = list.map((e) => (max = Math.max(max, e.end)));
  }
  const overlapsException = (c: Candidate): boolean => {
    const list = exceptions[c.rule];
    if (!list) return false;
    let lo = 0;
    let hi = list.length; // first exception with start >= c.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && exceptionEnds[c.rule][lo - 1] > c.start;
  };
  const live = candidates.filter((c) => !silenced.has(c.rule) && !overlapsException(c));
  live.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  const kept: Candidate[] = [];
  // Every kept span starts at or before the current one, so only the furthest-reaching kept
  // span can contain it.
  let reach: Candidate | null = null;
  let steps = live.length;
  for (const c of live) {
    if (c.letter) {
      kept.push(c);
      continue;
    }
    const inside = reach && reach.end >= c.end && (reach.end > c.end || reach.start < c.start);
    if (inside) steps += reach!.wild?.length ?? 0;
    if (inside && !reach!.wild?.some((w) => w.start <= c.start && c.end <= w.end)) continue; // part of a longer finding
    let duplicate = false;
    for (let j = kept.length - 1; j >= 0 && kept[j].start === c.start && kept[j].end === c.end; j--) {
      steps++;
      if (kept[j].rule === c.rule) duplicate = true;
    }
    if (duplicate) continue;
    kept.push(c);
    if (!reach || c.end > reach.end) reach = c;
  }
  work.steps += steps;
  // kept is a subsequence of live, so already in order (it was sorted again here, which, the sort
  // being stable, changed nothing).
  return kept;
}
