/**
 * Field kind 9, abuse limits: per client address on /api/messages and Direct Line (429 + Retry-After), per chat
 * user on every channel (one polite message in the user's language, then silence until the window ends), per
 * address and per account on staff login; shared by replicas through Redis.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';
import { connectTestRedis, deleteByPrefix, REDIS_URL } from '../state/redisTestUtils';
import { loadConfig } from '../../src/config';
import { directLineClient, webChatMessage } from '../channels/directline/directLineClient';

const message = (userId = `user-${randomUUID()}`) => ({
  type: 'message', id: randomUUID(), text: 'menu', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
  locale: 'en-US', from: { id: userId }, recipient: { id: 'bot' }, conversation: { id: `conv-${randomUUID()}` },
});
const postMessage = (url: string) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message()) });

describe('per client address: 429 with Retry-After', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ RATE_LIMIT_IP_POINTS: '4', RATE_LIMIT_IP_WINDOW_SECONDS: '60' });
  });
  afterAll(() => service.stop());

  it('/api/messages and Direct Line share the address budget; pages are not limited', async () => {
    for (let i = 0; i < 3; i++) expect((await postMessage(service.url)).status).toBe(200);
    expect((await fetch(`${service.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(200);
    const refused = await postMessage(service.url);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as { error: { retryAfterSeconds: number } }).error.retryAfterSeconds).toBe(retryAfter);
    const directLine = await fetch(`${service.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(directLine.status).toBe(429);
    expect(directLine.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/`)).status).toBe(200);
  });
});

describe('per chat user: a polite message in the user language, once per window', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ RATE_LIMIT_USER_POINTS: '3', RATE_LIMIT_USER_WINDOW_SECONDS: '60' });
  });
  afterAll(() => service.stop());

  it('the 4th message in the window gets "please wait" in German, the 5th nothing; other users are unaffected', async () => {
    const anna = expectRepliesClient(service.url, { locale: 'de-DE' });
    for (let i = 0; i < 3; i++) expect(textOf(await anna.send('Menü'))).toContain('Wobei kann ich helfen?');
    const told = textOf(await anna.send('Menü'));
    expect(told).toMatch(/Bitte warten Sie \d+ Sekunden/);
    expect(told).not.toContain('Wobei kann ich helfen?');
    expect(await anna.send('Menü')).toEqual([]);
    const ben = expectRepliesClient(service.url, { locale: 'en-US' });
    expect(textOf(await ben.send('menu'))).toContain('What can I help you with?');
  });

  it('on Direct Line too: the post is taken (200) and the answer is the polite message', async () => {
    const client = directLineClient(service.url);
    const { body: { conversationId, token } } = await client.generate();
    await client.start(token, 'de-DE');
    for (let i = 0; i < 3; i++) expect((await client.post(conversationId, token, webChatMessage('Menü', `m${i}`))).status).toBe(200);
    const { body: { watermark } } = await client.activities(conversationId, token);
    expect((await client.post(conversationId, token, webChatMessage('Menü', 'm3'))).status).toBe(200);
    const fresh = (await client.activities(conversationId, token, watermark)).body.activities.filter((a) => a.from.role === 'bot');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.text).toMatch(/Bitte warten Sie \d+ Sekunden/);
  });

  it("uses the user's saved language over the channel locale", async () => {
    const user = expectRepliesClient(service.url, { locale: 'en-US' });
    expect(textOf(await user.send('日本語でお願いします'))).toContain('日本語');
    await user.send('menu');
    await user.send('menu');
    expect(textOf(await user.send('menu'))).toMatch(/\d+秒ほど待って/);
  });
});

describe('staff login: per address and per account', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ RATE_LIMIT_LOGIN_IP_POINTS: '3', RATE_LIMIT_LOGIN_ACCOUNT_POINTS: '2', RATE_LIMIT_LOGIN_WINDOW_SECONDS: '120' });
  });
  afterAll(() => service.stop());
  const login = (id: string) =>
    fetch(`${service.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, password: 'wrong-password' }) });

  it('the 3rd attempt on one account is 429 with Retry-After; then the address budget is spent for every account', async () => {
    expect((await login('anna')).status).toBe(401);
    expect((await login('anna')).status).toBe(401);
    const account = await login('anna');
    expect(account.status).toBe(429);
    expect(Number(account.headers.get('retry-after'))).toBeGreaterThan(0);
    const address = await login(`guess-${randomUUID()}`);
    expect(address.status).toBe(429);
    expect(address.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('with Redis, replicas share the budget', () => {
  const prefix = `kakehashi-test:${randomUUID()}:`;
  let first: RunningService;
  let second: RunningService;
  beforeAll(async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_IP_POINTS: '4', RATE_LIMIT_IP_WINDOW_SECONDS: '60' };
    first = await startService(env);
    second = await startService(env);
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    await redis.close();
  });

  it('requests to two processes count against one address budget', async () => {
    for (let i = 0; i < 2; i++) expect((await postMessage(first.url)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await postMessage(second.url)).status).toBe(200);
    expect((await postMessage(first.url)).status).toBe(429);
    expect((await postMessage(second.url)).status).toBe(429);
  });
});

describe('defaults leave room for the bench (16 conversations, ~1,000 turns/s from one address, ~5 turns/s per user)', () => {
  it('per address at least 2,000 requests/s and per user at least 8 messages/s', () => {
    const { rateLimits } = loadConfig({});
    expect(rateLimits.ipPoints / rateLimits.ipWindowSeconds).toBeGreaterThanOrEqual(2000);
    expect(rateLimits.userPoints / rateLimits.userWindowSeconds).toBeGreaterThanOrEqual(8);
  });
});
