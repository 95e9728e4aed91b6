import type { Locale } from '@rescind/core';
import type { DocumentKind } from '@rescind/core/letter';
import { AlignmentType, Document, FrameAnchorType, Packer, Paragraph, TextRun } from 'docx';
import { letterLayout, letterParts, type PrintSource } from './printed-letter.tsx';

/**
 * The Word download (.docx): the letter in the same A4 layout as the print and the PDF, the
 * sender, date and recipient in frames placed on the page (`letterLayout`), so the recipient
 * lands in the envelope window however the person edits the body. Loaded only when asked for.
 */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const font = 'Georgia';

function lines(text: string, size = 21): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, size, font }));
}

function framed(text: string, x: number, y: number, widthMm: number): Paragraph {
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: { x: twips(x), y: twips(y) },
      width: twips(widthMm),
      height: twips(30),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    },
    children: lines(text, 20),
  });
}

export async function documentDocx(
  options: PrintSource & { locale: Locale; kind: DocumentKind; title: string },
): Promise<Blob> {
  const parts = letterParts(options);
  const paragraph = (text: string, after = 200) =>
    new Paragraph({ spacing: { after }, children: lines(text) });
  const margin = { top: twips(15), bottom: twips(18), left: twips(20), right: twips(20) };
  const page = { size: { width: twips(210), height: twips(297) }, margin };

  let children: Paragraph[];
  if (!parts) {
    children = options.text
      .replace(/\s+$/, '')
      .split(/\n[ \t]*\n+/)
      .map((block) => paragraph(block, 160));
  } else {
    const layout = letterLayout[options.locale];
    const head = [
      framed(parts.sender, 20, 15, 95),
      ...(layout.dateLeft !== null ? [framed(parts.date, layout.dateLeft, 15, 60)] : []),
      framed(parts.recipient, layout.recipientLeft, layout.recipientTop, 85),
    ];
    const [closing, signature] = parts.signature;
    children = [
      ...head,
      // The flowing text starts below the window.
      new Paragraph({ spacing: { before: twips(layout.textTop - 15) }, children: [] }),
      ...(layout.dateLeft === null ? [paragraph(parts.date, 280)] : []),
      ...parts.body.map((text) => paragraph(text)),
      new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { after: twips(14) },
        children: lines(closing ?? ''),
      }),
      new Paragraph({
        keepLines: true,
        alignment: AlignmentType.LEFT,
        children: lines(signature ?? ''),
      }),
    ];
  }
  const doc = new Document({
    title: options.title,
    creator: 'rescind',
    styles: { default: { document: { run: { font, size: 21 } } } },
    sections: [{ properties: { page }, children }],
  });
  return Packer.toBlob(doc);
}
