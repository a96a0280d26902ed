import { defineConfig } from 'vitest/config';
import { sharedTestOptions } from './vitest.config';

/** The Redis Cluster test alone (see vitest.config.ts): `npm test` runs it after the other files. */
export default defineConfig({
  test: { ...sharedTestOptions, include: ['test/state/redisCluster.test.ts'] },
});
