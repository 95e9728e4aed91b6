import { readFileSync } from 'node:fs';
import { defineProject } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineProject({
  define: { __RESCIND_VERSION__: JSON.stringify(pkg.version) },
  test: {
    name: 'tui',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The pseudo-terminal and built-bin tests start real processes on a shared machine.
    testTimeout: 30_000,
  },
});
