import { defineProject } from 'vitest/config';

/**
 * One project for the site: unit tests of page logic and server-rendered components (plain Node,
 * no DOM emulation), and the end-to-end suite, which drives Debian's Chromium against the exported
 * `out/` (the root `pnpm test` builds it first).
 */
export default defineProject({
  test: {
    name: 'web',
    include: [
      'src/**/*.test.{ts,tsx}',
      'app/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'e2e/**/*.e2e.test.ts',
    ],
    environment: 'node',
    // One file at a time, so the end-to-end suite drives one browser, and the root run schedules
    // this project apart from the others on a two-core machine.
    maxWorkers: 1,
    // A real browser on a shared two-core machine: pages load in well under this, but not instantly.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
