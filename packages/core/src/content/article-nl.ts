/**
 * `@rescind/core/article/nl`: the Dutch guide alone, for an app that speaks only Dutch (a
 * bundle of this entry carries no other language). The same deeply frozen object as
 * `getArticle('nl')`.
 *
 * @example
 * ```ts
 * import { article } from '@rescind/core/article/nl';
 *
 * console.log(article.locale, article.title);
 * ```
 */
import { article as generated } from './article.nl.generated.ts';
import { deepFreeze } from './freeze.ts';
import type { Article } from './schema.ts';

/** The guide's type, as `getArticle` returns it. */
export type { Article } from './schema.ts';

/** The Dutch guide, as parsed and validated at build time from content/nl.md. */
export const article: Article = deepFreeze(generated);
