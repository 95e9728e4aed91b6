/**
 * `@rescind/core/article/sv`: the Swedish guide alone, for an app that speaks only Swedish (a
 * bundle of this entry carries no other language). The same deeply frozen object as
 * `getArticle('sv')`.
 *
 * @example
 * ```ts
 * import { article } from '@rescind/core/article/sv';
 *
 * console.log(article.locale, article.title);
 * ```
 */
import { article as generated } from './article.sv.generated.ts';
import { deepFreeze } from './freeze.ts';
import type { Article } from './schema.ts';

/** The guide's type, as `getArticle` returns it. */
export type { Article } from './schema.ts';

/** The Swedish guide, as parsed and validated at build time from content/sv.md. */
export const article: Article = deepFreeze(generated);
