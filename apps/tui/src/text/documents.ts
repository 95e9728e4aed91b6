import type { LetterDocument } from '@rescind/core/letter';

/**
 * The documents as one plain text: a single document as it is; several (a letter and the e-mail
 * ahead of it, a call script and the confirming e-mail) each under its title, underlined.
 */
export function documentsAsText(documents: readonly LetterDocument[]): string {
  if (documents.length === 1) return documents[0]?.text ?? '';
  return documents
    .map(
      (document) =>
        `${document.title}\n${'='.repeat([...document.title].length)}\n\n${document.text}`,
    )
    .join('\n\n');
}

/** The documents as one CommonMark text, several each under a `##` heading. */
export function documentsAsMarkdown(documents: readonly LetterDocument[]): string {
  if (documents.length === 1) return documents[0]?.markdown ?? '';
  return `${documents.map((document) => `## ${document.title}\n\n${document.markdown.trimEnd()}`).join('\n\n')}\n`;
}
