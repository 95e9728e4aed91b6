/** The languages rescind speaks. Every article, phrasebook and UI string exists in each. */
export const locales = ['sv', 'nl'] as const;
/** `'sv'` or `'nl'`. */
export type Locale = (typeof locales)[number];

/**
 * Is `value` a locale rescind speaks? A type guard for untyped input.
 *
 * @example
 * ```ts
 * import { isLocale } from '@rescind/core';
 *
 * console.log(isLocale('nl'), isLocale('en')); // true false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
