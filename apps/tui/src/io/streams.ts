import { readFile } from 'node:fs/promises';

/** The process's streams and environment, passed in so the CLI can be driven from tests. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** A file's text, or stdin's when the path is `-` (the usual convention for "read from the pipe"). */
export function readTextInput(path: string, io: Io): Promise<string> {
  return path === '-' ? readStream(io.stdin) : readFile(path, 'utf8');
}
