import { isRecord, mistake, oneOf } from '../../developer-errors.ts';
import type { DraftDocument } from '../types.ts';

/** Letters that do not decompose under NFD but have a usual ASCII spelling. */
const transliterations: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  ĳ: 'ij',
  œ: 'oe',
};

const extensions = ['eml', 'txt', 'md'] as const;

/** Names Windows reserves whatever the extension. */
const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A safe download name for a document, from its subject or title: lower-case ASCII words joined by
 * hyphens (`aterkallande-av-min-accept-projektledare.eml`), valid on every file system, never empty.
 *
 * @example
 * ```ts
 * import { documentFilename, generateLetter } from '@rescind/core/letter';
 *
 * const [email] = generateLetter({
 *   locale: 'sv',
 *   channel: 'email',
 *   formality: 'formal',
 *   applicant: { name: 'Anna Berg', email: 'anna@example.se' },
 *   recipient: { name: 'Sara Lind', company: 'Nordlys AB', email: 'sara@nordlys.example' },
 *   position: 'projektledare',
 *   reason: 'career',
 *   startDate: '2027-01-10',
 *   today: '2026-11-21',
 * }).documents;
 * console.log(documentFilename(email, 'eml'));
 * ```
 */
export function documentFilename(document: DraftDocument, extension: 'eml' | 'txt' | 'md'): string {
  if (!isRecord(document) || typeof (document.subject ?? document.title) !== 'string') {
    throw new TypeError(
      mistake(
        'documentFilename',
        'document',
        'a document from generateLetter ({ kind, title })',
        document,
      ),
    );
  }
  if (!(extensions as readonly unknown[]).includes(extension)) {
    throw new RangeError(mistake('documentFilename', 'extension', oneOf(extensions), extension));
  }
  const source = document.subject ?? document.title;
  const slug = source
    .toLowerCase()
    .replace(/[æøßđłĳœ]/g, (char) => transliterations[char] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  const base =
    slug === '' || reserved.test(slug) ? `${document.kind}${slug ? `-${slug}` : ''}` : slug;
  return `${base}.${extension}`;
}
