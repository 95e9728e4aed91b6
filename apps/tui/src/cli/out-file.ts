import { randomBytes } from 'node:crypto';
import { lstat, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Io } from '../io/streams.ts';

/** What to do when `--out` names something that is there already. */
export type Replace = 'replace' | 'keep' | 'refuse';

/**
 * Whether `path` may be replaced: with `--force`, yes; on a terminal, the person is asked; else
 * (a script, a pipe) no, since nobody could have meant to overwrite a file they cannot see.
 */
export async function mayReplace(
  io: Io,
  force: boolean,
  question: string,
  yes: string,
): Promise<Replace> {
  if (force) return 'replace';
  if (!(io.stdin.isTTY && io.stderr.isTTY)) return 'refuse';
  const prompt = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    const answer = (await prompt.question(question)).trim().toLowerCase();
    return answer === 'y' || answer === yes ? 'replace' : 'keep';
  } finally {
    prompt.close();
  }
}

/**
 * What is at `path`: nothing; a file or a link to one (or a dangling link), which writing would
 * replace; or a device or pipe (`/dev/stdout`, `/dev/null`, a FIFO), which is written into as it is
 * (a folder too, which then fails with the usual message).
 */
export async function occupant(path: string): Promise<'none' | 'file' | 'stream'> {
  let entry: Awaited<ReturnType<typeof lstat>>;
  try {
    entry = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'stream';
  try {
    const target = await stat(path);
    return target.isFile() ? 'file' : 'stream';
  } catch {
    return 'file'; // a dangling link: replacing it must be agreed to like any other
  }
}

/**
 * Writes `data` to `path`. A new file is created exclusively (`wx`), so a link put there meanwhile
 * is never followed. Replacing goes through a temporary file in the same folder renamed over
 * `path`: a symbolic link at `path` is replaced by the file, never written through to whatever it
 * points at, and a full disk leaves the old file whole.
 */
export async function writeOut(
  path: string,
  data: string,
  how: 'create' | 'replace' | 'stream',
): Promise<void> {
  if (how !== 'replace') {
    await writeFile(path, data, { flag: how === 'create' ? 'wx' : 'w' });
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
