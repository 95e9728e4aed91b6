import type { LetterDocument } from '@rescind/core/letter';

/**
 * The documents as one plain text: a single document as it is; several (a letter and the e-mail
 * ahead of it, a call script and the confirming e-mail) each under its title, underlined.
 */
export function documentsAsText(
  documents: readonly LetterDocument[],
  subjectLabel: string,
): string {
  if (documents.length === 1) return withSubject(documents[0], subjectLabel);
  return documents
    .map(
      (document) =>
        `${document.title}\n${'='.repeat([...document.title].length)}\n\n${withSubject(document, subjectLabel)}`,
    )
    .join('\n\n');
}

/**
 * An e-mail's text with its subject line above it: the subject is a header of the message, not
 * part of its body, so core's text leaves it out; a posted letter has its subject in the text.
 */
export function withSubject(document: LetterDocument | undefined, label: string): string {
  if (!document) return '';
  if (document.kind !== 'email' || !document.subject) return document.text;
  return `${label}: ${document.subject}\n\n${document.text}`;
}

/** The same for CommonMark, the subject in bold. */
export function markdownWithSubject(document: LetterDocument, label: string): string {
  if (document.kind !== 'email' || !document.subject) return document.markdown;
  return `**${label}:** ${document.subject}\n\n${document.markdown}`;
}

/** The documents as one CommonMark text, several each under a `##` heading. */
export function documentsAsMarkdown(
  documents: readonly LetterDocument[],
  subjectLabel: string,
): string {
  const [only] = documents;
  if (documents.length === 1 && only) return markdownWithSubject(only, subjectLabel);
  return `${documents.map((document) => `## ${document.title}\n\n${markdownWithSubject(document, subjectLabel).trimEnd()}`).join('\n\n')}\n`;
}
