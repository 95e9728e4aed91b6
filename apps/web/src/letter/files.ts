import type { Locale } from '@rescind/core';
import type { DocumentKind } from '@rescind/core/letter';

/** The kinds of file a draft can be saved as. */
export type FileFormat = 'txt' | 'md' | 'eml' | 'pdf' | 'docx';

const mimeTypes: Record<FileFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  eml: 'message/rfc822',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const baseNames: Record<Locale, Record<DocumentKind, string>> = {
  sv: {
    email: 'e-post',
    letter: 'brev',
    'call-script': 'samtalsmanus',
    'meeting-notes': 'mötespunkter',
  },
  nl: {
    email: 'e-mail',
    letter: 'brief',
    'call-script': 'belscript',
    'meeting-notes': 'gesprekspunten',
  },
};

/**
 * A file name a person recognises in their downloads folder: the document and the company,
 * reduced to characters every file system accepts ("brev-acme-ab.txt").
 */
export function fileName(locale: Locale, kind: DocumentKind, company: string, format: FileFormat) {
  const slug = company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = baseNames[locale][kind];
  return `${slug ? `${base}-${slug}` : base}.${format}`;
}

/** Saves text as a file in the browser: a Blob URL, so nothing travels over the network. */
export function download(
  name: string,
  format: FileFormat,
  content: string | Blob | Uint8Array,
): void {
  const blob =
    content instanceof Blob
      ? content
      : new Blob([content as BlobPart], { type: mimeTypes[format] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download synchronously; the URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
