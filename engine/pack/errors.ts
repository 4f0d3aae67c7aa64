/** The one kind of error that reading or merging a pack throws: every problem, each naming where it is. */
export class PackError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? `this pack cannot be used: ${problems[0]}` : `this pack cannot be used:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PackError';
  }
}
