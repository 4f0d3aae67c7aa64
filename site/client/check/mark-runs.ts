/**
 * Which mark owns each stretch of the letter, as plain data. Findings can overlap: a long-sentence
 * finding covers the phrase findings inside it. Each stretch goes to the shortest mark covering it,
 * so an inner phrase keeps its own look and the sentence is marked around it (as the extension's
 * textarea mirror does; the site may not import the extension, see LAYERS in eslint.config.js).
 * One sweep over the marks in order of start: linear in the text and the marks but for the few
 * marks open at once.
 */

export interface Run {
  start: number;
  end: number;
  /** Index of the owning mark; -1 for unmarked text. */
  mark: number;
}

export function markRuns(length: number, marks: ReadonlyArray<{ start: number; end: number }>): Run[] {
  const order = marks.map((_, i) => i).filter((i) => marks[i].end > marks[i].start).sort((a, b) => marks[a].start - marks[b].start);
  const cuts = [...new Set([0, length, ...order.flatMap((i) => [marks[i].start, marks[i].end])])].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const open: number[] = [];
  const runs: Run[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c], cuts[c + 1]];
    while (next < order.length && marks[order[next]].start <= from) open.push(order[next++]);
    for (let k = open.length - 1; k >= 0; k--) if (marks[open[k]].end <= from) open.splice(k, 1);
    let owner = -1;
    for (const i of open) {
      if (owner < 0 || marks[i].end - marks[i].start < marks[owner].end - marks[owner].start) owner = i;
    }
    const last = runs[runs.length - 1];
    if (last && last.mark === owner) last.end = to;
    else runs.push({ start: from, end: to, mark: owner });
  }
  return runs;
}
