/**
 * Raw phrase matches as four int32s each (group, first token, last token, wildcard mask) in one
 * growable array, instead of an object per match. A checker reuses one buffer from check to check.
 */
export class MatchBuffer {
  data = new Int32Array(256);
  /** Number of matches (data holds 4 * length ints). */
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(group: number, first: number, last: number, wildMask: number): void {
    let k = this.length * 4;
    if (k === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const d = this.data;
    d[k++] = group;
    d[k++] = first;
    d[k++] = last;
    d[k] = wildMask;
    this.length++;
  }
}
