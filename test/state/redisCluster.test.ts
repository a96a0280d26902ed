/**
 * Redis Cluster (`REDIS_CLUSTER_NODES`): a local cluster of 3 masters and 3 replicas on ports 7101–7106.
 * The storage contract on the cluster client, two service replicas sharing one Direct Line conversation,
 * and every master failing over (`CLUSTER FAILOVER`) in the middle of a conversation without a lost turn.
 */
import { randomUUID } from 'node:crypto';
import type { RedisClusterType } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedisCluster } from '../../src/state/redisClient';
import { RedisStorage } from '../../src/state/redisStorage';
import { RedisTurnLock } from '../../src/state/turnLock';
import { slotOf, taggedKey } from '../../src/state/slotTags';
import { startService, type RunningService } from '../support/startService';
import { startLocalCluster, type LocalCluster } from '../support/localRedis';
import { directLineClient, webChatMessage, type DirectLineActivity } from '../channels/directline/directLineClient';
import { describeStorageContract } from './storageContract';

const SECRET = 'test-directline-secret-0123456789abcdef';
const QUESTIONS = [
  'Hallo, wie melde ich meinen Wohnsitz in Düsseldorf an?',
  'Wo finde ich einen Kita-Platz in Köln?',
  'Welche Krankenversicherung brauche ich in NRW?',
  'Wie gründe ich eine GmbH in Düsseldorf?',
];

let cluster: LocalCluster;
let client: RedisClusterType;
let namespaces = 0;

beforeAll(async () => {
  cluster = await startLocalCluster(7101, 3, 1);
  client = await connectRedisCluster(cluster.seeds.split(','), { onError: () => undefined });
}, 90_000);

afterAll(async () => {
  client?.destroy();
  await cluster?.stop();
}, 60_000);

describeStorageContract('RedisStorage on a Redis Cluster', (options) =>
  new RedisStorage(client, { ...options, keyPrefix: `test:cluster:${namespaces++}:`, cluster: true }),
);

describe('Redis Cluster key layout', () => {
  it('puts every key of one conversation in one slot and spreads conversations over the masters', async () => {
    const prefix = 'kakehashi:';
    expect(slotOf(taggedKey(prefix, 'directline/conversations/abc'))).toBe(slotOf(taggedKey(prefix, 'directline/conversations/abc/dialogState')));
    const storage = new RedisStorage(client, { keyPrefix: `test:cluster:${namespaces++}:`, cluster: true });
    const keys = Array.from({ length: 30 }, (_, i) => `emulator/conversations/c${i}`);
    await storage.write(Object.fromEntries(keys.map((key) => [key, { v: key }])));
    expect(Object.keys(await storage.read(keys)).sort()).toEqual([...keys].sort());
    const slots = new Set(keys.map((key) => slotOf(taggedKey('x:', key))));
    expect(slots.size).toBeGreaterThan(20);
    await storage.delete(keys);
    expect(await storage.read(keys)).toEqual({});
  });

  it('serialises two lock holders of one conversation', async () => {
    const prefix = `test:cluster:lock:${randomUUID()}:`;
    const [a, b] = [new RedisTurnLock(client, { keyPrefix: prefix }), new RedisTurnLock(client, { keyPrefix: prefix })];
    const order: string[] = [];
    const hold = (lock: RedisTurnLock, name: string) =>
      lock.withLock('emulator/conversations/x', async () => {
        order.push(`${name}+`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push(`${name}-`);
      });
    await Promise.all([hold(a!, 'a'), hold(b!, 'b')]);
    expect([order.slice(0, 2), order.slice(2)].every((pair) => pair[0]![0] === pair[1]![0])).toBe(true);
  });
});

describe('two service replicas on a Redis Cluster', () => {
  let replicas: RunningService[] = [];

  beforeAll(async () => {
    const env = { REDIS_CLUSTER_NODES: cluster.seeds, REDIS_KEY_PREFIX: `kakehashi-test:${randomUUID()}:`, DIRECTLINE_SECRET: SECRET };
    replicas = await Promise.all([startService(env), startService(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
  }, 30_000);

  const botMessages = (activities: DirectLineActivity[]) => activities.filter((a) => a.type === 'message' && a.from.role === 'bot');

  /** Posts like Web Chat: retries after a 503 (honouring Retry-After, capped for the test) with the same clientActivityID. */
  async function postWithRetry(dl: ReturnType<typeof directLineClient>, conversationId: string, token: string, text: string): Promise<number[]> {
    const clientActivityID = randomUUID();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      const reply = await dl.post(conversationId, token, webChatMessage(text, clientActivityID));
      statuses.push(reply.status);
      if (reply.status === 200) return statuses;
      // The body names what went wrong when a failover ever answers anything but "busy, retry".
      expect(`${reply.status} ${reply.status === 503 ? '' : JSON.stringify(reply.body)}`.trim()).toBe('503');
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`post never succeeded: ${statuses.join(',')}`);
  }

  it('serves one conversation from both replicas and loses no turn while every master fails over', async () => {
    const [a, b] = replicas.map((replica) => directLineClient(replica.url));
    const generated = await a!.generate();
    const { conversationId, token } = generated.body;
    expect((await a!.start(token, 'de-DE')).status).toBe(201);
    await postWithRetry(b!, conversationId, token, QUESTIONS[0]!);

    // Every master hands over to its replica while the next turns arrive, alternately on both replicas.
    const failover = cluster.failoverAll();
    for (const [i, question] of QUESTIONS.slice(1).entries()) await postWithRetry(i % 2 ? a! : b!, conversationId, token, question);
    await failover;
    await postWithRetry(a!, conversationId, token, QUESTIONS[0]!);

    const { body } = await b!.activities(conversationId, token);
    const userTexts = body.activities.filter((activity) => activity.from.role === 'user').map((activity) => activity.text);
    expect(userTexts).toEqual([...QUESTIONS, QUESTIONS[0]]);
    // Each user message is followed by the bot's answer before the next one.
    const roles = body.activities.filter((activity) => activity.type === 'message').map((activity) => activity.from.role);
    for (let i = 0; i < roles.length; i++) if (roles[i] === 'user') expect(roles[i + 1]).toBe('bot');
    expect(botMessages(body.activities).map((activity) => activity.text).join('\n')).toContain('Bundesmeldegesetz');
  }, 120_000);
});
