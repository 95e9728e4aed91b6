import type { Locale } from '@rescind/core';
import type { CliMessages } from '../i18n/cli-messages.ts';
import type { Io } from '../io/streams.ts';

/** What every subcommand gets: the streams, and the language chosen by flag or environment. */
export interface CommandContext {
  io: Io;
  locale: Locale | undefined;
  messages: CliMessages;
}

/** Writes help in English, then again in the user's language when that is Swedish or Dutch. */
export function printHelp(context: CommandContext, english: string, localized: string): void {
  const text = context.locale ? `${english}\n\n${localized}` : english;
  context.io.stdout.write(`${text}\n`);
}
