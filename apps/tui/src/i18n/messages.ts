import type { Locale } from '@rescind/core';
import { cliEn } from './cli-en.ts';
import type { CliMessages } from './cli-messages.ts';
import { cliNl } from './cli-nl.ts';
import { cliSv } from './cli-sv.ts';
import type { UiMessages } from './ui-messages.ts';
import { uiNl } from './ui-nl.ts';
import { uiSv } from './ui-sv.ts';

/** The interactive app's strings: one dictionary per locale, the same keys in each. */
export const uiMessages: Record<Locale, UiMessages> = { sv: uiSv, nl: uiNl };

/** The plain CLI's strings; English when no language is known. */
export function cliMessages(locale: Locale | undefined): CliMessages {
  if (locale === 'sv') return cliSv;
  if (locale === 'nl') return cliNl;
  return cliEn;
}
