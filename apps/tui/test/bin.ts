import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI. Root `pnpm test` builds it first; a missing build must fail, not skip. */
export const bin = fileURLToPath(new URL('../dist/rescind.js', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run \`pnpm --filter @rescind/tui build\` first.`);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `rescind` as a person's shell would, outside any terminal, with a controlled language. */
export function rescind(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string; nodeArgs?: string[] } = {},
): RunResult {
  const { CI: _ci, LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...env } = process.env;
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    input: options.input ?? '',
    env: { ...env, LANG: 'C.UTF-8', ...options.env },
    cwd: options.cwd,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
