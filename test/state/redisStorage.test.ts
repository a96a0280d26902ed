import type { RedisClientType } from 'redis';
import { describe, expect, it } from 'vitest';
import { ETagConflictError, StoredValueFormatError } from '../../src/state/errors';
import { defineScript } from '../../src/state/redisScript';
import { RedisStorage } from '../../src/state/redisStorage';
import { describeStorageContract } from './storageContract';
import { randomPrefix, withRedisClients } from './redisTestUtils';

const prefix = randomPrefix('redisStorage');
let client: RedisClientType;
let other: RedisClientType;
let namespaces = 0;

/** Each storage gets its own sub-prefix so tests cannot see each other's keys. */
const nextPrefix = () => `${prefix}${namespaces++}:`;

withRedisClients(prefix, (first, second) => {
  client = first;
  other = second;
});

describeStorageContract('RedisStorage', (options) => new RedisStorage(client, { ...options, keyPrefix: nextPrefix() }));

describe('RedisStorage specifics', () => {
  it('stores keys verbatim under the prefix and applies the 30-day default TTL', async () => {
    const keyPrefix = nextPrefix();
    const storage = new RedisStorage(client, { keyPrefix });
    await storage.write({ '日本語/a b:c': { v: 1 } });
    const ttl = await client.pTTL(`${keyPrefix}日本語/a b:c`);
    expect(ttl).toBeGreaterThan(30 * 24 * 3600 * 1000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 24 * 3600 * 1000);
  });

  it('clears an earlier TTL when a write has no expiry', async () => {
    const keyPrefix = nextPrefix();
    await new RedisStorage(client, { keyPrefix, ttlSeconds: 60 }).write({ k: { v: 1 } });
    await new RedisStorage(client, { keyPrefix, ttlSeconds: null }).write({ k: { v: 2 } });
    expect(await client.pTTL(`${keyPrefix}k`)).toBe(-1);
  });

  it('reports values it did not write as StoredValueFormatError', async () => {
    const keyPrefix = nextPrefix();
    const storage = new RedisStorage(client, { keyPrefix });
    await client.set(`${keyPrefix}foreign`, 'not ours');
    await client.set(`${keyPrefix}broken`, 'etag\n{not json');
    await expect(storage.read(['foreign'])).rejects.toThrow(StoredValueFormatError);
    await expect(storage.read(['broken'])).rejects.toThrow(StoredValueFormatError);
  });

  it('lets exactly one of two clients win a compare-and-set race on the same key', async () => {
    const keyPrefix = nextPrefix();
    const a = new RedisStorage(client, { keyPrefix });
    const b = new RedisStorage(other, { keyPrefix });
    await a.write({ race: { winner: 'none' } });
    for (let round = 0; round < 25; round++) {
      const { race } = await a.read(['race']);
      const results = await Promise.allSettled([
        a.write({ race: { ...race, winner: 'a', round } }),
        b.write({ race: { ...race, winner: 'b', round } }),
      ]);
      const fulfilled = results.filter((r) => r.status === 'fulfilled');
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toBeInstanceOf(ETagConflictError);
      const { race: after } = await b.read(['race']);
      expect(after.round).toBe(round);
      expect(after.winner).toBe(results[0].status === 'fulfilled' ? 'a' : 'b');
    }
  });

  it('runs a script the server has not cached (NOSCRIPT fallback)', async () => {
    // A unique comment makes the SHA unknown to the server without SCRIPT FLUSH, which would affect other users.
    const script = defineScript(`-- ${prefix}${Date.now()}\nreturn ARGV[1]`);
    expect(await script.run(client, { keys: [], arguments: ['first'] })).toBe('first');
    expect(await script.run(client, { keys: [], arguments: ['cached'] })).toBe('cached');
  });
});
