import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { asRawAnswers, type RawAnswers } from '../state/answers.ts';
import type { Draft } from '../state/app.ts';

/** How long answers are kept after their last change; the README and the app say the same. */
export const draftDays = 30;
const draftMs = draftDays * 24 * 60 * 60 * 1000;

/** `$XDG_STATE_HOME/rescind`, or `~/.local/state/rescind` (the XDG base directory default). */
export function stateDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_STATE_HOME?.startsWith('/')
    ? env.XDG_STATE_HOME
    : join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'rescind');
}

export function draftPath(env: NodeJS.ProcessEnv): string {
  return join(stateDir(env), 'answers.json');
}

/**
 * Writes the answers given so far, readable by the person alone (they hold a name, an employer and
 * maybe where they stand with them): the folder 0700, the file 0600, replaced in one rename so a
 * crash mid-write never leaves half a file.
 */
export async function saveDraft(
  env: NodeJS.ProcessEnv,
  answers: RawAnswers,
  now = new Date(),
): Promise<void> {
  const dir = stateDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = draftPath(env);
  const temporary = `${path}.${process.pid}.tmp`;
  const expires = new Date(now.getTime() + draftMs);
  const body = { savedAt: now.toISOString(), expiresAt: expires.toISOString(), answers };
  await writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/** The kept answers, unless there are none or they expired (then the file is removed). */
export async function loadDraft(
  env: NodeJS.ProcessEnv,
  now = new Date(),
): Promise<Draft | undefined> {
  const path = draftPath(env);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
  const record = asRawAnswers(parsed);
  const answers = asRawAnswers(record?.answers);
  const savedAt = typeof record?.savedAt === 'string' ? record.savedAt : '';
  const saved = Date.parse(savedAt);
  if (!answers || Number.isNaN(saved) || now.getTime() - saved > draftMs) {
    await rm(path, { force: true }).catch(() => {});
    return undefined;
  }
  return { answers, savedAt };
}
