/**
 * Maps offsets in extracted text back to the source it came from, when extraction shortened some
 * stretches (an HTML entity, "&rsquo;", becomes one character). Stores one entry per shortened
 * stretch, not per character; a lookup is a binary search.
 */
export class OffsetMap {
  /** Text offsets from which the source lies further on, increasing. */
  private readonly at: number[] = [];
  /** How much further on (source offset minus text offset), from at[k] on. */
  private readonly shift: number[] = [];

  /** From textOffset on, each text offset is `shift` behind its source offset. */
  mark(textOffset: number, shift: number): void {
    this.at.push(textOffset);
    this.shift.push(shift);
  }

  /**
   * The source offset of a text offset. A stretch's replacement maps to its start, and the offset
   * just after it to just after the stretch, so a finding's [start, end) covers whole entities.
   */
  toSource = (offset: number): number => {
    const at = this.at;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? offset : offset + this.shift[lo - 1];
  };
}
