import type { Locale } from '@rescind/core';
import { cliEn } from '../i18n/cli-en.ts';
import type { CliMessages } from '../i18n/cli-messages.ts';
import type { Io } from '../io/streams.ts';
import { type OptionSpec, type ParsedArgs, parseCommandArgs } from './args.ts';

/** What every subcommand gets: the streams, and the language chosen by flag or environment. */
export interface CommandContext {
  io: Io;
  locale: Locale | undefined;
  messages: CliMessages;
}

export type HelpTopic = keyof CliMessages['help'];
export type Subcommand = Exclude<HelpTopic, 'top'>;

/** Writes help in English, then again in the user's language when that is Swedish or Dutch. */
export function printHelp(context: CommandContext, topic: HelpTopic): void {
  const english = cliEn.help[topic];
  const text = context.locale ? `${english}\n\n${context.messages.help[topic]}` : english;
  context.io.stdout.write(`${text}\n`);
}

/**
 * A subcommand's arguments, checked; or, when they ask for `--help`, its help printed and
 * `undefined`, so the command has nothing left to do but exit 0.
 */
export function parseSubcommand(
  command: Subcommand,
  args: readonly string[],
  spec: OptionSpec,
  context: CommandContext,
  maxPositionals = 0,
): ParsedArgs | undefined {
  const parsed = parseCommandArgs(args, spec, {
    maxPositionals,
    messages: context.messages,
    command,
  });
  if (!parsed.values.help) return parsed;
  printHelp(context, command);
  return undefined;
}
