/**
 * A mistake in how rescind was called or in the answers given to it: printed to stderr with the
 * command's name, and the process exits with status 2. `message` is already in the user's language.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The subcommand whose `--help` shows the way, when one applies. */
  readonly command: string | undefined;
  /** Whether "see --help" follows: not for a problem no option fixes (a full disk). */
  readonly hint: boolean;

  constructor(message: string, command?: string, options: { hint?: boolean } = {}) {
    super(message);
    this.command = command;
    this.hint = options.hint ?? true;
  }
}
