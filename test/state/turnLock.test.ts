import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Storage } from 'botbuilder';
import type { RedisClientType } from 'redis';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError } from '../../src/state/errors';
import { MemoryStorage } from '../../src/state/memoryStorage';
import { RedisStorage } from '../../src/state/redisStorage';
import { MemoryTurnLock, RedisTurnLock, type TurnLock, type TurnLockWarning } from '../../src/state/turnLock';
import { REDIS_URL, randomPrefix, sleep, withRedisClients } from './redisTestUtils';

const prefix = randomPrefix('turnLock');
let client: RedisClientType;
let other: RedisClientType;
let namespaces = 0;
const nextPrefix = () => `${prefix}${namespaces++}:`;

withRedisClients(prefix, (first, second) => {
  client = first;
  other = second;
});

/** The race the lock exists for: read, yield (as a real turn would), write back +1 with eTag '*' like BotState. */
async function increment(storage: Storage, key: string): Promise<void> {
  const { [key]: item } = await storage.read([key]);
  await sleep(Math.random() * 5);
  await storage.write({ [key]: { value: (item?.value ?? 0) + 1, eTag: '*' } });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

interface Backend {
  makeLock(options?: { acquireTimeoutMs?: number }): TurnLock;
  /** A lock for the same keys that competes like another process would. */
  makeRivalLock(): TurnLock;
  makeStorage(): Storage;
}

function describeTurnLock(name: string, makeBackend: () => Backend): void {
  describe(`TurnLock: ${name}`, () => {
    it('loses no update across 20 concurrent read-modify-writes on one key', async () => {
      const { makeLock, makeStorage } = makeBackend();
      const lock = makeLock();
      const storage = makeStorage();
      await Promise.all(Array.from({ length: 20 }, () => lock.withLock('conv', () => increment(storage, 'counter'))));
      expect((await storage.read(['counter'])).counter.value).toBe(20);
    });

    it('loses no update when two lock instances compete', async () => {
      const { makeLock, makeRivalLock, makeStorage } = makeBackend();
      const [a, b] = [makeLock(), makeRivalLock()];
      const storage = makeStorage();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).withLock('conv', () => increment(storage, 'counter'))),
      );
      expect((await storage.read(['counter'])).counter.value).toBe(20);
    });

    it('runs different keys in parallel', async () => {
      const lock = makeBackend().makeLock();
      // Each holder waits until the other has started: if keys were serialised this would deadlock into a timeout.
      const started = { a: deferred(), b: deferred() };
      await Promise.all([
        lock.withLock('conv-a', async () => {
          started.a.resolve();
          await started.b.promise;
        }),
        lock.withLock('conv-b', async () => {
          started.b.resolve();
          await started.a.promise;
        }),
      ]);
    });

    it('serves waiters of one process in FIFO order', async () => {
      const lock = makeBackend().makeLock();
      const order: number[] = [];
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          lock.withLock('conv', async () => {
            order.push(i);
            await sleep(1);
          }),
        ),
      );
      expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('releases the lock when fn throws and passes the error through', async () => {
      const lock = makeBackend().makeLock();
      const boom = new Error('boom');
      await expect(lock.withLock('conv', async () => Promise.reject(boom))).rejects.toBe(boom);
      await expect(lock.withLock('conv', async () => 'next')).resolves.toBe('next');
    });

    it('times out with LockTimeoutError without running fn, and keeps the queue intact', async () => {
      const lock = makeBackend().makeLock({ acquireTimeoutMs: 150 });
      const holding = deferred();
      const order: string[] = [];
      const holder = lock.withLock('conv', async () => {
        order.push('holder');
        await holding.promise;
        order.push('holder done');
      });
      let ranTimedOut = false;
      const error = await lock
        .withLock('conv', async () => {
          ranTimedOut = true;
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LockTimeoutError);
      expect((error as LockTimeoutError).name).toBe('LockTimeoutError');
      expect((error as LockTimeoutError).key).toBe('conv');
      expect((error as LockTimeoutError).waitedMs).toBeGreaterThanOrEqual(140);

      // Queued behind the caller that gave up: must still wait for the holder, not start when the other gave up.
      const third = lock.withLock('conv', async () => {
        order.push('third');
      });
      await sleep(20);
      expect(order).toEqual(['holder']);
      holding.resolve();
      await holder;
      await third;
      expect(order).toEqual(['holder', 'holder done', 'third']);
      expect(ranTimedOut).toBe(false);
    });
  });
}

describeTurnLock('MemoryTurnLock', () => {
  const storage = new MemoryStorage();
  // Two MemoryTurnLocks do not exclude each other; "another process" sharing memory is the same instance.
  const shared = new MemoryTurnLock();
  return {
    makeLock: (o) => (o ? new MemoryTurnLock(o) : shared),
    makeRivalLock: () => shared,
    makeStorage: () => storage,
  };
});

describeTurnLock('RedisTurnLock', () => {
  const ns = nextPrefix();
  const lockPrefix = `${ns}lock:`;
  const storage = new RedisStorage(client, { keyPrefix: `${ns}state:` });
  const shared = new RedisTurnLock(client, { keyPrefix: lockPrefix });
  return {
    makeLock: (o) => (o ? new RedisTurnLock(client, { keyPrefix: lockPrefix, ...o }) : shared),
    // A second client and instance behaves like another process: only Redis coordinates them.
    makeRivalLock: () => new RedisTurnLock(other, { keyPrefix: lockPrefix }),
    makeStorage: () => storage,
  };
});

describe('RedisTurnLock specifics', () => {
  it('makes a lock holder in another client time out the waiter', async () => {
    const keyPrefix = `${nextPrefix()}lock:`;
    const holding = deferred();
    const holder = new RedisTurnLock(client, { keyPrefix }).withLock('conv', () => holding.promise);
    await sleep(30);
    const rival = new RedisTurnLock(other, { keyPrefix, acquireTimeoutMs: 150 });
    await expect(rival.withLock('conv', async () => 'ran')).rejects.toThrow(LockTimeoutError);
    holding.resolve();
    await holder;
    await expect(rival.withLock('conv', async () => 'ran')).resolves.toBe('ran');
    expect(await client.exists(`${keyPrefix}conv`)).toBe(0);
  });

  it('keeps extending the lock while fn runs longer than the TTL', async () => {
    const keyPrefix = `${nextPrefix()}lock:`;
    const warnings: TurnLockWarning[] = [];
    const lock = new RedisTurnLock(client, { keyPrefix, ttlMs: 200, onWarning: (w) => warnings.push(w) });
    const rival = new RedisTurnLock(other, { keyPrefix, acquireTimeoutMs: 500 });
    const holder = lock.withLock('conv', () => sleep(800));
    await sleep(50);
    // Without extension the 200 ms lock would lapse and the rival would get in well within 500 ms.
    await expect(rival.withLock('conv', async () => 'ran')).rejects.toThrow(LockTimeoutError);
    expect(await client.pTTL(`${keyPrefix}conv`)).toBeGreaterThan(0);
    await holder;
    expect(await client.exists(`${keyPrefix}conv`)).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('never releases a lock that someone else holds by now', async () => {
    const keyPrefix = `${nextPrefix()}lock:`;
    const lockKey = `${keyPrefix}conv`;
    const lock = new RedisTurnLock(client, { keyPrefix });
    await lock.withLock('conv', async () => {
      // Simulate: our lock expired and another process acquired it with its own token.
      await client.set(lockKey, 'other-owner-token', { expiration: { type: 'PX', value: 5000 } });
    });
    expect(await client.get(lockKey)).toBe('other-owner-token');
    await client.del(lockKey);
  });

  it('takes over a lock left behind by a crashed holder once it expires', async () => {
    const keyPrefix = `${nextPrefix()}lock:`;
    await client.set(`${keyPrefix}conv`, 'crashed-holder', { expiration: { type: 'PX', value: 300 } });
    const lock = new RedisTurnLock(client, { keyPrefix, acquireTimeoutMs: 3000 });
    const started = Date.now();
    await expect(lock.withLock('conv', async () => 'ran')).resolves.toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('rejects nonsensical settings', () => {
    expect(() => new RedisTurnLock(client, { ttlMs: 0 })).toThrow(RangeError);
    expect(() => new RedisTurnLock(client, { acquireTimeoutMs: -1 })).toThrow(RangeError);
  });

  it('loses no update across two processes doing 25 locked increments each', async () => {
    const ns = nextPrefix();
    const worker = fileURLToPath(new URL('./fixtures/incrementWorker.ts', import.meta.url));
    const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
    await Promise.all([runWorker(repoRoot, worker, [REDIS_URL, ns, '25']), runWorker(repoRoot, worker, [REDIS_URL, ns, '25'])]);
    const { counter } = await new RedisStorage(client, { keyPrefix: `${ns}state:` }).read(['counter']);
    expect(counter.value).toBe(50);
  }, 60_000);
});

/** Runs the worker in a fresh Node process; rejects with its stderr if it fails. */
function runWorker(cwd: string, script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}: ${stderr}`))));
  });
}

describe('MemoryTurnLock housekeeping', () => {
  it('forgets keys once their queue is idle, including after timeouts', async () => {
    const lock = new MemoryTurnLock({ acquireTimeoutMs: 30 });
    const tails = (lock as unknown as { tails: Map<string, unknown> }).tails;
    await Promise.all(Array.from({ length: 5 }, (_, i) => lock.withLock(`conv-${i % 2}`, () => sleep(1))));
    const results = await Promise.allSettled([lock.withLock('slow', () => sleep(80)), lock.withLock('slow', async () => 1)]);
    expect(results[1]?.status).toBe('rejected');
    await sleep(0);
    expect(tails.size).toBe(0);
  });
});
