import { type Channel, channelFacts, channels } from '@rescind/core';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { blank, type Line } from './lines.ts';
import { displayWidth, wrap } from './wrap.ts';

/** Below this width the comparison is a list: five columns of Swedish or Dutch do not fit. */
export const tableMinWidth = 60;

const gap = '  ';

function rows(labels: UiMessages['guide']['table'], names: Record<Channel, string>): string[][] {
  return channels.map((channel) => {
    const facts = channelFacts[channel];
    return [
      names[channel],
      facts.writtenRecord ? labels.yes : labels.no,
      labels.speeds[facts.speed],
      facts.personal ? labels.yes : labels.no,
      facts.followUp ? labels.followUps[facts.followUp] : labels.none,
    ];
  });
}

const longestWord = (cell: string) => Math.max(...cell.split(' ').map(displayWidth));

/**
 * Column widths that fit `width`: the widest column gives way first, never below its longest word,
 * so a cell wraps between words. `undefined` when even that does not fit.
 */
function fitColumns(table: readonly string[][], width: number): number[] | undefined {
  const columns = table[0]?.length ?? 0;
  const column = (index: number) => table.map((row) => row[index] ?? '');
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...column(i).map(displayWidth)),
  );
  const floors = Array.from({ length: columns }, (_, i) => Math.max(...column(i).map(longestWord)));
  const room = width - gap.length * (columns - 1);
  let total = widths.reduce((sum, w) => sum + w, 0);
  while (total > room) {
    const shrinkable = widths
      .map((w, i) => ({ w, i }))
      .filter(({ w, i }) => w > (floors[i] ?? 0))
      .sort((a, b) => b.w - a.w)[0];
    if (!shrinkable) return undefined;
    widths[shrinkable.i] = shrinkable.w - 1;
    total -= 1;
  }
  return widths;
}

function tableRow(cells: readonly string[], widths: readonly number[]): string[] {
  const wrapped = cells.map((cell, i) => wrap(cell, widths[i] ?? 1));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, line) =>
    wrapped
      .map((lines, i) => {
        const text = lines[line] ?? '';
        return text + ' '.repeat((widths[i] ?? 0) - displayWidth(text));
      })
      .join(gap)
      .trimEnd(),
  );
}

/**
 * The four channels compared on what the guide weighs (a written record, speed, a personal touch,
 * what must follow), from core's `channelFacts`. A table that fits `width`, its cells wrapping
 * between words; a list below 60 columns or when the table cannot fit.
 */
export function channelComparison(
  width: number,
  labels: UiMessages['guide']['table'],
  names: Record<Channel, string>,
): Line[] {
  const header = [
    labels.channel,
    labels.writtenRecord,
    labels.speed,
    labels.personal,
    labels.followUp,
  ];
  const body = rows(labels, names);
  const widths = width >= tableMinWidth ? fitColumns([header, ...body], width) : undefined;
  if (!widths) {
    return body.flatMap((row): Line[] => [
      { text: row[0] ?? '', style: 'subheading' },
      ...row
        .slice(1)
        .flatMap((cell, i) =>
          wrap(`${header[i + 1]}: ${cell}`, width, { prefix: '  ' }).map(
            (text): Line => ({ text, style: 'body' }),
          ),
        ),
    ]);
  }
  const table = (text: string): Line => ({ text, style: 'table' });
  return [
    ...tableRow(header, widths).map(table),
    table(widths.map((w) => '─'.repeat(w)).join(gap)),
    ...body.flatMap((row) => tableRow(row, widths).map(table)),
    blank,
  ];
}
