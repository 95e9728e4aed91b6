import type { Finding } from '@rescind/core/letter';
import type { UiMessages } from '../i18n/ui-messages.ts';
import type { Line } from './lines.ts';
import { positionsIn } from './position.ts';
import { sanitizeLine } from './sanitize.ts';
import { wrap } from './wrap.ts';

/** Findings on a checked letter, each at its line and column as an editor counts them. */
export function findingLines(
  text: string,
  findings: readonly Finding[],
  width: number,
  messages: UiMessages,
): Line[] {
  if (findings.length === 0)
    return wrap(messages.check.clean, width).map((line) => ({ text: line, style: 'tip' }));
  const positionOf = positionsIn(text);
  return findings.flatMap((finding) => {
    const { line, column } = positionOf(finding.start ?? 0);
    const prefix = `${line}:${column} ${messages.check.severity[finding.severity]}: `;
    // A message quotes the draft: made visible before it is wrapped, so the widths hold.
    return wrap(sanitizeLine(finding.message), width, { prefix }).map(
      (part): Line => ({ text: part, style: 'body' }),
    );
  });
}
