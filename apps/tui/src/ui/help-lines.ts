import type { UiMessages } from '../i18n/ui-messages.ts';
import type { AppState } from '../state/app.ts';
import type { Line } from '../text/lines.ts';
import { displayWidth, wrap } from '../text/wrap.ts';
import { keyDefs, screenKeys } from './keys.ts';

/**
 * The help for the screen showing: every key that works there, its glyphs in a column and what it
 * does wrapped beside them (under them when the terminal is too narrow for a column).
 */
export function helpLines(state: AppState, messages: UiMessages, width: number): Line[] {
  const { all } = screenKeys({ ...state, help: false });
  const column = Math.max(...all.map((id) => displayWidth(keyDefs[id].helpGlyph))) + 2;
  const side = width - column >= 16;
  const lines = all.flatMap((id): Line[] => {
    const glyph = keyDefs[id].helpGlyph;
    const what = messages.keyHelp[id];
    if (!side)
      return [
        { text: glyph, style: 'subheading' },
        ...wrap(what, width - 2).map((text): Line => ({ text: `  ${text}`, style: 'body' })),
      ];
    return wrap(what, width - column).map(
      (text, index): Line => ({
        text: `${index === 0 ? glyph.padEnd(column) : ' '.repeat(column)}${text}`,
        style: 'body',
      }),
    );
  });
  return [
    ...lines,
    { text: '', style: 'body' },
    ...wrap(messages.help.close, width).map((text): Line => ({ text, style: 'tip' })),
  ];
}
