import { requireLocale } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';
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
 * @throws {RangeError} for a locale rescind does not speak (possible from untyped callers):
 *   `getArticle: locale must be 'sv' or 'nl', got 'de'.`
 */
export function getArticle(locale: Locale): Article {
  return deepFreeze(articles[requireLocale('getArticle', locale)]);
}
