import { readFile } from 'node:fs/promises';

/** The process's streams and environment, passed in so the CLI can be driven from tests. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** A file whose bytes are not UTF-8: reported as such, never read as U+FFFD replacement marks. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * UTF-8 bytes as text, strictly: a byte sequence that is not UTF-8 (a Latin-1 or UTF-16 file) is a
 * `NotUtf8Error`. A byte-order mark at the start, as some Windows editors write, is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error('not UTF-8');
  }
}

/** A file's text, or stdin's when the path is `-` (the usual convention for "read from the pipe"). */
export async function readTextInput(path: string, io: Io): Promise<string> {
  return decodeUtf8(path === '-' ? await readStream(io.stdin) : await readFile(path));
}
