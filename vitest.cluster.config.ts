import { defineConfig } from 'vitest/config';

/** The Redis Cluster test alone (see vitest.config.ts): `npm test` runs it after the other files. */
export default defineConfig({
  test: {
    include: ['test/state/redisCluster.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
