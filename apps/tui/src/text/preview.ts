import type { UiMessages } from '../i18n/ui-messages.ts';
import type { Letter } from '../state/app.ts';
import { withSubject } from './documents.ts';
import { blank, type Line } from './lines.ts';
import { wrap } from './wrap.ts';

/** A document's own lines, each wrapped to the width; its blank lines kept as paragraph breaks. */
export function documentLines(text: string, width: number): Line[] {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .flatMap((line) =>
      line.trim() === ''
        ? [blank]
        : wrap(line, width).map((part) => ({ text: part, style: 'body' as const })),
    );
}

/** The preview of one document: its text, then the guide's advice, then what the check found. */
export function previewLines(
  letter: Letter,
  index: number,
  width: number,
  messages: UiMessages,
): Line[] {
  const document = letter.result.documents[index];
  if (!document) return [];
  const findings = letter.findings[index] ?? [];
  const heading = (text: string): Line => ({ text, style: 'heading' });
  return [
    ...documentLines(withSubject(document, messages.preview.subject), width),
    blank,
    heading(messages.preview.advice),
    ...letter.result.advice.flatMap((advice) =>
      wrap(advice.message, width, { prefix: '• ' }).map((text): Line => ({ text, style: 'body' })),
    ),
    blank,
    heading(messages.preview.findings),
    ...(findings.length === 0
      ? wrap(messages.preview.noFindings, width).map((text): Line => ({ text, style: 'tip' }))
      : findings.flatMap((finding) =>
          wrap(finding.message, width, { prefix: '• ' }).map(
            (text): Line => ({ text, style: 'body' }),
          ),
        )),
  ];
}
