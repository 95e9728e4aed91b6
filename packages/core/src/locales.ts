/** The languages rescind speaks. Every article, phrasebook and UI string exists in each. */
export const locales = ['sv', 'nl'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
