import { randomBytes } from 'node:crypto';
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
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

/** Whether anything, a file or a link (even a dangling one), is at `path`. */
export async function occupied(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Writes `data` to `path`. A new file is created exclusively (`wx`), so a link put there meanwhile
 * is never followed. Replacing goes through a temporary file in the same folder renamed over
 * `path`: a symbolic link at `path` is replaced by the file, never written through to whatever it
 * points at, and a full disk leaves the old file whole.
 */
export async function writeOut(path: string, data: string, replacing: boolean): Promise<void> {
  if (!replacing) {
    await writeFile(path, data, { flag: 'wx' });
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
