import { isLocale, type Locale, locales } from '../locales.ts';
import { articles } from './articles.generated.ts';
import { deepFreeze } from './freeze.ts';
import type { Article } from './schema.ts';

/**
 * The guide in one language, as parsed and validated at build time from content/<locale>.md.
 * The object is shared and deeply frozen: every call returns the same one, and changing it throws
 * in strict mode (copy it with `structuredClone` to edit). Also served alone as
 * `@rescind/core/article`, which loads no zod, and per language as `@rescind/core/article/sv`
 * and `@rescind/core/article/nl`, which load one guide only.
 *
 * @example
 * ```ts
 * import { getArticle } from '@rescind/core/article';
 *
 * const guide = getArticle('sv');
 * console.log(guide.steps.map((step) => step.title));
 * ```
 * @throws {RangeError} for a locale rescind does not speak (possible from untyped callers).
 */
export function getArticle(locale: Locale): Article {
  if (!isLocale(locale)) {
    throw new RangeError(
      `getArticle: unknown locale ${JSON.stringify(locale)}; pass one of ${locales.map((l) => `"${l}"`).join(', ')}.`,
    );
  }
  return deepFreeze(articles[locale]);
}
