import { defineConfig } from 'vitest/config';

/** What every run shares (this file and `vitest.cluster.config.ts`). */
export const sharedTestOptions = {
  testTimeout: 20_000,
  hookTimeout: 30_000,
  // Tests share one Redis server; each suite uses its own key prefix, so files may run in parallel.
  pool: 'forks',
} as const;

export default defineConfig({
  test: {
    ...sharedTestOptions,
    include: ['test/**/*.test.ts'],
    // The Redis Cluster failover test times manual failovers: it runs on its own after the rest (`npm test` runs
    // `vitest run` and then `vitest run --config vitest.cluster.config.ts`), not beside 120 busy test files.
    exclude: ['test/state/redisCluster.test.ts', 'node_modules/**'],
  },
});
