/**
 * `@rescind/core/parse`: turns an article's markdown into the validated model, or says precisely
 * what is wrong. Used at build time (scripts/generate-content.ts) and by tests; the browser entry
 * never loads it.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { decodeArticle } from './content/decode.ts';
import { ContentError, type Diagnostic } from './content/diagnostic.ts';
import { contentErrors } from './content/errors.ts';
import type { Point } from './content/file-data.ts';
import remarkArticle from './content/plugins/remark-article.ts';
import remarkCriticMarkup from './content/plugins/remark-critic-markup.ts';
import remarkFrontmatterFields from './content/plugins/remark-frontmatter-fields.ts';
import remarkHeadingIds from './content/plugins/remark-heading-ids.ts';
import remarkPromotions from './content/plugins/remark-promotions.ts';
import { type Article, articleSchema } from './content/schema.ts';

export { checkLocales, type LocaleDocument } from './content/check-locales.ts';
export { ContentError, type Diagnostic, formatDiagnostics } from './content/diagnostic.ts';
export { type ContentErrorCode, contentErrors } from './content/errors.ts';

/** The options of `parseArticle` and `safeParseArticle`. */
export interface ParseOptions {
  /**
   * The file's path, used in diagnostics (`sv.md:12:1`); its name (`sv.md`) also says which
   * locale to expect. Default `'article.md'`.
   */
  path: string;
}

/** What `safeParseArticle` returns: the article and its heading positions, or every diagnostic. */
export type SafeParseResult =
  | { success: true; article: Article; anchors: Record<string, Point> }
  | { success: false; diagnostics: Diagnostic[] };

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkFrontmatterFields)
  .use(remarkHeadingIds)
  .use(remarkCriticMarkup)
  .use(remarkPromotions)
  .use(remarkArticle)
  .freeze();

function at(
  path: string,
  point: Point,
  code: keyof typeof contentErrors,
  message: string,
): Diagnostic {
  return { path, line: point.line, column: point.column, code, message, severity: 'error' };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value} (${String(value)})`;
}

/** Where in the file a schema issue is: the heading of the section it is in, else the first line. */
function placeOf(raw: unknown, issuePath: readonly PropertyKey[], anchors: Record<string, Point>) {
  let value = raw;
  let place: Point = { line: 1, column: 1 };
  for (const key of issuePath) {
    if (value === null || typeof value !== 'object') break;
    value = (value as Record<PropertyKey, unknown>)[key];
    const id = (value as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && anchors[id]) place = anchors[id];
  }
  return place;
}

/**
 * Parses an article, collecting every problem instead of stopping at the first. Never throws: a
 * source that is not text or bytes is a failure too, with a diagnostic that says what to pass.
 * Diagnostics name lines and columns of the markdown file (`options.path`).
 *
 * @example
 * ```ts
 * import { safeParseArticle } from '@rescind/core/parse';
 *
 * const result = safeParseArticle('---\nlocale: nl\n---\n', { path: 'nl.md' });
 * console.log(result.success || result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`));
 * ```
 */
export function safeParseArticle(
  source: string | Uint8Array,
  options: ParseOptions = { path: 'article.md' },
): SafeParseResult {
  const path = typeof options?.path === 'string' ? options.path : 'article.md';
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    const message = contentErrors['not-markdown'].message({ given: describe(source) });
    return {
      success: false,
      diagnostics: [at(path, { line: 1, column: 1 }, 'not-markdown', message)],
    };
  }
  const decoded = decodeArticle(source);
  if (!decoded.ok) {
    const message = contentErrors['not-utf8'].message({ byte: decoded.byte });
    return { success: false, diagnostics: [at(path, decoded.at, 'not-utf8', message)] };
  }
  if (decoded.text.trim() === '') {
    const message = contentErrors['empty-file'].message(undefined);
    return {
      success: false,
      diagnostics: [at(path, { line: 1, column: 1 }, 'empty-file', message)],
    };
  }

  const file = new VFile({ path, value: decoded.text });
  processor.runSync(processor.parse(file), file);

  const diagnostics: Diagnostic[] = file.messages.map((message) => ({
    path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    ...(message.place && 'end' in message.place
      ? { endLine: message.place.end.line, endColumn: message.place.end.column }
      : {}),
    code: message.ruleId ?? 'unknown',
    message: message.reason,
    severity: message.fatal ? 'error' : 'warning',
  }));
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    return { success: false, diagnostics };
  }

  const result = articleSchema.safeParse(file.data.article);
  if (!result.success) {
    const anchors = file.data.anchors ?? {};
    return {
      success: false,
      diagnostics: result.error.issues.map((issue) =>
        at(
          path,
          placeOf(file.data.article, issue.path, anchors),
          'invalid-model',
          contentErrors['invalid-model'].message({
            where: issue.path.join('.') || 'the top level',
            problem: issue.message,
          }),
        ),
      ),
    };
  }
  return { success: true, article: result.data, anchors: file.data.anchors ?? {} };
}

/**
 * Parses an article's markdown (text or bytes) into the validated model.
 * @throws {ContentError} with every problem found; never returns a partial model.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { dirname, join } from 'node:path';
 * import { parseArticle } from '@rescind/core/parse';
 *
 * // The package ships the guide's markdown in content/.
 * const manifest = createRequire(import.meta.url).resolve('@rescind/core/package.json');
 * const file = join(dirname(manifest), 'content/sv.md');
 * console.log(parseArticle(readFileSync(file), { path: 'sv.md' }).steps.length); // 5
 * ```
 */
export function parseArticle(
  source: string | Uint8Array,
  options: ParseOptions = { path: 'article.md' },
): Article {
  const result = safeParseArticle(source, options);
  if (!result.success) throw new ContentError(result.diagnostics);
  return result.article;
}
