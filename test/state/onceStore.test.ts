import type { RedisClientType } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryOnceStore, RedisOnceStore, type OnceStore } from '../../src/state/onceStore';
import { connectTestRedis, deleteByPrefix, randomPrefix, sleep } from './redisTestUtils';

const prefix = randomPrefix('once');
let client: RedisClientType;
let namespaces = 0;

beforeAll(async () => {
  client = await connectTestRedis();
});
afterAll(async () => {
  await deleteByPrefix(client, prefix);
  client.destroy();
});

function describeOnceStore(name: string, make: () => OnceStore): void {
  describe(`OnceStore: ${name}`, () => {
    it('grants the first claim only', async () => {
      const once = make();
      expect(await once.claim('event-1', 60)).toBe(true);
      expect(await once.claim('event-1', 60)).toBe(false);
      expect(await once.claim('event-2', 60)).toBe(true);
    });

    it('grants exactly one of many concurrent claims', async () => {
      const once = make();
      const results = await Promise.all(Array.from({ length: 20 }, () => once.claim('race', 60)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('can be claimed again after release and after expiry', async () => {
      const once = make();
      await once.claim('released', 60);
      await once.release('released');
      expect(await once.claim('released', 60)).toBe(true);
      await once.claim('short', 1);
      await sleep(1100);
      expect(await once.claim('short', 60)).toBe(true);
    });

    it('refuses a TTL that is not a whole number of seconds', async () => {
      await expect(make().claim('x', 0.5)).rejects.toThrow(RangeError);
    });
  });
}

describeOnceStore('memory', () => new MemoryOnceStore());
describeOnceStore('Redis (SET NX EX)', () => new RedisOnceStore(client, { keyPrefix: `${prefix}${namespaces++}:` }));
