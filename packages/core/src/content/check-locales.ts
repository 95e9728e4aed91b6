import { isRecord, mistake } from '../developer-errors.ts';
import type { Diagnostic } from './diagnostic.ts';
import { contentErrors } from './errors.ts';
import type { Point } from './file-data.ts';

/** One parsed locale file: its path and where each section or promotion id is declared. */
export interface LocaleDocument {
  path: string;
  anchors: Record<string, Point>;
}

/**
 * Both languages must have the same sections and promotions. A section found in one file and not
 * in another is reported in the file that has it, at its heading, naming the file that lacks it.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { dirname, join } from 'node:path';
 * import { checkLocales, safeParseArticle } from '@rescind/core/parse';
 *
 * const content = join(dirname(createRequire(import.meta.url).resolve('@rescind/core/package.json')), 'content');
 * const documents = ['sv.md', 'nl.md'].map((file) => {
 *   const result = safeParseArticle(readFileSync(join(content, file)), { path: file });
 *   return { path: file, anchors: result.success ? result.anchors : {} };
 * });
 * console.log(checkLocales(documents).length); // 0: both languages have the same sections
 * ```
 */
export function checkLocales(documents: readonly LocaleDocument[]): Diagnostic[] {
  const given: unknown = documents;
  if (!Array.isArray(given) || given.some((d: unknown) => !isRecord(d) || !isRecord(d.anchors))) {
    throw new TypeError(
      mistake(
        'checkLocales',
        'documents',
        'a list of { path, anchors } (anchors from safeParseArticle)',
        documents,
      ),
    );
  }
  const diagnostics: Diagnostic[] = [];
  for (const document of documents) {
    for (const other of documents) {
      if (other === document) continue;
      for (const [id, point] of Object.entries(document.anchors)) {
        if (id in other.anchors) continue;
        diagnostics.push({
          path: document.path,
          line: point.line,
          column: point.column,
          code: 'locale-sections',
          message: contentErrors['locale-sections'].message({
            id,
            problem: `is missing from ${other.path}: add it there or remove it here`,
          }),
          severity: 'error',
        });
      }
    }
  }
  return diagnostics;
}
