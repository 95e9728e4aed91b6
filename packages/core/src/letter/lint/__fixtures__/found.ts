import type { Channel } from '../../../content/channels.ts';
import type { Locale } from '../../../locales.ts';
import { lintLetter } from '../index.ts';

/** The findings of one code as `[code, marked words]`, the way a user sees them highlighted. */
export function found(
  text: string,
  options: { locale: Locale; formality?: 'formal' | 'informal'; channel?: Channel },
  ...codes: string[]
): [string, string][] {
  return lintLetter(text, options)
    .filter((finding) => codes.includes(finding.code))
    .map((finding) => [
      finding.code,
      finding.start === undefined ? '' : text.slice(finding.start, finding.end),
    ]);
}
