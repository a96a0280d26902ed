/**
 * An event LINE got a 200 for is not lost when the process stops before answering: it waits in Redis and the
 * next process answers it, once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/conversation/answering';
import { PENDING_EVENTS_KEY, type PendingLineEvent } from '../../../src/channels/line/lineEventQueue';
import { startService, type RunningService } from '../../support/startService';
import { REDIS_URL, connectTestRedis, deleteByPrefix } from '../../state/redisTestUtils';
import { startLoopbackLineApi, type LoopbackLineApi } from './support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook } from './support/lineWebhook';

/** Never answers: the process is "stopped" while this turn runs. */
const stuckAnswerer: Answerer = {
  answerQuestion: () => new Promise(() => undefined),
  browseTopic: () => new Promise(() => undefined),
  answerEntry: async () => undefined,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LINE: accepted events survive a restart (Redis)', () => {
  const prefix = `kakehashi-test:line-restart:${randomUUID()}:`;
  let api: LoopbackLineApi;
  let second: RunningService | undefined;

  beforeAll(async () => {
    api = await startLoopbackLineApi();
  });
  afterAll(async () => {
    await second?.stop();
    await api.close();
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    redis.destroy();
  });

  it('keeps the event in the store until handled, resumes it in the next process, and still answers it once', async () => {
    const env = { ...lineEnv(api.url), REDIS_URL, REDIS_KEY_PREFIX: prefix };
    const first = await startService(env, { answerer: stuckAnswerer });
    const userId = newUserId();
    const event = lineEvent('text', { userId, text: 'Wie melde ich meinen Wohnsitz in Düsseldorf an?' });
    expect((await postWebhook(first.url, [event])).status).toBe(200);

    const readPending = async (service: RunningService) =>
      ((await service.kakehashi.storage.read([PENDING_EVENTS_KEY]))[PENDING_EVENTS_KEY]?.events ?? {}) as Record<string, PendingLineEvent>;
    expect(Object.keys(await readPending(first))).toEqual([event.webhookEventId]);
    await first.stop();
    expect(api.callsTo(/\/(reply|push)$/)).toEqual([]);

    // Time passes: the stopped process's lease on the event and its turn lock (30 s, no longer extended) run out.
    const redis = await connectTestRedis();
    expect(await deleteByPrefix(redis, `${prefix}lock:`)).toBeGreaterThan(0);
    const key = `${prefix}${PENDING_EVENTS_KEY}`;
    const stored = (await redis.get(key))!;
    const separator = stored.indexOf('\n');
    const document = JSON.parse(stored.slice(separator + 1));
    document.events[event.webhookEventId].leaseUntil = Date.now() - 1;
    await redis.set(key, `${stored.slice(0, separator)}\n${JSON.stringify(document)}`);
    redis.destroy();

    second = await startService(env);
    await api.waitFor(() => api.callsTo(/\/reply$/).filter((call) => call.status === 200).length >= 1, 15_000, 'resumed answer');
    const [reply] = api.callsTo(/\/reply$/);
    expect(reply!.body.replyToken).toBe(event.replyToken);
    expect(reply!.body.messages[0].text).toMatch(/Düsseldorf|Anmeldung|Wohnsitz/);
    const deadline = Date.now() + 3000;
    while (Object.keys(await readPending(second)).length > 0 && Date.now() < deadline) await sleep(20);
    expect(await readPending(second)).toEqual({});

    // LINE redelivers the event (it never saw an answer in time): answered already, so not again.
    expect((await postWebhook(second.url, [{ ...event, deliveryContext: { isRedelivery: true } }])).status).toBe(200);
    await sleep(400);
    expect(api.callsTo(/\/(reply|push)$/)).toHaveLength(1);
  }, 90_000);
});
