import { codePointBytes, hexByte, wellFormed } from './utf8.ts';

/** RFC 2045 §6.7: encoded lines, including a trailing soft-break `=`, are at most 76 characters. */
const maxLine = 76;

/** Everything but printable ASCII (minus `=`), space and tab must be encoded (rules 1–2). */
const needsEncoding = /[^\t\x20-\x3C\x3E-\x7E]/gu;

function encodeChar(char: string): string {
  return codePointBytes(char.codePointAt(0) ?? 0xfffd)
    .map((byte) => `=${hexByte(byte)}`)
    .join('');
}

function encodeLine(line: string): string[] {
  let encoded = line.replace(needsEncoding, encodeChar);
  // Trailing whitespace is stripped by some transports (rule 3), and a line starting "From " is
  // mangled by mbox stores; encoding one character keeps both intact.
  const last = encoded.at(-1);
  if (last === ' ' || last === '\t')
    encoded = `${encoded.slice(0, -1)}=${hexByte(last.charCodeAt(0))}`;
  if (encoded.startsWith('From ')) encoded = `=46${encoded.slice(1)}`;
  if (encoded.length <= maxLine) return [encoded];

  // Soft breaks: at most 75 characters and the `=`, never inside an `=XX` escape.
  const out: string[] = [];
  let rest = encoded;
  while (rest.length > maxLine) {
    let cut = maxLine - 1;
    const escapeAt = rest.lastIndexOf('=', cut - 1);
    if (escapeAt > cut - 3) cut = escapeAt;
    out.push(`${rest.slice(0, cut)}=`);
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/**
 * Quoted-printable body of UTF-8 text: every line break becomes CRLF, every line is at most 76
 * characters, and nothing but printable ASCII is left, so the body survives any mail transport.
 */
export function quotedPrintable(text: string): string {
  return wellFormed(text)
    .split(/\r\n|\r|\n/)
    .flatMap(encodeLine)
    .join('\r\n');
}
