import type { Locale } from '@rescind/core';
import type { DocumentKind } from '@rescind/core/letter';
import { pdfFont, pdfFontBase64 } from '../../vendor/pdf-font.generated.js';
import { foldMarks, letterLayout, letterParts, type PrintSource } from './printed-letter.tsx';

/**
 * The PDF download: the same A4 layout as the print stylesheet (`letterLayout`: the recipient in
 * the window zone, sender and date outside it, fold marks, the signature kept together), with the
 * serif embedded, so it looks the same on every machine. Loaded only when someone asks for a PDF.
 *
 * The file is written here directly rather than with a PDF library: it needs one font, lines of
 * text and two short rules, and the build has already cut the font down and measured its glyphs
 * (`scripts/embed-pdf-font.mjs`), so a font engine and a general PDF library would be nearly all
 * of what this chunk weighs. The text is set in a Type 0 font (Identity-H, glyph numbers as
 * character codes) with a ToUnicode map, so a reader, a screen reader or `pdftotext` gets the
 * words back.
 */
const mm = (value: number) => (value * 72) / 25.4;
const pageWidth = mm(210);
const pageHeight = mm(297);
const left = mm(20);
const right = mm(20);
const top = mm(15);
const bottom = mm(18);
const width = pageWidth - left - right;

/**
 * The characters of `text` the embedded font has no glyph for (a name in Cyrillic or Greek), each
 * once, in the order they come. Space and line breaks are not drawn and do not count.
 */
export function missingCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text.normalize('NFC')) {
    if (/\s/u.test(char)) continue;
    if (!glyphOf.has(char.codePointAt(0) ?? 0)) missing.add(char);
  }
  return [...missing];
}

/** The font's glyph for each character it has, by code point (the build's precomputed map). */
const glyphOf = new Map(
  pdfFont.codePoints.map((codePoint, index) => [codePoint, pdfFont.glyphIds[index] ?? 0]),
);

/** The embedded font: a glyph for each character, and how wide it sets. */
export class PdfFont {
  /** Glyphs used so far, with the text each one stands for. */
  readonly used = new Map<number, string>();
  /** Glyph numbers for `text` (composed first, so a typed "Z" + dot above is the one "Ż"). */
  glyphs(text: string): { glyph: number; char: string }[] {
    return Array.from(text.normalize('NFC'), (char) => ({
      // A character the font lacks shows as its empty box, and is left out of the ToUnicode map.
      glyph: glyphOf.get(char.codePointAt(0) ?? 0) ?? 0,
      char,
    }));
  }
  widthOfTextAtSize(text: string, size: number): number {
    let total = 0;
    for (const { glyph } of this.glyphs(text)) total += pdfFont.widths[glyph] ?? 0;
    return (total * size) / 1000;
  }
  /** The text as a PDF hex string of glyph numbers, noting each glyph for the ToUnicode map. */
  encode(text: string): string {
    let hex = '';
    for (const { glyph, char } of this.glyphs(text)) {
      if (glyph !== 0) this.used.set(glyph, char);
      hex += glyph.toString(16).padStart(4, '0');
    }
    return `<${hex}>`;
  }
}

/** The lines `text` takes at `size` within `maxWidth`, breaking between words. */
export function wrap(text: string, font: PdfFont, size: number, maxWidth: number): string[] {
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

/** A number as PDF writes it: at most two decimals, no trailing zeros. */
const num = (value: number) => String(Math.round(value * 100) / 100);

/** Text as a PDF string in UTF-16BE with its byte-order mark: any character, in hex. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) {
    hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  }
  return `<${hex}>`;
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The map from glyph numbers back to the characters they show (PDF 32000-1, 9.10.3). */
function toUnicodeCMap(used: Map<number, string>): string {
  const hex4 = (value: number) => value.toString(16).padStart(4, '0');
  const entries = [...used].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  // At most 100 entries a block.
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(
      `${block.length} beginbfchar`,
      ...block.map(([glyph, char]) => `<${hex4(glyph)}> ${textString(char).replace('<FEFF', '<')}`),
      'endbfchar',
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A subset's tag (six capitals before the font's name), from the glyphs it uses. */
function subsetTag(glyphs: Iterable<number>): string {
  let hash = 7;
  for (const glyph of glyphs) hash = (hash * 31 + glyph) % 308915776; // 26^6
  let tag = '';
  for (let letter = 0; letter < 6; letter++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

/** Pages of text and rules, one font, written out as a PDF file. */
class PdfDocument {
  readonly font = new PdfFont();
  readonly pages: string[][] = [];
  constructor(readonly info: { title: string; language: string }) {}

  addPage(): string[] {
    const page: string[] = [];
    this.pages.push(page);
    return page;
  }

  async save(): Promise<Uint8Array> {
    const encoder = new TextEncoder();
    // Object numbers: 1 catalog, 2 page tree, 3 info, 4–8 the font, then each page and its content.
    const fontObjects = { type0: 4, cidFont: 5, descriptor: 6, file: 7, toUnicode: 8 };
    const pageObject = (index: number) => 9 + 2 * index;
    const objects: (string | { dict: string; data: Uint8Array })[] = [];
    const set = (number: number, value: (typeof objects)[number]) => {
      objects[number] = value;
    };
    const stream = async (dict: string, data: Uint8Array) => {
      const packed = await deflate(data);
      return { dict: `<< ${dict} /Filter /FlateDecode /Length ${packed.length} >>`, data: packed };
    };

    set(1, `<< /Type /Catalog /Pages 2 0 R /Lang (${this.info.language}) >>`);
    set(
      2,
      `<< /Type /Pages /Kids [${this.pages.map((_, index) => `${pageObject(index)} 0 R`).join(' ')}] /Count ${this.pages.length} >>`,
    );
    set(3, `<< /Title ${textString(this.info.title)} /Creator (rescind) /Producer (rescind) >>`);
    for (const [index, content] of this.pages.entries()) {
      set(
        pageObject(index),
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(pageWidth)} ${num(pageHeight)}] /Resources << /Font << /F1 ${fontObjects.type0} 0 R >> >> /Contents ${pageObject(index) + 1} 0 R >>`,
      );
      set(pageObject(index) + 1, await stream('', encoder.encode(content.join('\n'))));
    }

    const used = [...this.font.used.keys()].sort((a, b) => a - b);
    const name = `${subsetTag(used)}+${pdfFont.name}`;
    set(
      fontObjects.type0,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${fontObjects.cidFont} 0 R] /ToUnicode ${fontObjects.toUnicode} 0 R >>`,
    );
    const widths = used.map((glyph) => `${glyph} [${pdfFont.widths[glyph] ?? 0}]`).join(' ');
    set(
      fontObjects.cidFont,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${fontObjects.descriptor} 0 R /CIDToGIDMap /Identity /DW ${pdfFont.widths[0] ?? 1000} /W [${widths}] >>`,
    );
    set(
      fontObjects.descriptor,
      // Flags 34: serif, and only characters of the Latin set.
      `<< /Type /FontDescriptor /FontName /${name} /Flags 34 /FontBBox [${pdfFont.bbox.join(' ')}] /ItalicAngle ${pdfFont.italicAngle} /Ascent ${pdfFont.ascent} /Descent ${pdfFont.descent} /CapHeight ${pdfFont.capHeight} /StemV 80 /FontFile2 ${fontObjects.file} 0 R >>`,
    );
    const fontFile = base64Bytes(pdfFontBase64);
    set(fontObjects.file, await stream(`/Length1 ${fontFile.length}`, fontFile));
    set(fontObjects.toUnicode, await stream('', encoder.encode(toUnicodeCMap(this.font.used))));

    // Header (the second line's high bytes mark the file as binary), objects, cross-reference
    // table, trailer (PDF 32000-1, 7.5).
    const parts: Uint8Array[] = [encoder.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n')];
    let length = parts[0]?.length ?? 0;
    const push = (bytes: Uint8Array) => {
      parts.push(bytes);
      length += bytes.length;
    };
    const offsets: number[] = [];
    for (let number = 1; number < objects.length; number++) {
      const object = objects[number];
      if (object === undefined) throw new Error(`PDF object ${number} was never written`);
      offsets[number] = length;
      if (typeof object === 'string') {
        push(encoder.encode(`${number} 0 obj\n${object}\nendobj\n`));
      } else {
        push(encoder.encode(`${number} 0 obj\n${object.dict}\nstream\n`));
        push(object.data);
        push(encoder.encode('\nendstream\nendobj\n'));
      }
    }
    const xref = length;
    const entries = offsets
      .slice(1)
      .map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
      .join('');
    push(
      encoder.encode(
        `xref\n0 ${objects.length}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      ),
    );
    const file = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      file.set(part, at);
      at += part.length;
    }
    return file;
  }
}

class Writer {
  page: string[];
  /** Distance from the top of the sheet to the next line's top, in points. */
  y: number;
  constructor(
    readonly doc: PdfDocument,
    readonly size: number,
    readonly leading: number,
  ) {
    this.page = doc.addPage();
    this.y = top;
  }
  /** Draws lines at (x, from the top), without moving the flow. */
  at(lines: string[], x: number, fromTop: number, size = this.size, leading = this.leading) {
    lines.forEach((line, index) => {
      const y = pageHeight - fromTop - size - index * leading;
      this.page.push(
        `BT /F1 ${num(size)} Tf ${num(x)} ${num(y)} Td ${this.doc.font.encode(line)} Tj ET`,
      );
    });
  }
  /** A hairline from (x0, from the top) to (x1, from the top). */
  rule(x0: number, x1: number, fromTop: number, thickness: number) {
    const y = num(pageHeight - fromTop);
    this.page.push(`${num(thickness)} w ${num(x0)} ${y} m ${num(x1)} ${y} l S`);
  }
  /** Flows a block; `together` moves it whole to a new page rather than split it. */
  block(text: string, { together = false, after = this.size } = {}) {
    const lines = wrap(text, this.doc.font, this.size, width);
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
    this.page = this.doc.addPage();
    this.y = top;
  }
}

export async function documentPdf(
  options: PrintSource & { locale: Locale; kind: DocumentKind; title: string },
): Promise<Uint8Array> {
  const doc = new PdfDocument({
    title: options.title,
    language: options.locale === 'sv' ? 'sv-SE' : 'nl-NL',
  });
  const font = doc.font;
  const parts = letterParts(options);

  if (!parts) {
    // A call script, meeting notes, or a letter edited out of shape: the text, compact.
    const writer = new Writer(doc, 10, 13.5);
    for (const block of options.text.replace(/\s+$/, '').split(/\n[ \t]*\n+/)) writer.block(block);
    return doc.save();
  }

  const layout = letterLayout[options.locale];
  const writer = new Writer(doc, 10.5, 14.7);
  const address = (text: string) => wrap(text, font, 10, mm(95));
  writer.at(address(parts.sender), left, top, 10, 12.5);
  if (layout.dateLeft !== null) writer.at([parts.date], mm(layout.dateLeft), top, 10, 12.5);
  writer.at(address(parts.recipient), mm(layout.recipientLeft), mm(layout.recipientTop), 10, 12.5);
  for (const mark of foldMarks) writer.rule(mm(10), mm(15), mm(mark), 0.3);
  writer.y = mm(layout.textTop);
  if (layout.dateLeft === null) writer.block(parts.date, { after: 14.7 });
  for (const paragraph of parts.body) writer.block(paragraph);
  const [closing, signature] = parts.signature;
  // The closing, room to sign, and the name: one block, never split over a page.
  writer.block([closing ?? '', '', '', signature ?? ''].join('\n'), { together: true });
  return doc.save();
}
