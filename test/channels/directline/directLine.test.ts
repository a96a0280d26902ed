/**
 * The self-hosted Direct Line API over real HTTP, on the memory store and on Redis: the flow Web Chat drives,
 * token refresh and refusals, bad input, concurrent posts, and two replicas serving one conversation.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { DirectLineTokens } from '../../../src/channels/directline/directLineTokens';
import { connectTestRedis, deleteByPrefix } from '../../state/redisTestUtils';
import { directLineClient, webChatMessage, type DirectLineActivity } from './directLineClient';

const SECRET = 'test-directline-secret-0123456789abcdef';
const REDIS_URL = 'redis://127.0.0.1:6379';
const GERMAN_QUESTION = 'Hallo, wie melde ich meinen Wohnsitz in Düsseldorf an?';

const botMessages = (activities: DirectLineActivity[]) => activities.filter((a) => a.type === 'message' && a.from.role === 'bot');

describe.each([
  { store: 'memory', env: {} as Record<string, string> },
  { store: 'redis', env: { REDIS_URL } as Record<string, string> },
])('Direct Line API ($store store)', ({ env }) => {
  let service: RunningService;
  let client: ReturnType<typeof directLineClient>;

  beforeAll(async () => {
    service = await startService({ DIRECTLINE_SECRET: SECRET, ...env });
    client = directLineClient(service.url);
  });
  afterAll(async () => {
    await service.stop();
    if (env.REDIS_URL) {
      const redis = await connectTestRedis();
      await deleteByPrefix(redis, service.config.redisKeyPrefix);
      await redis.close();
    }
  });

  async function started(locale = 'de-DE') {
    const generated = await client.generate();
    expect(generated.status).toBe(200);
    const start = await client.start(generated.body.token, locale);
    expect(start.status).toBe(201);
    return { conversationId: generated.body.conversationId, token: start.body.token };
  }

  it('runs the flow Web Chat drives: token, start with welcome, German question, German answer, watermark paging', async () => {
    const generated = await client.generate();
    expect(generated.status).toBe(200);
    expect(generated.body).toEqual({ conversationId: expect.stringMatching(/^[A-Za-z0-9_-]+$/), token: expect.any(String), expires_in: 1800, resumeToken: expect.any(String) });
    const { conversationId, token } = generated.body;

    const start = await client.start(token, 'de-DE');
    expect(start.status).toBe(201);
    expect(start.body.conversationId).toBe(conversationId);
    const again = await client.start(token, 'de-DE');
    expect(again.status).toBe(200);

    const first = await client.activities(conversationId, token);
    expect(first.status).toBe(200);
    const welcome = botMessages(first.body.activities);
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.text).toContain('Willkommen bei kakehashi');
    expect(welcome[0]!.suggestedActions?.actions.length).toBeGreaterThan(0);
    expect(welcome[0]!.id).toBe(`${conversationId}|0000000`);
    expect(first.body.watermark).toBe('0');

    const clientActivityID = randomUUID();
    const posted = await client.post(conversationId, token, webChatMessage(GERMAN_QUESTION, clientActivityID));
    expect(posted.status).toBe(200);
    expect(posted.body.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));

    const page = await client.activities(conversationId, token, first.body.watermark);
    const [echo, ...replies] = page.body.activities;
    expect(echo!.id).toBe(posted.body.id);
    expect(echo!.channelData?.clientActivityID).toBe(clientActivityID);
    expect(echo!.from.id).toMatch(/^dl_/);
    expect(echo!.from.role).toBe('user');
    expect(echo!.channelId).toBe('directline');
    expect(echo!.serviceUrl).toBe(service.url);
    expect(echo!.timestamp).not.toBe('2001-01-01T00:00:00.000Z');
    expect(replies.length).toBeGreaterThan(0);
    const answer = botMessages(replies).map((reply) => reply.text).join('\n');
    expect(answer).toContain('Bundesmeldegesetz');
    expect(answer).toMatch(/Quellen \(geprüft am \d{4}-\d{2}-\d{2}\)/);
    expect(replies.every((reply) => reply.recipient?.id === echo!.from.id && reply.conversation.id === conversationId)).toBe(true);
    expect(page.body.activities.map((a) => a.id)).not.toContain(welcome[0]!.id);

    const nothingNew = await client.activities(conversationId, token, page.body.watermark);
    expect(nothingNew.body).toEqual({ activities: [], watermark: page.body.watermark });
    const everything = await client.activities(conversationId, token);
    expect(everything.body.activities).toHaveLength(1 + page.body.activities.length);
  });

  it('"delete my data" also deletes the conversation and its activity log', async () => {
    const { conversationId, token } = await started('en-US');
    expect((await client.post(conversationId, token, webChatMessage('Kita in Düsseldorf', 'c-1', 'en-US'))).status).toBe(200);
    expect((await client.post(conversationId, token, webChatMessage('delete my data', 'c-2', 'en-US'))).status).toBe(200);
    expect((await client.activities(conversationId, token)).status).toBe(404);
  });

  it('refreshes a token for the same conversation', async () => {
    const { conversationId, token } = await started();
    const refreshed = await client.refresh(token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    expect(refreshed.body.expires_in).toBe(1800);
    const posted = await client.post(conversationId, refreshed.body.token, webChatMessage('Tokio', randomUUID()));
    expect(posted.status).toBe(200);
  });

  it('refuses a missing or forged token with 401', async () => {
    const { conversationId, token } = await started();
    const [payload, signature] = token.split('.');
    const flipped = `${payload}.${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
    const otherUser = Buffer.from(JSON.stringify({ cid: conversationId, uid: 'dl_mallory', exp: 4102444800 })).toString('base64url');
    for (const bad of [undefined, 'garbage', flipped, `${otherUser}.${signature}`, `${payload}.`]) {
      const response = await client.activities(conversationId, bad as string);
      expect(response.status, String(bad)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await client.refresh(flipped)).status).toBe(401);
    expect((await client.start(flipped)).status).toBe(401);
    expect((await client.post(conversationId, flipped, webChatMessage('Hallo', randomUUID()))).status).toBe(401);
  });

  it("refuses another conversation's token with 403", async () => {
    const mine = await started();
    const theirs = await started();
    const read = await client.activities(theirs.conversationId, mine.token);
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).toContain('not valid for this conversation');
    expect((await client.post(theirs.conversationId, mine.token, webChatMessage('Hallo', randomUUID()))).status).toBe(403);
  });

  it('refuses an expired token with 403 (what Web Chat reads as "token expired")', async () => {
    const { conversationId } = await started();
    const tokenFromAnHourAgo = new DirectLineTokens({ secret: SECRET, ttlSeconds: 60, now: () => Date.now() - 3_600_000 });
    const { token } = tokenFromAnHourAgo.issue({ conversationId, userId: 'dl_old' });
    const response = await client.activities(conversationId, token);
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain('token expired');
    expect((await client.refresh(token)).status).toBe(403);
  });

  it('resumes the same conversation with the resume token after the conversation token expired, until the conversation is gone', async () => {
    const generated = (await client.generate()).body;
    const { conversationId } = generated;
    const resumeToken = generated.resumeToken!;
    expect((await client.start(generated.token, 'en-US')).status).toBe(201);
    const anHourAgo = new DirectLineTokens({ secret: SECRET, ttlSeconds: 60, now: () => Date.now() - 3_600_000 });
    const expired = anHourAgo.issue({ conversationId, userId: 'dl_me' }).token;
    expect((await client.activities(conversationId, expired)).status).toBe(403);

    const resumed = await client.call<{ conversationId: string; token: string; expires_in: number; streamUrl: string }>('POST', '/tokens/resume', resumeToken);
    expect(resumed.status).toBe(200);
    expect(resumed.body.conversationId).toBe(conversationId);
    expect(resumed.body.streamUrl).toContain(`/conversations/${conversationId}/stream`);
    const posted = await client.post(conversationId, resumed.body.token, webChatMessage('Kita in Düsseldorf', randomUUID(), 'en-US'));
    expect(posted.status).toBe(200);
    const log = (await client.activities(conversationId, resumed.body.token)).body.activities;
    expect(log.find((a) => a.id === posted.body.id)?.from.id).toBe(log.find((a) => a.from.role === 'user')?.from.id);

    // Each token for its own use only.
    expect((await client.call('POST', '/tokens/resume', resumed.body.token)).status).toBe(401);
    expect((await client.activities(conversationId, resumeToken)).status).toBe(401);
    expect((await client.refresh(resumeToken)).status).toBe(401);

    expect((await client.post(conversationId, resumed.body.token, webChatMessage('delete my data', randomUUID(), 'en-US'))).status).toBe(200);
    expect((await client.call('POST', '/tokens/resume', resumeToken)).status).toBe(404);
  });

  it('lets Web Chat on another origin call it, as Azure does (CORS with bearer tokens, no cookies)', async () => {
    const preflight = await fetch(`${service.url}/v3/directline/conversations`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-ms-bot-agent' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const generated = await fetch(`${service.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { Origin: 'https://shop.example' } });
    expect(generated.headers.get('access-control-allow-origin')).toBe('*');
    expect(generated.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers 404 for a conversation that was never started', async () => {
    const generated = await client.generate();
    const { conversationId, token } = generated.body;
    expect((await client.activities(conversationId, token)).status).toBe(404);
    expect((await client.post(conversationId, token, webChatMessage('Hallo', randomUUID()))).status).toBe(404);
    expect((await client.call('GET', `/conversations/${conversationId}`, token)).status).toBe(404);
  });

  it('refuses bad activities with 400 and a reason, never a 500 or a stack trace', async () => {
    const { conversationId, token } = await started();
    const cases: [unknown, string][] = [
      [{ text: 'no type' }, 'activity needs a type'],
      [{ type: 'message' }, 'needs text'],
      [{ type: 'message', text: 42 }, 'text must be a string'],
      [{ type: 'conversationUpdate' }, 'not supported'],
      [{ type: 'event' }, 'needs a name'],
      [[{ type: 'message', text: 'x' }], 'activity object'],
      ['{"type":', 'malformed JSON'],
    ];
    for (const [body, reason] of cases) {
      const response = await client.post(conversationId, token, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const text = JSON.stringify(response.body);
      expect(text).toContain(reason);
      expect(text).not.toMatch(/at .*\.[jt]s:\d+/);
    }
    expect((await client.activities(conversationId, token, 'abc')).status).toBe(400);
    const huge = await client.post(conversationId, token, { type: 'message', text: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
  });

  it('answers a retried send (same clientActivityID) with the first id and no second turn, also when both arrive at once', async () => {
    const { conversationId, token } = await started('en-US');
    const clientActivityID = randomUUID();
    const first = await client.post(conversationId, token, webChatMessage('How do I register my address in Düsseldorf?', clientActivityID, 'en-US'));
    const afterFirst = (await client.activities(conversationId, token)).body.activities;
    const retried = await client.post(conversationId, token, webChatMessage('How do I register my address in Düsseldorf?', clientActivityID, 'en-US'));
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(first.body.id);
    expect((await client.activities(conversationId, token)).body.activities).toEqual(afterFirst);

    // Three posts of one message at once, against the same message posted once in a conversation in the same state.
    const once = await started('en-US');
    await client.post(once.conversationId, once.token, webChatMessage('Kita in Düsseldorf', randomUUID(), 'en-US'));
    const onceLog = (await client.activities(once.conversationId, once.token)).body.activities;
    const thrice = await started('en-US');
    const together = randomUUID();
    const posts = await Promise.all([1, 2, 3].map(() => client.post(thrice.conversationId, thrice.token, webChatMessage('Kita in Düsseldorf', together, 'en-US'))));
    expect(posts.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(new Set(posts.map((response) => response.body.id)).size).toBe(1);
    const thriceLog = (await client.activities(thrice.conversationId, thrice.token)).body.activities;
    expect(thriceLog.filter((a) => a.from.role === 'user')).toHaveLength(1);
    expect(botMessages(thriceLog).length).toBeGreaterThan(1);
    expect(botMessages(thriceLog).map((a) => a.text)).toEqual(botMessages(onceLog).map((a) => a.text));
  });

  it('keeps every activity when ten messages are posted at once', async () => {
    const { conversationId, token } = await started('en-US');
    const ids = Array.from({ length: 10 }, () => randomUUID());
    const posted = await Promise.all(ids.map((id, index) => client.post(conversationId, token, webChatMessage(`Question ${index} about Tokyo`, id, 'en-US'))));
    expect(posted.map((response) => response.status)).toEqual(Array(10).fill(200));
    const { body } = await client.activities(conversationId, token);
    const echoed = body.activities.filter((a) => a.from.role === 'user').map((a) => a.channelData?.clientActivityID);
    expect(new Set(echoed)).toEqual(new Set(ids));
    const seqs = body.activities.map((a) => Number(a.id.split('|')[1]));
    expect(seqs).toEqual(seqs.map((_, index) => index));
    expect(botMessages(body.activities).length).toBeGreaterThanOrEqual(11);
  });
});

describe('Direct Line across two replicas on one Redis', () => {
  let replicas: RunningService[] = [];
  const prefix = `kakehashi-test:${randomUUID()}:`;

  beforeAll(async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, DIRECTLINE_SECRET: SECRET };
    replicas = await Promise.all([startService(env), startService(env)]);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    await redis.close();
  });

  it('serves a conversation started on one replica from the other', async () => {
    const [a, b] = replicas.map((replica) => directLineClient(replica.url));
    const generated = await a!.generate();
    const { conversationId, token } = generated.body;
    expect((await a!.start(token, 'de-DE')).status).toBe(201);
    expect((await b!.start(token, 'de-DE')).status).toBe(200);
    const clientActivityID = randomUUID();
    expect((await b!.post(conversationId, token, webChatMessage(GERMAN_QUESTION, clientActivityID))).status).toBe(200);
    const { body } = await a!.activities(conversationId, token);
    expect(botMessages(body.activities)[0]!.id).toBe(`${conversationId}|0000000`);
    expect(body.activities.find((activity) => activity.from.role === 'user')?.channelData?.clientActivityID).toBe(clientActivityID);
    expect(botMessages(body.activities).map((activity) => activity.text).join('\n')).toContain('Bundesmeldegesetz');
    const retryID = randomUUID();
    const [onA, onB] = await Promise.all([a, b].map((replica) => replica!.post(conversationId, token, webChatMessage('Kita in Düsseldorf', retryID))));
    expect(onA!.status).toBe(200);
    expect(onB!.body.id).toBe(onA!.body.id);
    const afterRetry = (await a!.activities(conversationId, token, body.watermark)).body;
    expect(afterRetry.activities.filter((activity) => activity.from.role === 'user')).toHaveLength(1);
    expect(botMessages(afterRetry.activities).every((reply) => reply.replyToId === onA!.body.id)).toBe(true);
    const refreshed = await b!.refresh(token);
    expect((await a!.activities(conversationId, refreshed.body.token, afterRetry.watermark)).body.activities).toEqual([]);
  });
});
