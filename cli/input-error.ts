/** A problem with one input, reported as one line naming it; the other inputs are still checked. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
