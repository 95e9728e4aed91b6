import { isLocale, type Locale, locales } from '../locales.ts';
import { articles } from './articles.generated.ts';
import type { Article } from './schema.ts';

/**
 * The guide in one language, as parsed and validated at build time from content/<locale>.md.
 * Also served alone as `@rescind/core/article`, which loads no zod: for a terminal that must
 * start fast.
 * @throws {RangeError} for a locale rescind does not speak (possible from untyped callers).
 */
export function getArticle(locale: Locale): Article {
  if (!isLocale(locale)) {
    throw new RangeError(`Unknown locale "${String(locale)}": use one of ${locales.join(', ')}`);
  }
  return articles[locale];
}
