import type { Position } from '@rescind/core/letter';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { blank, type Line } from './lines.ts';
import { sanitizeLine } from './sanitize.ts';
import { wrap } from './wrap.ts';

/**
 * Where the person stands, as lines for the screen and for `rescind position`: the outcome in one
 * sentence, the dates, core's messages in its order, what is at stake, the sources and, last, that
 * this is information and not legal advice. Every fact is core's; `formatDate` is core's too
 * (passed in, so the interactive app loads the letter engine only when it needs it). With
 * `breakUrls: false` (printed text) a source's URL stays on one line however long it is.
 */
export function standingLines(
  position: Position,
  width: number,
  messages: UiMessages,
  formatDate: (iso: string) => string,
  options: { breakUrls?: boolean } = {},
): Line[] {
  const words = messages.position;
  const paragraph = (text: string, style: Line['style'] = 'body', prefix = ''): Line[] =>
    wrap(sanitizeLine(text), width, { prefix }).map((part) => ({ text: part, style }));
  const heading = (text: string): Line[] => [blank, ...paragraph(text, 'heading')];
  const disclaimer = position.messages.find((message) => message.code === 'not-legal-advice');
  // The exposure is a message of its own too; it is shown once, under its heading.
  const details = position.messages.filter(
    (message) =>
      message !== disclaimer && !(message.code === 'exposure' && position.exposure !== undefined),
  );
  const dates = [
    ...(position.noticeGiven
      ? paragraph(`${words.noticeGiven}: ${formatDate(position.noticeGiven)}`)
      : []),
    ...(position.lastDay ? paragraph(`${words.lastDay}: ${formatDate(position.lastDay)}`) : []),
  ];
  return [
    ...paragraph(words.outcomes[position.outcome], 'subheading'),
    ...(dates.length > 0 ? [blank, ...dates] : []),
    ...(details.length > 0 ? heading(words.details) : []),
    ...details.flatMap((message) => paragraph(message.message, 'body', '• ')),
    ...(position.exposure ? [...heading(words.exposure), ...paragraph(position.exposure)] : []),
    ...(position.sources.length > 0 ? heading(words.sources) : []),
    ...position.sources.flatMap((source) => [
      ...paragraph(source.title, 'body', '• '),
      // Printed text keeps a URL whole, so it can be copied; a view must fit its width.
      ...(options.breakUrls === false
        ? [{ text: `  ${sanitizeLine(source.url)}`, style: 'body' as const }]
        : paragraph(source.url, 'body', '  ')),
    ]),
    ...(disclaimer ? [blank, ...paragraph(disclaimer.message, 'tip')] : []),
  ];
}
