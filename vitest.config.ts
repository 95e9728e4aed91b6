import { defineConfig } from 'vitest/config';

// One runner for the whole tree: each workspace package brings its own project config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'scripts'],
  },
});
