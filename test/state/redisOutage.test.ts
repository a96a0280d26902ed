/**
 * Redis stopped under a running service (issue 9, kind 7), on a redis-server of its own (port 7110, append-only
 * file on so data survives the restart as on a managed Redis):
 * - `/api/messages`, Direct Line and the LINE webhook answer 503 with `Retry-After` within seconds, never hang;
 * - readiness is 503 during the outage;
 * - the service recovers by itself, and a LINE event redelivered after the outage is answered exactly once.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { localRedis, type LocalRedis } from '../support/localRedis';
import { directLineClient, webChatMessage } from '../channels/directline/directLineClient';
import { startLoopbackLineApi, type LoopbackLineApi } from '../channels/line/support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook, textsOf } from '../channels/line/support/lineWebhook';

const SECRET = 'test-directline-secret-0123456789abcdef';
/** An outage answer must come well before a client's own timeout: the command bound is 2 s. */
const QUICK_MS = 4000;

function botFrameworkMessage(conversationId: string, text: string) {
  return {
    type: 'message', id: randomUUID(), channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
    text, locale: 'de-DE', from: { id: `user-${conversationId}` }, recipient: { id: 'bot' }, conversation: { id: conversationId },
  };
}

async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await call();
  return { value, ms: performance.now() - started };
}

describe('Redis stopped under a running service', () => {
  let redis: LocalRedis;
  let service: RunningService;
  let api: LoopbackLineApi;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-outage-'));
    redis = localRedis(7110, dir, ['--appendonly', 'yes', '--appendfsync', 'always']);
    await redis.start();
    api = await startLoopbackLineApi();
    service = await startService({ REDIS_URL: redis.url, DIRECTLINE_SECRET: SECRET, ...lineEnv(api.url) });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    await api?.close();
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('answers 503 with Retry-After quickly while Redis is down, and recovers by itself without answering twice', async () => {
    const conversationId = `outage-${randomUUID()}`;
    const post = (text: string) =>
      fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(botFrameworkMessage(conversationId, text)) });
    expect((await post('Hallo')).status).toBe(200);
    const dl = directLineClient(service.url);
    const { conversationId: dlConversation, token } = (await dl.generate()).body;
    expect((await dl.start(token, 'de-DE')).status).toBe(201);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);

    await redis.stop();

    const bf = await timed(() => post('Wie melde ich meinen Wohnsitz in Düsseldorf an?'));
    expect(bf.value.status).toBe(503);
    expect(Number(bf.value.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(bf.ms).toBeLessThan(QUICK_MS);

    const poll = await timed(() => dl.activities(dlConversation, token));
    expect(poll.value.status).toBe(503);
    expect(Number(poll.value.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(poll.ms).toBeLessThan(QUICK_MS);
    const send = await timed(() => dl.post(dlConversation, token, webChatMessage('Hallo', randomUUID())));
    expect(send.value.status).toBe(503);
    expect(send.ms).toBeLessThan(QUICK_MS);

    // LINE: a quick 5xx, so LINE redelivers the event later (nothing is accepted that could be lost).
    const userId = newUserId();
    const event = lineEvent('text', { userId, text: 'Wie melde ich meinen Wohnsitz in Düsseldorf an?' });
    const line = await timed(() => postWebhook(service.url, [event]));
    expect(line.value.status).toBe(503);
    expect(line.ms).toBeLessThan(QUICK_MS);

    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(503);

    await redis.start();
    // Recovery is automatic: the client reconnects and the availability probe clears the gate.
    const deadline = Date.now() + 20_000;
    while ((await fetch(`${service.url}/readyz`)).status !== 200 || (await post('menu')).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect((await dl.activities(dlConversation, token)).status).toBe(200);

    // LINE redelivers the same event (twice, as it may): one answer.
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    expect((await postWebhook(service.url, [redelivered])).status).toBe(200);
    expect((await postWebhook(service.url, [redelivered])).status).toBe(200);
    const answered = await api.waitFor((calls) => calls.some((call) => /\/(reply|push)$/.test(call.path)), 15_000, 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const answers = api.callsTo(/\/(reply|push)$/);
    expect(answered.length).toBeGreaterThan(0);
    expect(answers).toHaveLength(1);
    expect(textsOf(answers).join('\n')).toMatch(/Düsseldorf|Anmeldung|Wohnsitz|NRW|Region/);
  }, 90_000);
});
