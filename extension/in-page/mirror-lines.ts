/**
 * The textarea mirror's layout, as plain data (unit-tested without a browser): which mark owns each
 * stretch of text, cut into lines. Marks can overlap: a sentence-length finding covers the phrase
 * findings inside it. Each stretch goes to the shortest mark covering it, so an inner phrase keeps
 * its own underline and the long sentence is underlined around it.
 */

export interface Segment {
  start: number;
  end: number;
  /** Index of the mark that owns this stretch. */
  mark: number;
}

/** A run of one line: offsets relative to the line, mark -1 for unmarked text. */
export interface Run {
  start: number;
  end: number;
  mark: number;
}

export interface LineRun {
  /** Offset of the line in the text. */
  offset: number;
  text: string;
  /** Covers the whole line, in order; empty for an empty line. */
  runs: Run[];
}

/** Non-overlapping, ordered stretches, each owned by the shortest mark covering it. */
export function markSegments(marks: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const points = new Set<number>();
  marks.forEach((m) => {
    if (m.end > m.start) points.add(m.start).add(m.end);
  });
  const cuts = [...points].sort((a, b) => a - b);
  const order = marks.map((_, i) => i).filter((i) => marks[i].end > marks[i].start).sort((a, b) => marks[a].start - marks[b].start);
  const open: number[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c];
    const to = cuts[c + 1];
    while (next < order.length && marks[order[next]].start <= from) open.push(order[next++]);
    // Drop marks that have ended; few are ever open at once (a sentence and a phrase or two).
    for (let i = open.length - 1; i >= 0; i--) if (marks[open[i]].end <= from) open.splice(i, 1);
    if (open.length === 0) continue;
    let owner = open[0];
    for (const i of open) {
      const len = marks[i].end - marks[i].start;
      const best = marks[owner].end - marks[owner].start;
      if (len < best || (len === best && i < owner)) owner = i;
    }
    const last = out[out.length - 1];
    if (last && last.mark === owner && last.end === from) last.end = to;
    else out.push({ start: from, end: to, mark: owner });
  }
  return out;
}

/** Cuts the text into lines at each "\n", each with the runs of marked and unmarked text it holds. */
export function splitLines(text: string, segments: readonly Segment[]): LineRun[] {
  const lines: LineRun[] = [];
  let s = 0; // first segment that may still reach this line
  for (let at = 0; ; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const runs: Run[] = [];
    let pos = at;
    for (let k = s; k < segments.length && segments[k].start < end; k++) {
      const from = Math.max(segments[k].start, at);
      const to = Math.min(segments[k].end, end);
      if (to <= from) continue;
      if (from > pos) runs.push({ start: pos - at, end: from - at, mark: -1 });
      runs.push({ start: from - at, end: to - at, mark: segments[k].mark });
      pos = to;
    }
    if (end > pos) runs.push({ start: pos - at, end: end - at, mark: -1 });
    lines.push({ offset: at, text: text.slice(at, end), runs });
    while (s < segments.length && segments[s].end <= end + 1) s++;
    if (nl < 0) return lines;
    at = nl + 1;
  }
}
