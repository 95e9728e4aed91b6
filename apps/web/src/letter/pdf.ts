import fontkit from '@pdf-lib/fontkit';
import type { Locale } from '@rescind/core';
import type { DocumentKind } from '@rescind/core/letter';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { pdfFontBase64 } from '../../vendor/pdf-font.generated.js';
import { foldMarks, letterLayout, letterParts } from './printed-letter.tsx';

/**
 * The PDF download: the same A4 layout as the print stylesheet (`letterLayout`: the recipient in
 * the window zone, sender and date outside it, fold marks, the signature kept together), drawn
 * with pdf-lib in the browser and the serif embedded, so it looks the same on every machine.
 * Loaded only when someone asks for a PDF.
 */
const mm = (value: number) => (value * 72) / 25.4;
const pageWidth = mm(210);
const pageHeight = mm(297);
const left = mm(20);
const right = mm(20);
const top = mm(15);
const bottom = mm(18);
const width = pageWidth - left - right;

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The lines `text` takes at `size` within `maxWidth`, breaking between words. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(?<=\s)/)) {
      const candidate = line + word;
      if (line !== '' && font.widthOfTextAtSize(candidate.trimEnd(), size) > maxWidth) {
        lines.push(line.trimEnd());
        line = word.trimStart();
      } else {
        line = candidate;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

class Writer {
  page: PDFPage;
  /** Distance from the top of the sheet to the next line's top, in points. */
  y: number;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly size: number,
    readonly leading: number,
  ) {
    this.page = doc.addPage([pageWidth, pageHeight]);
    this.y = top;
  }
  /** Draws lines at (x, from the top), without moving the flow. */
  at(lines: string[], x: number, fromTop: number, size = this.size, leading = this.leading) {
    lines.forEach((line, index) => {
      this.page.drawText(line, {
        x,
        y: pageHeight - fromTop - size - index * leading,
        size,
        font: this.font,
        color: rgb(0, 0, 0),
      });
    });
  }
  /** Flows a block; `together` moves it whole to a new page rather than split it. */
  block(text: string, { together = false, after = this.size } = {}) {
    const lines = wrap(text, this.font, this.size, width);
    const height = lines.length * this.leading;
    if (together && this.y + height > pageHeight - bottom && this.y > top) this.newPage();
    for (const line of lines) {
      if (this.y + this.leading > pageHeight - bottom) this.newPage();
      this.at([line], left, this.y);
      this.y += this.leading;
    }
    this.y += after;
  }
  newPage() {
    this.page = this.doc.addPage([pageWidth, pageHeight]);
    this.y = top;
  }
}

export async function documentPdf(options: {
  locale: Locale;
  kind: DocumentKind;
  title: string;
  text: string;
  company: string;
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(options.title);
  doc.setLanguage(options.locale === 'sv' ? 'sv-SE' : 'nl-NL');
  doc.setCreator('rescind');
  const font = await doc.embedFont(base64Bytes(pdfFontBase64), { subset: true });
  const parts = letterParts(options);

  if (!parts) {
    // A call script, meeting notes, or a letter edited out of shape: the text, compact.
    const writer = new Writer(doc, font, 10, 13.5);
    for (const block of options.text.replace(/\s+$/, '').split(/\n[ \t]*\n+/)) writer.block(block);
    return doc.save();
  }

  const layout = letterLayout[options.locale];
  const writer = new Writer(doc, font, 10.5, 14.7);
  const address = (text: string) => wrap(text, font, 10, mm(95));
  writer.at(address(parts.sender), left, top, 10, 12.5);
  if (layout.dateLeft !== null) writer.at([parts.date], mm(layout.dateLeft), top, 10, 12.5);
  writer.at(address(parts.recipient), mm(layout.recipientLeft), mm(layout.recipientTop), 10, 12.5);
  for (const mark of foldMarks) {
    writer.page.drawLine({
      start: { x: mm(10), y: pageHeight - mm(mark) },
      end: { x: mm(15), y: pageHeight - mm(mark) },
      thickness: 0.3,
      color: rgb(0, 0, 0),
    });
  }
  writer.y = mm(layout.textTop);
  if (layout.dateLeft === null) writer.block(parts.date, { after: 14.7 });
  for (const paragraph of parts.body) writer.block(paragraph);
  const [closing, signature] = parts.signature;
  // The closing, room to sign, and the name: one block, never split over a page.
  writer.block([closing ?? '', '', '', signature ?? ''].join('\n'), { together: true });
  return doc.save();
}
