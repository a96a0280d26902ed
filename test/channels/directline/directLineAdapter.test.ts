/** The activity log and the adapter on their own: bounded log, concurrent appends on memory and Redis, proactive sends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import type { Storage } from 'botbuilder';
import type { RedisClientType } from 'redis';
import { MemoryStorage } from '../../../src/state/memoryStorage';
import { RedisStorage } from '../../../src/state/redisStorage';
import { MemoryTurnLock } from '../../../src/state/turnLock';
import { DirectLineStore } from '../../../src/channels/directline/directLineStore';
import { DirectLineAdapter } from '../../../src/channels/directline/directLineAdapter';
import { DirectLineConversationNotFoundError, DirectLineNotSupportedError } from '../../../src/channels/directline/directLineErrors';
import { DirectLineTokens } from '../../../src/channels/directline/directLineTokens';
import { replyToActivity } from '../../../src/replies/replyActivity';
import { connectTestRedis, deleteByPrefix, randomPrefix } from '../../state/redisTestUtils';

const logger = pino({ level: 'silent' });

describe.each(['memory', 'redis'] as const)('DirectLineStore on %s', (kind) => {
  let storage: Storage;
  let redis: RedisClientType | undefined;
  const prefix = randomPrefix('directline');

  beforeAll(async () => {
    if (kind === 'redis') {
      redis = await connectTestRedis();
      storage = new RedisStorage(redis, { keyPrefix: prefix });
    } else {
      storage = new MemoryStorage();
    }
  });
  afterAll(async () => {
    if (redis) {
      await deleteByPrefix(redis, prefix);
      await redis.close();
    }
  });

  it('loses no append when 40 writers append at once', async () => {
    const store = new DirectLineStore({ storage, maxAttempts: 200 });
    await store.create('concurrent', 'dl_user');
    await Promise.all(Array.from({ length: 40 }, (_, index) => store.append('concurrent', [{ type: 'message', text: `m${index}` }])));
    const page = await store.activitiesSince('concurrent', undefined);
    expect(page.activities.map((activity) => activity.text).sort()).toEqual(Array.from({ length: 40 }, (_, index) => `m${index}`).sort());
    expect(new Set(page.activities.map((activity) => activity.id)).size).toBe(40);
    expect(page.watermark).toBe('39');
  });

  it('keeps only the last activities while the watermark keeps counting', async () => {
    const store = new DirectLineStore({ storage, maxActivities: 5 });
    await store.create('bounded', 'dl_user');
    for (let index = 0; index < 12; index++) await store.append('bounded', [{ type: 'message', text: `m${index}` }]);
    const all = await store.activitiesSince('bounded', undefined);
    expect(all.activities.map((activity) => activity.text)).toEqual(['m7', 'm8', 'm9', 'm10', 'm11']);
    expect(all.watermark).toBe('11');
    expect((await store.activitiesSince('bounded', 9)).activities.map((activity) => activity.text)).toEqual(['m10', 'm11']);
    expect((await store.activitiesSince('bounded', 2)).activities).toHaveLength(5);
  });

  it('refuses to append to an unknown conversation', async () => {
    const store = new DirectLineStore({ storage });
    await expect(store.append('nobody', [{ type: 'message', text: 'x' }])).rejects.toBeInstanceOf(DirectLineConversationNotFoundError);
  });
});

describe('DirectLineAdapter', () => {
  const store = new DirectLineStore({ storage: new MemoryStorage() });
  const adapter = new DirectLineAdapter({ store, turnLock: new MemoryTurnLock(), logger });
  const origin = { conversationId: 'proactive', userId: 'dl_user', serviceUrl: 'http://127.0.0.1:1' };

  it('refuses missing dependencies', () => {
    expect(() => new DirectLineAdapter({ store, turnLock: new MemoryTurnLock() } as never)).toThrow(/needs logger/);
    expect(() => new DirectLineStore({} as never)).toThrow(/needs storage/);
    expect(() => new DirectLineTokens({ secret: 'short', ttlSeconds: 60 })).toThrow(/32 characters/);
  });

  it('starts a conversation once and sends proactive messages, rendered for Web Chat, to its log', async () => {
    let turns = 0;
    expect(await adapter.startConversation(origin, 'de-DE', async () => void turns++)).toBe(true);
    expect(await adapter.startConversation(origin, 'de-DE', async () => void turns++)).toBe(false);
    expect(turns).toBe(1);
    const reference = { channelId: 'directline', serviceUrl: origin.serviceUrl, conversation: { id: 'proactive' }, user: { id: 'dl_user' }, bot: { id: 'kakehashi' } };
    await adapter.continueConversation(reference as never, async (context) => {
      await context.sendActivity(replyToActivity({ text: 'Antwort vom Büro', choices: [{ label: 'Danke', action: 'thanks' }] }));
    });
    const [sent] = (await store.activitiesSince('proactive', undefined)).activities;
    expect(sent).toMatchObject({ type: 'message', text: 'Antwort vom Büro', from: { id: 'kakehashi', role: 'bot' }, recipient: { id: 'dl_user' } });
    expect(sent!.suggestedActions?.actions[0]?.title).toBe('Danke');
    expect(sent!.attachments ?? []).toEqual([]);
  });

  it('refuses proactive sends to a conversation that does not exist, and edits or deletions', async () => {
    const reference = { channelId: 'directline', conversation: { id: 'gone' }, user: { id: 'dl_user' }, bot: { id: 'kakehashi' } };
    await expect(adapter.continueConversation(reference as never, async () => undefined)).rejects.toBeInstanceOf(DirectLineConversationNotFoundError);
    await expect(adapter.updateActivity()).rejects.toBeInstanceOf(DirectLineNotSupportedError);
    await expect(adapter.deleteActivity()).rejects.toBeInstanceOf(DirectLineNotSupportedError);
  });
});
