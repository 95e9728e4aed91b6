// `pnpm test:node22`: the core and terminal-app suites on Node 22, the oldest Node rescind supports
// (`engines.node`), so the floor is tested, not claimed. The runtime comes from the npm registry.
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { nodeBin } from './node.mjs';

const root = join(import.meta.dirname, '..');
const bin = nodeBin(22);
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
const run = (command, args) => execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });

console.log(
  `core and terminal-app suites under Node ${execFileSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' }).trim()}`,
);
// The suites read the built packages; turbo builds them when they are missing or stale.
run(join(root, 'node_modules', '.bin', 'turbo'), [
  'run',
  'build',
  '--filter=@rescind/core',
  '--filter=@rescind/tui',
  '--output-logs=errors-only',
]);
run(join(bin, 'node'), [
  join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '--project',
  'core',
  '--project',
  'tui',
]);
