/** An error a command-line tool reports as one sentence and an exit code, without a stack trace. */
export class CliError extends Error {
  // A plain field rather than a constructor parameter property, so Node can run this file by
  // stripping types alone (scripts/figures.mjs runs it without a TypeScript loader for start-up time).
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Exit code for an error, honouring `exitCode` on typed errors (data errors use 65, EX_DATAERR). */
export function exitCodeOf(err: unknown): number {
  if (err && typeof err === 'object' && 'exitCode' in err && typeof err.exitCode === 'number') return err.exitCode;
  return 1;
}
