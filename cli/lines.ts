/**
 * Line and column of an offset, as an editor shows them: \r\n, \r and \n each end one line, and a
 * byte order mark at the start takes no column. Built once per file in one pass; each lookup is a
 * binary search, so a file with thousands of findings stays linear.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly bom: boolean;

  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++; // \r\n is one break
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line and column (in UTF-16 code units) of an offset. */
  at(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const bomColumn = lo === 0 && this.bom && offset > 0 ? 1 : 0;
    return { line: lo + 1, column: offset - starts[lo] + 1 - bomColumn };
  }
}
