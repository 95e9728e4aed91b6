import type { Locale } from '../../locales.ts';
import { netherlands } from './nl.ts';
import { sweden } from './sv.ts';
import type { Jurisdiction } from './types.ts';

/**
 * The law that applies, by the answers' locale: a Swedish letter goes to a Swedish employer, a
 * Dutch one to a Dutch employer. A new country is a new module here, and a compile error until
 * its rules and wording exist.
 */
// Each module is typed by its own codes and rule ids, so a missing wording or rule is caught there.
export const jurisdictions: Record<Locale, Jurisdiction<string, string>> = {
  sv: sweden,
  nl: netherlands,
};
