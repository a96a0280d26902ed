import { createServer } from 'node:net';
import type { RedisClientType } from 'redis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadinessError } from '../../src/state/errors';
import { redisReadiness } from '../../src/state/readiness';
import { connectRedis } from '../../src/state/redisClient';
import { connectTestRedis } from './redisTestUtils';

/** Stand-in for states a live server cannot be forced into on demand (hanging or failing PING). */
function fakeClient(ping: () => Promise<string>, state = { isReady: true, isOpen: true }): RedisClientType {
  return { ...state, ping } as unknown as RedisClientType;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('redisReadiness', () => {
  it('passes against the real server', async () => {
    const client = await connectTestRedis();
    try {
      const check = redisReadiness(client);
      expect(check.name).toBe('redis');
      await expect(check.check()).resolves.toBeUndefined();
    } finally {
      client.destroy();
    }
  });

  it('fails with ReadinessError once the client is closed', async () => {
    const client = await connectTestRedis();
    client.destroy();
    await expect(redisReadiness(client).check()).rejects.toThrow(ReadinessError);
  });

  it('fails when PING does not answer in time', async () => {
    const check = redisReadiness(fakeClient(() => new Promise(() => undefined)), { name: 'cache', timeoutMs: 50 });
    const error = await check.check().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadinessError);
    expect((error as ReadinessError).check).toBe('cache');
    expect((error as ReadinessError).message).toContain('50 ms');
  });

  it('wraps PING errors, keeping the cause', async () => {
    const cause = new Error('LOADING Redis is loading the dataset in memory');
    const error = await redisReadiness(fakeClient(() => Promise.reject(cause)))
      .check()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadinessError);
    expect((error as ReadinessError).cause).toBe(cause);
  });

  it('leaves no timer behind after a successful check', async () => {
    vi.useFakeTimers();
    await redisReadiness(fakeClient(async () => 'PONG')).check();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a reconnecting client without sending PING', async () => {
    const ping = vi.fn(async () => 'PONG');
    const check = redisReadiness(fakeClient(ping, { isReady: false, isOpen: true }));
    await expect(check.check()).rejects.toThrow(/reconnecting/);
    expect(ping).not.toHaveBeenCalled();
  });
});

describe('connectRedis', () => {
  it('rejects promptly when nothing listens, instead of retrying forever', async () => {
    // Reserve a free port, then close it so connecting is refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const errors: Error[] = [];
    await expect(connectRedis(`redis://127.0.0.1:${port}`, { onError: (e) => errors.push(e) })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});
