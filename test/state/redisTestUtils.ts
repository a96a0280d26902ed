/**
 * Shared Redis plumbing for state tests: every suite works under its own random
 * prefix on the shared server and removes exactly its own keys afterwards.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
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

/**
 * Two clients for one suite (a second one behaves like another process), handed over by `use`;
 * afterwards every key under `prefix` is deleted, and the suite fails if any survived.
 */
export function withRedisClients(prefix: string, use: (client: RedisClientType, other: RedisClientType) => void): void {
  let clients: RedisClientType[] = [];
  beforeAll(async () => {
    clients = [await connectTestRedis(), await connectTestRedis()];
    use(clients[0]!, clients[1]!);
  });
  afterAll(async () => {
    await deleteByPrefix(clients[0]!, prefix);
    // Prove the cleanup worked, so a leaky test shows up here rather than on the shared server.
    expect(await deleteByPrefix(clients[0]!, prefix)).toBe(0);
    for (const client of clients) client.destroy();
  });
}
