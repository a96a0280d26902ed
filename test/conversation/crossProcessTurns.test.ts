/**
 * Two server processes on one Redis serve the same conversation at the same time: with turns serialised across
 * processes, every message lands in the conversation's transcript (12 turns stay within its 40-line bound); without the lock, concurrent read-modify-write
 * of the conversation state drops lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type RedisClientType } from 'redis';
import { RedisStorage } from '../../src/state/redisStorage';
import { conversationStateKey } from '../../src/conversation/stateKeys';
import { expectRepliesClient } from '../support/botFrameworkClient';
import type { ConversationData } from '../../src/conversation/userRecords';

const root = path.resolve(import.meta.dirname, '../..');
const prefix = `kakehashi-test:${randomUUID()}:`;

function startProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 90_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /"port":(\d+)/.exec(out);
      if (match && out.includes('listening')) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      }
    });
  });
}

describe('turns of one conversation across two server processes', () => {
  let processes: { child: ChildProcess; url: string }[] = [];
  let redis: RedisClientType;

  beforeAll(async () => {
    processes = await Promise.all([startProcess(), startProcess()]);
    redis = createClient({ url: 'redis://127.0.0.1:6379' });
    await redis.connect();
  }, 120_000);

  afterAll(async () => {
    for (const { child } of processes) child.kill('SIGTERM');
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
    await redis.close();
  });

  it('loses no update when 12 messages arrive at once, split over both processes', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const userId = `user-${randomUUID()}`;
    const clients = processes.map(({ url }) => expectRepliesClient(url, { conversationId, userId }));
    await Promise.all(Array.from({ length: 12 }, (_, index) => clients[index % 2]!.send(`Question number ${index} about Tokyo`)));

    const storage = new RedisStorage(redis, { keyPrefix: prefix });
    const key = conversationStateKey('emulator', conversationId);
    const stored = (await storage.read([key]))[key] as { conversation: ConversationData };
    const userLines = stored.conversation.transcript!.filter((line) => line.from === 'user').map((line) => line.text);
    expect(userLines).toHaveLength(12);
    expect(new Set(userLines).size).toBe(12);
  });
});
