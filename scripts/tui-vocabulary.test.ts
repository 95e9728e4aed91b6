import { describe, expect, it } from 'vitest';
import { cliMessages, uiMessages } from '../apps/tui/src/i18n/messages.ts';
import {
  dutchRegister,
  findAvoidedTerms,
  type Locale,
  locales,
} from '../packages/core/src/index.ts';
import { getFormVocabulary } from '../packages/core/src/vocabulary/index.ts';
// The hunspell dictionaries and the reviewed allow-list core's own texts are checked with. The
// check lives here, not in the app, because it reads two packages' files.
import { misspelledWords } from '../packages/core/test/spell.ts';

/** Every string a dictionary can produce; phrase functions are called with neutral arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return [String((value as (...args: unknown[]) => unknown)('2', '2', '2'))];
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * What a person reads in the terminal. The CLI's `--help` pages are left out here: they are
 * mostly flags, values and section ids, which are code, not prose.
 */
function prose(locale: Locale): string[] {
  const { help: _, ...cli } = cliMessages(locale);
  return [...strings(uiMessages[locale]), ...strings(cli)];
}

describe.each(locales)('the terminal app’s %s text', (locale) => {
  it('uses no term the vocabulary marks as wrong for the locale', () => {
    const wrong = prose(locale).flatMap((text) =>
      findAvoidedTerms(locale, text).map((found) => found.found),
    );
    expect(wrong).toEqual([]);
  });

  it('is spelled as the hunspell dictionary (or the reviewed allow-list) spells it', {
    timeout: 60_000,
  }, () => {
    // Help text names flags, values and file names as typed: take out what looks like code.
    const text = prose(locale)
      .join('\n')
      .replace(
        /(?<!\p{L})--?[a-z][\w-]*|\S*\.(?:txt|md|eml|json)\b|`[^`]*`|\b[a-z]+(?:\|[a-z-]+)+\b/gu,
        ' ',
      );
    expect(
      misspelledWords(locale, text, [
        ...[
          'rescind',
          'guide',
          'letter',
          'lint',
          'position',
          'completions',
          'stdin',
          'JSON',
          'UTF',
        ],
        ...['JJJJ-MM-DD', 'ÅÅÅÅ-MM-DD'],
        ...['sv', 'nl', 'text', 'md', 'eml', 'json', 'email', 'phone', 'meeting'],
        ...['Esc', 'PgUp', 'PgDn', 'Ctrl-C', 'Ctrl-U', 'Ctrl-Z', 'fg'],
        // Compounds the dictionary lacks, formed the way Dutch forms compounds.
        ...['onderwerpregel', 'Onderwerpregel', 'aanvulscript'],
        // The shells `rescind completions` writes for.
        ...['bash', 'zsh', 'fish'],
      ]),
    ).toEqual([]);
  });
});

describe('the terminal app’s Dutch text', () => {
  it('addresses the reader as je, never u', () => {
    const texts = [...strings(uiMessages.nl), ...strings(cliMessages('nl'))];
    expect(
      texts.filter((text) => dutchRegister(text) === 'u' || dutchRegister(text) === 'mixed'),
    ).toEqual([]);
  });
});

describe.each(locales)('the terminal app’s %s dictionary', (locale) => {
  it('names no field and no choice itself: those words are core’s form vocabulary', () => {
    const form = getFormVocabulary(locale);
    const core = new Set([
      ...Object.values(form.fields).flatMap((words) => [words.label, words.hint, words.why]),
      ...Object.values(form.choices).flatMap((group) =>
        Object.values(group).flatMap((choice) => [choice.label, choice.hint]),
      ),
    ]);
    // The guide's comparison table names the channels with core's words for them.
    const { choices: _channels, ...own } = uiMessages[locale];
    expect(strings(own).filter((text) => core.has(text))).toEqual([]);
  });
});
