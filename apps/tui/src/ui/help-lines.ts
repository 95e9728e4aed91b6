import type { UiMessages } from '../i18n/ui-messages.ts';
import type { AppState } from '../state/app.ts';
import { fieldWords } from '../state/fields.ts';
import { currentField } from '../state/wizard.ts';
import { blank, type Line } from '../text/lines.ts';
import { displayWidth, wrap } from '../text/wrap.ts';
import { keyDefs, screenKeys } from './keys.ts';

/**
 * In the wizard, the help opens with why the question is asked (core's words): a short terminal
 * has no room for it under the question, and `?` is where a person looks.
 */
function whyWeAsk(state: AppState, messages: UiMessages, width: number): Line[] {
  const field = state.screen === 'wizard' && state.wizard ? currentField(state.wizard) : undefined;
  if (!state.wizard || !field) return [];
  const { label, why } = fieldWords(field, state.wizard.locale);
  return [
    ...wrap(label, width).map((text): Line => ({ text, style: 'subheading' })),
    ...wrap(`${messages.wizard.why} ${why}`, width).map((text): Line => ({ text, style: 'body' })),
    blank,
  ];
}

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
    ...whyWeAsk(state, messages, width),
    ...lines,
    { text: '', style: 'body' },
    ...wrap(messages.help.close, width).map((text): Line => ({ text, style: 'tip' })),
  ];
}
