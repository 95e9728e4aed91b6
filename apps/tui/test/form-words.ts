import type { Locale } from '@rescind/core';
import { type FormField, getFormVocabulary } from '@rescind/core/vocabulary';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A question on screen: core's label for the field on a line of its own. The terminal tests wait
 * for core's words rather than copies of them, so a better wording in core needs no test changes.
 */
export function asked(locale: Locale, path: FormField): RegExp {
  return new RegExp(`^${escaped(getFormVocabulary(locale).fields[path].label)}\\s*$`, 'm');
}

/** The review's line for a field: core's label, then the answer. */
export function reviewed(locale: Locale, path: FormField, answer: string): string {
  const { label } = getFormVocabulary(locale).fields[path];
  return /[?:]$/.test(label) ? `${label} ${answer}` : `${label}: ${answer}`;
}

/** Core's name for a choice, as a list shows it. */
export const choices = (locale: Locale) => getFormVocabulary(locale).choices;
