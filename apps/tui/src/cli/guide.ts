import { type Article, getArticle, type Locale } from '@rescind/core';
import { uiMessages } from '../i18n/messages.ts';
import { guideLines, sectionIdsOf, sectionLinesById } from '../text/guide.ts';
import { linesToPlainText } from '../text/lines.ts';
import type { OptionSpec } from './args.ts';
import { type CommandContext, parseSubcommand } from './context.ts';
import { printWidth, writePaged } from './pager.ts';
import { UsageError } from './usage-error.ts';

export const guideOptions = {
  locale: { type: 'string' },
  section: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

/** Requires a language: the flag's, or the environment's when it is one rescind speaks. */
export function requireLocale(context: CommandContext, command: string): Locale {
  if (!context.locale) throw new UsageError(context.messages.usage.needsLocale, command);
  return context.locale;
}

/** `rescind guide`: the guide (or one part of it) as text, or as JSON. */
export async function guideCommand(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  const parsed = parseSubcommand('guide', args, guideOptions, context);
  if (!parsed) return 0;
  const { values } = parsed;
  const locale = requireLocale(context, 'guide');
  const article = getArticle(locale);
  const messages = uiMessages[locale];
  const id = typeof values.section === 'string' ? values.section : undefined;
  // On a terminal, the text follows its width and pages when longer than its screen; in a pipe
  // or a file it is wrapped to 80 columns.
  const width = printWidth(context.io);
  if (id === undefined) {
    if (values.json) context.io.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    else await writePaged(linesToPlainText(guideLines(article, width, messages)), context.io);
    return 0;
  }
  const lines = sectionLinesById(article, id, width, messages);
  if (!lines) {
    throw new UsageError(context.messages.usage.unknownSection(id, sectionIdsOf(article)), 'guide');
  }
  if (values.json)
    context.io.stdout.write(`${JSON.stringify(sectionModel(article, id), null, 2)}\n`);
  else await writePaged(linesToPlainText(lines), context.io);
  return 0;
}

/** The part of the model `--section` names: a group's array, or the one section with that id. */
function sectionModel(article: Article, id: string): unknown {
  switch (id) {
    case 'intro':
      return article.intro;
    case 'reasons':
      return article.reasons;
    case 'steps':
      return article.steps;
    case 'good-faith':
      return article.goodFaith;
    case 'channels':
      return article.channels;
    case 'downsides':
      return article.downsides;
    case 'verdict':
      return article.verdict;
    case 'faq':
      return article.faq;
    default:
      return [
        ...article.reasons,
        ...article.steps,
        ...article.channels,
        ...article.downsides,
        ...article.faq,
      ].find((section) => section.id === id);
  }
}
