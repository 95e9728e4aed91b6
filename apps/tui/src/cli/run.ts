import { isLocale, type Locale } from '@rescind/core';
import { cliEn } from '../i18n/cli-en.ts';
import { localeFromEnv } from '../i18n/env-locale.ts';
import { cliMessages } from '../i18n/messages.ts';
import type { Io } from '../io/streams.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';
import { version } from '../version.ts';
import { closest, type OptionSpec, parseCommandArgs } from './args.ts';
import { type CommandContext, printHelp } from './context.ts';
import { UsageError } from './usage-error.ts';

type Command = (args: readonly string[], context: CommandContext) => Promise<number>;

// Each command is loaded when it runs, so `--version` and `--help` load neither the letter engine
// (and its schema library) nor the guide's text.
const commands: Record<string, () => Promise<Command>> = {
  guide: () => import('./guide.ts').then((module) => module.guideCommand),
  letter: () => import('./letter.ts').then((module) => module.letterCommand),
  lint: () => import('./lint.ts').then((module) => module.lintCommand),
  position: () => import('./position.ts').then((module) => module.positionCommand),
  completions: () => import('./completions.ts').then((module) => module.completionsCommand),
};

const topOptions = {
  locale: { type: 'string' },
  resume: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies OptionSpec;

/**
 * The language asked for with `--locale`, looked up before the arguments are parsed so even a
 * mistake in them is reported in that language. An unknown value is itself a usage error.
 */
function requestedLocale(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--locale') return argv[index + 1];
    if (arg.startsWith('--locale=')) return arg.slice('--locale='.length);
  }
  return undefined;
}

/** The language messages are in: `--locale` when it is one rescind speaks, else the environment's. */
export function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale | undefined {
  const asked = requestedLocale(argv);
  return isLocale(asked) ? asked : localeFromEnv(env);
}

/** CI is "set" the way Ink reads it (is-in-ci): present and not `0` or `false`, even when empty. */
function isCi(env: NodeJS.ProcessEnv): boolean {
  const set = (name: string) => name in env && env[name] !== '0' && env[name] !== 'false';
  return set('CI') || set('CONTINUOUS_INTEGRATION');
}

function isInteractive(io: Io): boolean {
  // CI services attach a pseudo-terminal at times; a CI run must never wait for a key, and Ink
  // would not draw there anyway.
  return Boolean(io.stdin.isTTY && io.stdout.isTTY) && !isCi(io.env);
}

/**
 * Runs `rescind` with `argv` (without node and the script) and returns the exit status:
 * 0 done, 1 the check found problems, 2 a usage or input error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const asked = requestedLocale(argv);
  const locale = localeOf(argv, io.env);
  let context: CommandContext = { io, locale, messages: cliMessages(locale) };
  const [first, ...rest] = argv;
  const command = first !== undefined && !first.startsWith('-') ? first : undefined;
  try {
    if (asked !== undefined && !isLocale(asked)) {
      context = { ...context, locale: undefined, messages: cliEn };
      throw new UsageError(cliEn.usage.badLocale(asked), command);
    }
    if (command !== undefined) {
      const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
      if (!load)
        throw new UsageError(
          context.messages.usage.unknownCommand(command, closest(command, Object.keys(commands))),
        );
      return await (await load())(rest, context);
    }
    return await runTop(argv, context);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const name = error.command ? `rescind ${error.command}` : 'rescind';
    const hint = error.hint ? `${context.messages.usage.seeHelp(name)}\n` : '';
    // The message may quote a file, a flag's value or a path: none of it may reach the terminal raw.
    io.stderr.write(sanitizeForTerminal(`${name}: ${error.message}\n${hint}`));
    return 2;
  }
}

async function runTop(argv: readonly string[], context: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(argv, topOptions, {
    maxPositionals: 0,
    messages: context.messages,
    command: '',
  });
  if (values.version) {
    context.io.stdout.write(`${version}\n`);
    return 0;
  }
  if (values.help) {
    printHelp(context, 'top');
    return 0;
  }
  if (!isInteractive(context.io)) throw new UsageError(context.messages.usage.notInteractive);
  // Loaded only here: the plain CLI must start without Ink and React.
  const { runInteractive } = await import('../app/run-interactive.tsx');
  return runInteractive({
    locale: context.locale,
    resume: typeof values.resume === 'string' ? values.resume : undefined,
  });
}
