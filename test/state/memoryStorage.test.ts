import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/state/memoryStorage';
import { describeStorageContract } from './storageContract';

describeStorageContract('MemoryStorage', (options) => new MemoryStorage(options));

describe('MemoryStorage expiry with an injected clock', () => {
  it('expires exactly at the TTL and restarts the clock on each write', async () => {
    let now = 1_000_000;
    const storage = new MemoryStorage({ ttlSeconds: 10, now: () => now });
    await storage.write({ k: { v: 1 } });
    now += 9_999;
    expect((await storage.read(['k'])).k.v).toBe(1);
    await storage.write({ k: { v: 2 } });
    now += 9_999;
    expect((await storage.read(['k'])).k.v).toBe(2);
    now += 1;
    expect(await storage.read(['k'])).toEqual({});
  });

  it('defaults to a 30-day TTL', async () => {
    let now = 0;
    const storage = new MemoryStorage({ now: () => now });
    await storage.write({ k: { v: 1 } });
    now = 30 * 24 * 3600 * 1000 - 1;
    expect(Object.keys(await storage.read(['k']))).toEqual(['k']);
    now += 1;
    expect(await storage.read(['k'])).toEqual({});
  });

  it('sweeps expired entries nobody reads again', async () => {
    let now = 0;
    const storage = new MemoryStorage({ ttlSeconds: 1, now: () => now });
    await storage.write({ a: {}, b: {} });
    now = 120_000;
    await storage.write({ c: {} });
    // The sweep is internal; peek at the map size to prove the expired entries are gone, not just hidden.
    expect((storage as unknown as { entries: Map<string, unknown> }).entries.size).toBe(1);
  });
});
