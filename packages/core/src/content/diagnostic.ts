import { mistake } from '../developer-errors.ts';
/** One problem found in an article file, located the way editors and remark-lint locate them. */
export interface Diagnostic {
  /** The file as the caller named it (`content/nl.md`). */
  path: string;
  /** 1-based line and column where the problem starts. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A stable code from the error catalogue (`empty-section`); never renamed. */
  code: string;
  /** What is wrong and what to do about it. */
  message: string;
  severity: 'error' | 'warning';
}

function place(diagnostic: Diagnostic): string {
  const start = `${diagnostic.line}:${diagnostic.column}`;
  if (diagnostic.endLine === undefined || diagnostic.endColumn === undefined) return start;
  return `${start}-${diagnostic.endLine}:${diagnostic.endColumn}`;
}

/**
 * Renders diagnostics one a line, the way remark-lint does, then a count:
 * `nl.md:88:1-88:20 error Step 3 has no body: add a paragraph under the heading  empty-section`.
 *
 * @example
 * ```ts
 * import { formatDiagnostics, safeParseArticle } from '@rescind/core/parse';
 *
 * const result = safeParseArticle('', { path: 'nl.md' });
 * if (!result.success) console.log(formatDiagnostics(result.diagnostics)); // nl.md:1:1 error The file is empty: …
 * ```
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const given: unknown = diagnostics;
  if (!Array.isArray(given)) {
    throw new TypeError(
      mistake(
        'formatDiagnostics',
        'diagnostics',
        'a list of diagnostics, as safeParseArticle returns',
        diagnostics,
      ),
    );
  }
  const sorted = [...diagnostics].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column,
  );
  const lines = sorted.map((d) => `${d.path}:${place(d)} ${d.severity} ${d.message}  ${d.code}`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return [...lines, counts.join(', ')].join('\n');
}

/**
 * Thrown when an article cannot become a model. Holds every problem found, not just the first.
 *
 * @example
 * ```ts
 * import { ContentError, parseArticle } from '@rescind/core/parse';
 *
 * try {
 *   parseArticle('', { path: 'sv.md' });
 * } catch (error) {
 *   if (error instanceof ContentError) console.log(error.diagnostics.map((d) => d.code)); // ['empty-file']
 * }
 * ```
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(`The article has problems:\n${formatDiagnostics(diagnostics)}`);
    this.diagnostics = diagnostics;
  }
}
