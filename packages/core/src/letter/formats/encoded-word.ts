import { base64, codePointBytes, hexByte } from './utf8.ts';

/**
 * RFC 2047 encoded-words for header text that is not plain ASCII. An encoded-word is at most 75
 * characters, so longer text becomes several words, split between code points (never inside a
 * UTF-8 sequence, RFC 2047 §5). Decoders drop the whitespace between adjacent encoded-words.
 */

const prefixQ = '=?utf-8?Q?';
const prefixB = '=?utf-8?B?';
const suffix = '?=';
const maxWord = 75;

/** Characters that may stand for themselves in a Q-encoded word inside a phrase (RFC 2047 §5(3)). */
const qLiteral = /^[A-Za-z0-9!*+\-/]$/;

function qEncodeChar(char: string): string {
  if (char === ' ') return '_';
  if (qLiteral.test(char)) return char;
  return codePointBytes(char.codePointAt(0) ?? 0xfffd)
    .map((byte) => `=${hexByte(byte)}`)
    .join('');
}

function qWords(text: string): string[] {
  const room = maxWord - prefixQ.length - suffix.length;
  const words: string[] = [];
  let current = '';
  for (const char of text) {
    const encoded = qEncodeChar(char);
    if (current.length + encoded.length > room) {
      words.push(current);
      current = '';
    }
    current += encoded;
  }
  if (current !== '') words.push(current);
  return words.map((payload) => prefixQ + payload + suffix);
}

function bWords(text: string): string[] {
  // 4 base64 characters carry 3 bytes: the most whole bytes that fit in one word.
  const room = Math.floor((maxWord - prefixB.length - suffix.length) / 4) * 3;
  const words: number[][] = [];
  let current: number[] = [];
  for (const char of text) {
    const bytes = codePointBytes(char.codePointAt(0) ?? 0xfffd);
    if (current.length + bytes.length > room) {
      words.push(current);
      current = [];
    }
    current.push(...bytes);
  }
  if (current.length > 0) words.push(current);
  return words.map((bytes) => prefixB + base64(bytes) + suffix);
}

/**
 * Encodes text as one or more encoded-words. Q keeps Swedish and Dutch text legible in the raw
 * message, so it is used unless B is much shorter, as for scripts that are all multi-byte.
 */
export function encodeWords(text: string): string[] {
  const q = qWords(text);
  const b = bWords(text);
  return q.join('').length <= 1.5 * b.join('').length ? q : b;
}
