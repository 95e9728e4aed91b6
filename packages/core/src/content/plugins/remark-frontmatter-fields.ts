import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { isLocale, locales } from '../../locales.ts';
import type { Point } from '../file-data.ts';
import { report } from '../report.ts';

const frontmatterSchema = z.strictObject({
  locale: z.enum(locales),
  title: z.string().trim().min(1),
  date: z.iso.date().optional(),
  source: z.string().trim().min(1).optional(),
  edited: z.iso.date().optional(),
});

type Field = keyof typeof frontmatterSchema.shape;

const hints: Record<Field, string> = {
  locale: `write ${locales.map((locale) => `\`locale: ${locale}\``).join(' or ')}`,
  title: 'write the article’s title as it should appear on the page',
  date: 'write the publication date as YYYY-MM-DD, or leave the field out',
  source: 'say where the text comes from, or leave the field out',
  edited: 'write the date this edition was edited as YYYY-MM-DD, or leave the field out',
};

function isField(key: unknown): key is Field {
  return typeof key === 'string' && key in hints;
}

/**
 * Checks the YAML frontmatter (kept in the tree by remark-frontmatter, so positions count from the
 * file's first line) and hands the fields on as `file.data.frontmatter`.
 */
export default function remarkFrontmatterFields() {
  return (tree: Root, file: VFile): void => {
    const node = tree.children[0];
    if (node?.type !== 'yaml') {
      report(file, 'missing-frontmatter', { line: 1, column: 1 });
      return;
    }
    // The YAML text starts on the line after the opening `---`.
    const firstLine = (node.position?.start.line ?? 1) + 1;
    const lineCounter = new LineCounter();
    const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
    const at = (offset: number | undefined): Point => {
      const { line, col } = lineCounter.linePos(offset ?? 0);
      return { line: firstLine + line - 1, column: col };
    };

    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const problem = error.message.split('\n')[0] ?? error.code;
        report(file, 'bad-frontmatter', at(error.pos[0]), {
          problem: `is not valid YAML (${problem}): fix the text between the \`---\` lines`,
        });
      }
      return;
    }

    const result = frontmatterSchema.safeParse(document.toJS() ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path[0];
        if (issue.code === 'unrecognized_keys') {
          for (const unknown of issue.keys) {
            const pair = document.get(unknown, true) as
              | { range?: [number, number, number] }
              | undefined;
            report(file, 'bad-frontmatter', at(pair?.range?.[0]), {
              problem: `has an unknown field \`${unknown}\`: remove it (known fields: ${Object.keys(hints).join(', ')})`,
            });
          }
          continue;
        }
        if (!isField(key)) continue;
        const value = document.get(key, true) as { range?: [number, number, number] } | undefined;
        if (value === undefined) {
          report(file, 'bad-frontmatter', node.position?.start, {
            problem: `has no \`${key}\`: ${hints[key]}`,
          });
        } else {
          report(file, 'bad-frontmatter', at(value.range?.[0]), {
            problem: `field \`${key}\` is invalid: ${hints[key]}`,
          });
        }
      }
      return;
    }

    const frontmatter = result.data;
    const expected = file.stem;
    if (isLocale(expected) && expected !== frontmatter.locale) {
      const value = document.get('locale', true) as
        | { range?: [number, number, number] }
        | undefined;
      report(file, 'locale-mismatch', at(value?.range?.[0]), {
        declared: frontmatter.locale,
        expected,
        file: file.basename ?? `${expected}.md`,
      });
      return;
    }
    file.data.frontmatter = frontmatter;
  };
}
