// Writes `vendor/pdf-font.generated.js` (not in git): the serif the PDF download embeds, Noto Serif
// regular (SIL Open Font License 1.1, from @fontsource/noto-serif), cut down here, at build time,
// to the letters a Swedish or Dutch letter and the names people type need, with what the PDF
// maker needs to set text in it: the glyph for each character and each glyph's width. So the
// browser gets no font engine (fontkit alone was three quarters of the old 504 kB PDF chunk, gzip,
// and pdf-lib most of the rest), only a small TrueType file and two lists. The page may not fetch anything (`connect-src 'none'`), so the font travels
// inside the PDF chunk, which only loads when someone asks for a PDF.
//
// Fontsource splits the font by script; the letters come from three of its files: Latin (ASCII,
// Latin-1, typographic quotes and dashes, €), Latin Extended (Polish, Czech, Turkish, Romanian,
// Baltic, … names) and Vietnamese. Their glyphs are merged here into one TrueType font (outlines
// and advances; no hinting in these files to carry over), so a name like "Łukasz Żółć" is one run
// of text in one font.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';

const require = createRequire(import.meta.url);
const webDir = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} subset */
const fontsource = (subset) =>
  fontkit.create(
    readFileSync(
      require.resolve(`@fontsource/noto-serif/files/noto-serif-${subset}-400-normal.woff`),
    ),
  );

/** @param {number} from @param {number} to */
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

const latin = fontsource('latin');
const extended = fontsource('latin-ext');
const vietnamese = fontsource('vietnamese');
const sources = [
  // Everything the Latin file has: ASCII, Latin-1, ’ “ ” – — … • €, and the like.
  { font: latin, codePoints: latin.characterSet },
  // Latin Extended-A (ą ć č ę ğ ı ł ń ő ř ş ś ź ż, …), and from Extended-B the letters of
  // Romanian (ș ț), Azerbaijani (ə) and Vietnamese (ơ ư), and ẞ.
  {
    font: extended,
    codePoints: [...range(0x100, 0x17f), ...range(0x218, 0x21b), 0x18f, 0x259, 0x1e9e],
  },
  // Vietnamese: ạ ả … ỹ (Nguyễn, Trần, Phạm), and the letters with a horn.
  { font: vietnamese, codePoints: [0x1a0, 0x1a1, 0x1af, 0x1b0, ...range(0x1ea0, 0x1ef9)] },
].map(({ font, codePoints }) => ({
  font,
  codePoints: codePoints.filter((codePoint) => font.hasGlyphForCodePoint(codePoint)),
}));

/**
 * The merged font's glyphs, in order: the first source's .notdef, then each character's glyph and
 * the glyphs a composite one is built from, renumbered.
 * @type {{ font: any; id: number; data: Uint8Array; advance: number; bearing: number }[]}
 */
const glyphs = [];
/** @type {Map<any, Map<number, number>>} */
const numbering = new Map(sources.map(({ font }) => [font, new Map()]));

/** @param {any} font @param {number} id */
function include(font, id) {
  const numbers = /** @type {Map<number, number>} */ (numbering.get(font));
  const known = numbers.get(id);
  if (known !== undefined) return known;
  const number = glyphs.length;
  numbers.set(id, number);
  const glyph = font.getGlyph(id);
  const start = font.loca.offsets[id];
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const data = new Uint8Array(stream.readBuffer(font.loca.offsets[id + 1] - start));
  glyphs.push({
    font,
    id,
    data,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  });
  const decoded = glyph._decode();
  if (decoded && decoded.numberOfContours < 0) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (const component of decoded.components) {
      view.setUint16(component.pos, include(font, component.glyphID));
    }
  }
  return number;
}

include(latin, 0);
/** @type {Map<number, number>} */
const cmap = new Map();
for (const { font, codePoints } of sources) {
  for (const codePoint of [...codePoints].sort((a, b) => a - b)) {
    if (!cmap.has(codePoint))
      cmap.set(codePoint, include(font, font.glyphForCodePoint(codePoint).id));
  }
}

/** @param {any} font @param {string} tag */
function table(font, tag) {
  const stream = font._getTableStream(tag);
  return new Uint8Array(stream.readBuffer(font.directory.tables[tag].length));
}

const pad4 = (/** @type {number} */ length) => (length + 3) & ~3;

const glyf = new Uint8Array(glyphs.reduce((sum, { data }) => sum + pad4(data.length), 0));
const loca = new DataView(new ArrayBuffer(4 * (glyphs.length + 1)));
let offset = 0;
glyphs.forEach(({ data }, index) => {
  loca.setUint32(4 * index, offset);
  glyf.set(data, offset);
  offset += pad4(data.length);
});
loca.setUint32(4 * glyphs.length, offset);

const hmtx = new DataView(new ArrayBuffer(4 * glyphs.length));
glyphs.forEach(({ advance, bearing }, index) => {
  hmtx.setUint16(4 * index, advance);
  hmtx.setInt16(4 * index + 2, bearing);
});

const fonts = sources.map(({ font }) => font);
const head = new DataView(table(latin, 'head').buffer.slice(0));
head.setUint32(8, 0); // checkSumAdjustment, set once the file is whole
const heads = fonts.map((font) => new DataView(table(font, 'head').buffer.slice(0)));
head.setInt16(36, Math.min(...heads.map((each) => each.getInt16(36))));
head.setInt16(38, Math.min(...heads.map((each) => each.getInt16(38))));
head.setInt16(40, Math.max(...heads.map((each) => each.getInt16(40))));
head.setInt16(42, Math.max(...heads.map((each) => each.getInt16(42))));
head.setInt16(50, 1); // indexToLocFormat: long offsets

const hhea = new DataView(table(latin, 'hhea').buffer.slice(0));
hhea.setUint16(10, Math.max(...glyphs.map(({ advance }) => advance)));
hhea.setUint16(34, glyphs.length);

// maxp 1.0: the glyph count, and for each limit after it the larger of the two sources'.
const maxps = fonts.map((font) => new DataView(table(font, 'maxp').buffer.slice(0)));
const maxp = new DataView(table(latin, 'maxp').buffer.slice(0));
maxp.setUint16(4, glyphs.length);
for (let at = 6; at < maxp.byteLength; at += 2) {
  maxp.setUint16(at, Math.max(...maxps.map((each) => each.getUint16(at))));
}

// post 3.0: no glyph names (the PDF maps glyphs to text through its own ToUnicode CMap).
const post = new DataView(table(latin, 'post').buffer.slice(0, 32));
post.setUint32(0, 0x00030000);

/** @param {Uint8Array} bytes */
function checksum(bytes) {
  const padded = new Uint8Array(pad4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

const bytes = (/** @type {DataView} */ view) =>
  new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
/** @type {[string, Uint8Array][]} */
const tables = [
  ['glyf', glyf],
  ['head', bytes(head)],
  ['hhea', bytes(hhea)],
  ['hmtx', bytes(hmtx)],
  ['loca', bytes(loca)],
  ['maxp', bytes(maxp)],
  ['post', bytes(post)],
];
const directorySize = 12 + 16 * tables.length;
const ttf = new Uint8Array(
  directorySize + tables.reduce((sum, [, data]) => sum + pad4(data.length), 0),
);
const directory = new DataView(ttf.buffer);
const entrySelector = Math.floor(Math.log2(tables.length));
directory.setUint32(0, 0x00010000);
directory.setUint16(4, tables.length);
directory.setUint16(6, 16 * 2 ** entrySelector);
directory.setUint16(8, entrySelector);
directory.setUint16(10, 16 * tables.length - 16 * 2 ** entrySelector);
let at = directorySize;
let headAt = 0;
tables.forEach(([tag, data], index) => {
  const entry = 12 + 16 * index;
  for (let char = 0; char < 4; char++) directory.setUint8(entry + char, tag.charCodeAt(char));
  directory.setUint32(entry + 4, checksum(data));
  directory.setUint32(entry + 8, at);
  directory.setUint32(entry + 12, data.length);
  if (tag === 'head') headAt = at;
  ttf.set(data, at);
  at += pad4(data.length);
});
directory.setUint32(headAt + 8, (0xb1b0afba - checksum(ttf)) >>> 0);

const scale = 1000 / latin.unitsPerEm;
const toEm = (/** @type {number} */ value) => Math.round(value * scale);
const codePoints = [...cmap.keys()].sort((a, b) => a - b);
const font = {
  name: latin.postscriptName,
  ascent: toEm(latin.ascent),
  descent: toEm(latin.descent),
  capHeight: toEm(latin.capHeight),
  italicAngle: latin.italicAngle,
  bbox: [36, 38, 40, 42].map((field) => toEm(head.getInt16(field))),
  codePoints,
  glyphIds: codePoints.map((codePoint) => cmap.get(codePoint)),
  widths: glyphs.map(({ advance }) => toEm(advance)),
};

mkdirSync(join(webDir, 'vendor'), { recursive: true });
// The build and the type check both run this, at once under turbo: write each file whole, then
// move it into place, so neither reads a half-written one.
/** @param {string} name @param {string} text */
function write(name, text) {
  const path = join(webDir, 'vendor', name);
  writeFileSync(`${path}.${process.pid}.tmp`, text);
  renameSync(`${path}.${process.pid}.tmp`, path);
}
write(
  'pdf-font.generated.js',
  [
    '// Generated by scripts/embed-pdf-font.mjs. Noto Serif (SIL OFL 1.1), Latin and Latin Extended.',
    `export const pdfFont = ${JSON.stringify(font)};`,
    `export const pdfFontBase64 = ${JSON.stringify(Buffer.from(ttf).toString('base64'))};`,
    '',
  ].join('\n'),
);
write(
  'pdf-font.generated.d.ts',
  `/** Noto Serif regular, Latin and Latin Extended: what the PDF needs to set text in it. */
export declare const pdfFont: {
  /** PostScript name. */
  name: string;
  /** Metrics in thousandths of the font size, as PDF wants them. */
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  /** Every character the font has, ascending, and its glyph's number in the file. */
  codePoints: number[];
  glyphIds: number[];
  /** Each glyph's advance, by glyph number, in thousandths of the font size. */
  widths: number[];
};
/** The TrueType file (glyf outlines, no cmap: the PDF maps glyphs itself), as base64. */
export declare const pdfFontBase64: string;
`,
);
