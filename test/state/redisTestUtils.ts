/**
 * Shared Redis plumbing for state tests: every suite works under its own random
 * prefix on the shared server and removes exactly its own keys afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { RedisClientType } from 'redis';
import { connectRedis } from '../../src/state/redisClient';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Random prefix like `test:state:3f9a…:`; hex only, so it is safe inside a SCAN MATCH pattern. */
export function randomPrefix(label: string): string {
  return `test:${label}:${randomBytes(8).toString('hex')}:`;
}

/** Connects a client that fails the test loudly instead of logging reconnect noise. */
export function connectTestRedis(): Promise<RedisClientType> {
  return connectRedis(REDIS_URL, { onError: () => undefined });
}

/** Deletes every key under `prefix` (SCAN, not KEYS, to stay polite on a shared server). */
export async function deleteByPrefix(client: RedisClientType, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (batch.length > 0) deleted += await client.del(batch);
  }
  return deleted;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
