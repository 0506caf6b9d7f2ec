/** Bad command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose `--help` the hint should point at. */
    readonly command?: string,
  ) {
    super(message);
  }
}
