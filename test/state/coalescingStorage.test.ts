/**
 * Reads and unconditional writes issued together reach Redis as one command (on a redis-server of its own on port
 * 7111, counted with MONITOR), and every caller still gets exactly its own items and errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type RedisClientType } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../src/state/errors';
import { coalesceReads } from '../../src/state/coalescingStorage';
import { RedisStorage } from '../../src/state/redisStorage';
import { localRedis, type LocalRedis } from '../support/localRedis';

let server: LocalRedis;
let client: RedisClientType;
let monitor: RedisClientType;
let dir: string;
const sent: string[] = [];
let namespace = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-coalesce-'));
  server = localRedis(7111, dir);
  await server.start();
  client = createClient({ url: server.url });
  monitor = client.duplicate();
  await Promise.all([client.connect(), monitor.connect()]);
  await monitor.monitor((line: string) => {
    const match = /^\S+ \[\d+ ([^\]]+)\] "([^"]+)"/.exec(line);
    if (match && match[1] !== 'lua') sent.push(match[2]!.toLowerCase());
  });
}, 30_000);

afterAll(async () => {
  await monitor?.close();
  await client?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Commands the client sent while `run` ran (MONITOR lines arrive asynchronously, hence the pause). */
async function commandsDuring(run: () => Promise<unknown>): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  const from = sent.length;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return sent.slice(from);
}

const fresh = () => {
  const keyPrefix = `coalesce:${namespace++}:`;
  return { inner: new RedisStorage(client, { keyPrefix }), keyPrefix };
};

describe('coalesceReads on Redis', () => {
  it('reads conversation and user state loaded together with one MGET, each caller getting its own items', async () => {
    const { inner } = fresh();
    await inner.write({ 'emulator/conversations/c1/': { dialog: 1 }, 'emulator/users/u1/': { profile: 'p' } });
    const storage = coalesceReads(inner);
    let results: Awaited<ReturnType<typeof storage.read>>[] = [];
    const commands = await commandsDuring(async () => {
      results = await Promise.all([storage.read(['emulator/conversations/c1/']), storage.read(['emulator/users/u1/', 'missing'])]);
    });
    expect(commands).toEqual(['mget']);
    expect(results[0]).toEqual({ 'emulator/conversations/c1/': expect.objectContaining({ dialog: 1 }) });
    expect(results[1]).toEqual({ 'emulator/users/u1/': expect.objectContaining({ profile: 'p' }) });
  });

  it('hands two callers of the same key separate objects', async () => {
    const { inner } = fresh();
    await inner.write({ k: { list: [1] } });
    const storage = coalesceReads(inner);
    const [a, b] = await Promise.all([storage.read(['k']), storage.read(['k'])]);
    (a.k as { list: number[] }).list.push(2);
    expect((b.k as { list: number[] }).list).toEqual([1]);
  });

  it('writes two unconditional saves issued together in one script call', async () => {
    const { inner } = fresh();
    const storage = coalesceReads(inner);
    const commands = await commandsDuring(() => Promise.all([storage.write({ a: { v: 1, eTag: '*' } }), storage.write({ b: { v: 2 } })]));
    expect(commands.filter((name) => name !== 'eval')).toEqual(['evalsha']);
    expect(await inner.read(['a', 'b'])).toEqual({ a: expect.objectContaining({ v: 1 }), b: expect.objectContaining({ v: 2 }) });
  });

  it('leaves compare-and-set writes alone: a stale eTag still fails only its own caller', async () => {
    const { inner } = fresh();
    await inner.write({ item: { v: 1 } });
    const storage = coalesceReads(inner);
    const { item } = await storage.read(['item']);
    await storage.write({ item: { ...item, v: 2 } });
    const results = await Promise.allSettled([storage.write({ item: { ...item, v: 3 } }), storage.write({ other: { v: 1 } })]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.any(ETagConflictError) });
    expect(results[1]).toMatchObject({ status: 'fulfilled' });
    expect((await inner.read(['item'])).item).toMatchObject({ v: 2 });
  });

  it('keeps two writes to one key in order', async () => {
    const { inner } = fresh();
    const storage = coalesceReads(inner);
    await Promise.all([storage.write({ k: { v: 1 } }), storage.write({ k: { v: 2 } })]);
    expect((await inner.read(['k'])).k).toMatchObject({ v: 2 });
  });
});
