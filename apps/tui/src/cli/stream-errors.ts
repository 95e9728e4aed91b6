import { readlinkSync } from 'node:fs';
import type { Locale } from '@rescind/core';
import { describeFsError } from '../i18n/fs-reasons.ts';
import { cliMessages } from '../i18n/messages.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';

/** What stdout is, named as the person would: the file it was redirected to, where the system says. */
function stdoutName(): string {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    if (target.startsWith('/')) return target;
  } catch {
    // Not Linux, or no /proc: the stream's own name will do.
  }
  return 'stdout';
}

/**
 * Output that cannot be written ends the program with one line, never a stack trace. A reader
 * that went away (`rescind guide | head`) is no error at all: stop, status 0, as `cat` does.
 */
export function outputFailed(
  error: unknown,
  locale: Locale | undefined,
  stderr: NodeJS.WritableStream,
): number {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') return 0;
  const { usage } = cliMessages(locale);
  const message = usage.cannotWrite(stdoutName(), describeFsError(error, locale));
  try {
    stderr.write(sanitizeForTerminal(`rescind: ${message}\n`));
  } catch {
    // stderr is gone too: the exit status is all that is left to say it.
  }
  return 2;
}

/** Any other failure, as one line: what went wrong and, for a file, which. */
export function unexpectedFailure(
  error: unknown,
  locale: Locale | undefined,
  stderr: NodeJS.WritableStream,
): number {
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  const { usage } = cliMessages(locale);
  const reason = describeFsError(error, locale);
  const message = path ? usage.cannotWrite(path, reason) : reason;
  stderr.write(sanitizeForTerminal(`rescind: ${message}\n`));
  return 2;
}
