/**
 * UTF-8 and base64 by hand: core's letter entry must run in the browser and in Node without
 * `Buffer`, and the build targets plain ES2023, whose lib has no `TextEncoder` or `btoa`.
 */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired UTF-16 surrogates with U+FFFD, as `TextEncoder` and `toWellFormed()` do. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** The UTF-8 bytes of one code point. */
export function codePointBytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  // A lone surrogate has no UTF-8 form; encode U+FFFD like every conforming encoder.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return [0xef, 0xbf, 0xbd];
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}

/** The UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) bytes.push(...codePointBytes(char.codePointAt(0) ?? 0xfffd));
  return bytes;
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 4648 base64 of a byte array, with padding. */
export function base64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += base64Alphabet[(n >> 18) & 63];
    out += base64Alphabet[(n >> 12) & 63];
    out += b === undefined ? '=' : base64Alphabet[(n >> 6) & 63];
    out += c === undefined ? '=' : base64Alphabet[n & 63];
  }
  return out;
}

/** Two upper-case hex digits, as quoted-printable and percent-encoding both want. */
export function hexByte(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
