import { channels } from '@rescind/core';
import { draftText, type Finding, guessLocale, lintLetter } from '@rescind/core/letter';
import { describeFsError } from '../i18n/fs-reasons.ts';
import { cliMessages } from '../i18n/messages.ts';
import { NotUtf8Error, readTextInput } from '../io/streams.ts';
import { positionsIn } from '../text/position.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';
import type { OptionSpec } from './args.ts';
import { type CommandContext, parseSubcommand } from './context.ts';
import { UsageError } from './usage-error.ts';

export const lintOptions = {
  locale: { type: 'string' },
  formal: { type: 'boolean' },
  informal: { type: 'boolean' },
  channel: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

/**
 * The findings the way linters print them, one a line: `letter.txt:3:1 warning message  code`.
 * A message quotes the draft, and the file name is the caller's: both are shown, never obeyed,
 * by the terminal.
 */
export function formatFindings(file: string, text: string, findings: readonly Finding[]): string {
  const positionOf = positionsIn(text);
  return findings
    .map((finding) => {
      const { line, column } = positionOf(finding.start ?? 0);
      const message = sanitizeForTerminal(finding.message, { multiline: false });
      return `${sanitizeForTerminal(file, { multiline: false })}:${line}:${column} ${finding.severity} ${message}  ${finding.code}`;
    })
    .join('\n');
}

/** `rescind lint`: checks a letter against the guide; exit status 1 when anything is found. */
export async function lintCommand(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  const parsed = parseSubcommand('lint', args, lintOptions, context, 1);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const { usage } = context.messages;
  const file = positionals[0];
  if (file === undefined) throw new UsageError(usage.needsFile, 'lint');
  if (values.formal && values.informal)
    throw new UsageError(usage.conflicting('--formal', '--informal'), 'lint');
  const channel = values.channel;
  if (channel !== undefined && !(channels as readonly unknown[]).includes(channel)) {
    throw new UsageError(usage.badChannel(String(channel)), 'lint');
  }
  let raw: string;
  try {
    raw = await readTextInput(file, context.io);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new UsageError(usage.notUtf8(file), 'lint');
    throw new UsageError(
      usage.cannotRead(file, describeFsError(error, context.locale, 'read')),
      'lint',
    );
  }
  // A saved e-mail (.eml, as the app writes it) is checked by its text body; places in the report
  // are in that text.
  const text = draftText(raw);
  // Without --locale the letter's own language decides, not the terminal's: a Dutch letter is
  // checked as Dutch, and the report is in Dutch.
  const locale =
    typeof values.locale === 'string' && context.locale ? context.locale : guessLocale(text);
  const messages = cliMessages(locale);
  const findings = lintLetter(text, {
    locale,
    ...(values.formal ? { formality: 'formal' as const } : {}),
    ...(values.informal ? { formality: 'informal' as const } : {}),
    ...(channel !== undefined ? { channel: channel as (typeof channels)[number] } : {}),
  });
  const name = file === '-' ? '<stdin>' : file;
  if (findings.length === 0) {
    context.io.stderr.write(sanitizeForTerminal(`${messages.lint.clean(name)}\n`));
    return 0;
  }
  const report = formatFindings(name, text, findings);
  context.io.stdout.write(`${report}\n\n${messages.lint.summary(findings.length)}\n`);
  return 1;
}
