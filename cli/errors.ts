/** An error whose message is meant for the user as it is: the CLI prints it without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** Process exit code: 1 for bad input, 2 for usage errors. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
