/** Content errors always name the file and line, so an author can go straight to the problem. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** Thrown when the content has errors; nothing is emitted. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
}

/** Collects errors across files so one build reports them all. */
export class ErrorList {
  readonly errors: ContentError[] = [];
  add(file: string, line: number, problem: string): void {
    this.errors.push(new ContentError(file, line, problem));
  }
  throwIfAny(): void {
    if (this.errors.length) throw new ContentErrors(this.errors);
  }
}
