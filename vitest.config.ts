import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests share one Redis server; each suite uses its own key prefix, so files may run in parallel.
    pool: 'forks',
  },
});
