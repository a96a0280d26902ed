/**
 * The Direct Line WebSocket stream over real HTTP and WebSockets: the real `botframework-directlinejs` client with its
 * default `webSocket: true` gets the bot's reply through the stream (and still by polling with `webSocket: false`);
 * a reconnect with a watermark replays what was missed; empty keep-alives arrive; refusals happen at the upgrade;
 * a socket held by one replica receives what another replica appends (Redis pub/sub).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startService, type RunningService } from '../../support/startService';
import { directLineJs } from '../../support/directLineJsInNode';
import { connectTestRedis, deleteByPrefix } from '../../state/redisTestUtils';
import { directLineClient, webChatMessage, type DirectLineActivity } from './directLineClient';

const SECRET = 'test-directline-secret-0123456789abcdef';
const REDIS_URL = 'redis://127.0.0.1:6379';

interface ActivitySet {
  activities: DirectLineActivity[];
  watermark?: string;
}

/** A raw stream client: every text message, parsed when not empty. */
function openStream(streamUrl: string) {
  const socket = new WebSocket(streamUrl);
  const sets: ActivitySet[] = [];
  let empty = 0;
  socket.on('message', (data) => {
    const text = data.toString();
    if (text === '') empty++;
    else sets.push(JSON.parse(text) as ActivitySet);
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  return {
    socket,
    sets,
    opened,
    emptyCount: () => empty,
    activities: () => sets.flatMap((set) => set.activities),
    close: () => new Promise<void>((resolve) => (socket.readyState === socket.CLOSED ? resolve() : (socket.once('close', () => resolve()), socket.close()))),
  };
}

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('error', () => undefined);
  });
}

const isBotMessage = (activity: { type?: string; from?: { role?: string } }) => activity.type === 'message' && activity.from?.role === 'bot';

describe('Direct Line WebSocket stream', { timeout: 60_000 }, () => {
  let service: RunningService;
  let client: ReturnType<typeof directLineClient>;

  beforeAll(async () => {
    service = await startService({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_STREAM_KEEPALIVE_SECONDS: '1' });
    client = directLineClient(service.url);
  });
  afterAll(async () => {
    await service.stop();
  });

  it('the real DirectLineJS client with webSocket: true receives the welcome and the reply through the stream', async () => {
    const { token } = (await client.generate()).body;
    const dl = directLineJs({ domain: `${service.url}/v3/directline`, token, webSocket: true });
    try {
      await dl.waitFor((activity) => isBotMessage(activity) && /Welcome to kakehashi/.test(activity.text ?? ''));
      const clientActivityID = randomUUID();
      const id = await dl.post({ type: 'message', text: 'How do I register my address in Düsseldorf?', from: { id: 'ignored' }, locale: 'en-US', channelData: { clientActivityID } } as never);
      const echo = await dl.waitFor((activity) => activity.channelData?.clientActivityID === clientActivityID);
      expect(echo.id).toBe(id);
      const reply = await dl.waitFor((activity) => isBotMessage(activity) && activity.replyToId === id);
      expect(reply.text).toContain('two weeks');
      expect(dl.requests.some((request) => request.includes('/activities?watermark'))).toBe(false);
      expect(dl.requests[0]).toMatch(/^POST .*\/v3\/directline\/conversations$/);
    } finally {
      dl.end();
    }
  });

  it('the real DirectLineJS client with webSocket: false still gets its reply by polling', async () => {
    const { token } = (await client.generate()).body;
    const dl = directLineJs({ domain: `${service.url}/v3/directline`, token, webSocket: false });
    try {
      await dl.waitFor((activity) => isBotMessage(activity) && /Willkommen|Welcome/.test(activity.text ?? ''));
      const id = await dl.post({ type: 'message', text: 'Wie melde ich meinen Wohnsitz in Düsseldorf an?', from: { id: 'ignored' }, locale: 'de-DE', channelData: { clientActivityID: randomUUID() } } as never);
      const reply = await dl.waitFor((activity) => isBotMessage(activity) && activity.replyToId === id);
      expect(reply.text).toContain('Bundesmeldegesetz');
      expect(dl.requests.some((request) => request.includes('/activities?watermark'))).toBe(true);
    } finally {
      dl.end();
    }
  });

  it('pushes activity sets with watermarks, sends empty keep-alives, and replays what was missed on reconnect', async () => {
    const { token } = (await client.generate()).body;
    const start = await client.start(token, 'en-US');
    const { conversationId, streamUrl } = start.body;
    expect(streamUrl).toBe(`ws://127.0.0.1:${service.port}/v3/directline/conversations/${conversationId}/stream?watermark=&t=${encodeURIComponent(start.body.token)}`);

    const first = openStream(streamUrl!);
    await first.opened;
    await until(() => first.activities().some(isBotMessage));
    expect(first.sets[0]).toEqual({ activities: [expect.objectContaining({ id: `${conversationId}|0000000` })], watermark: '0' });
    await until(() => first.emptyCount() > 0, 5000);
    await first.close();

    // While no socket is open the user writes (from another tab) and the bot answers.
    const posted = await client.post(conversationId, start.body.token, webChatMessage('Kita in Düsseldorf', randomUUID(), 'en-US'));
    const reconnect = await client.call<{ streamUrl: string; token: string }>('GET', `/conversations/${conversationId}?watermark=0`, start.body.token);
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.streamUrl).toContain('watermark=0&t=');
    const second = openStream(reconnect.body.streamUrl);
    await second.opened;
    await until(() => second.activities().some(isBotMessage));
    const replayed = second.activities();
    expect(replayed[0]!.id).toBe(posted.body.id);
    expect(replayed.map((activity) => activity.id)).not.toContain(`${conversationId}|0000000`);
    expect(second.sets.at(-1)!.watermark).toBe(String(Number(replayed.at(-1)!.id.split('|')[1])));

    // And new activities arrive on the open socket as they are appended.
    const next = await client.post(conversationId, start.body.token, webChatMessage('Tokyo company registration', randomUUID(), 'en-US'));
    await until(() => second.activities().some((activity) => isBotMessage(activity) && activity.replyToId === next.body.id));
    await second.close();
  });

  it('refuses a stream without a valid token (401), for another conversation (403) or unknown (404)', async () => {
    const mine = (await client.generate()).body;
    await client.start(mine.token);
    const theirs = (await client.generate()).body;
    await client.start(theirs.token);
    const never = (await client.generate()).body;
    const base = `ws://127.0.0.1:${service.port}/v3/directline/conversations`;
    expect(await upgradeStatus(`${base}/${mine.conversationId}/stream?t=garbage`)).toBe(401);
    expect(await upgradeStatus(`${base}/${mine.conversationId}/stream`)).toBe(401);
    expect(await upgradeStatus(`${base}/${theirs.conversationId}/stream?t=${mine.token}`)).toBe(403);
    expect(await upgradeStatus(`${base}/${never.conversationId}/stream?t=${never.token}`)).toBe(404);
    expect(await upgradeStatus(`ws://127.0.0.1:${service.port}/somewhere-else`)).toBe(404);
    expect(await upgradeStatus(`${base}/${mine.conversationId}/stream?t=${mine.token}`)).toBe(101);
  });
});

describe('Direct Line WebSocket stream at shutdown', { timeout: 30_000 }, () => {
  it('closes open streams with 1001 "going away" so clients reconnect elsewhere, and the server stops', async () => {
    const service = await startService({ DIRECTLINE_SECRET: SECRET });
    const client = directLineClient(service.url);
    const { token } = (await client.generate()).body;
    const stream = openStream((await client.start(token)).body.streamUrl!);
    await stream.opened;
    const closed = new Promise<number>((resolve) => stream.socket.once('close', (code) => resolve(code)));
    await service.stop();
    expect(await closed).toBe(1001);
  });
});

describe('Direct Line WebSocket stream across two replicas on one Redis', { timeout: 60_000 }, () => {
  let replicas: RunningService[] = [];
  const prefix = `kakehashi-test:${randomUUID()}:`;

  beforeAll(async () => {
    // A long keep-alive, so only the pub/sub signal can deliver within the test's wait.
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, DIRECTLINE_SECRET: SECRET, DIRECTLINE_STREAM_KEEPALIVE_SECONDS: '300' };
    replicas = await Promise.all([startService(env), startService(env)]);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    await redis.close();
  });

  it('a socket on replica A receives the reply to a message posted on replica B', async () => {
    const [a, b] = replicas.map((replica) => directLineClient(replica.url));
    const { token } = (await a!.generate()).body;
    const start = await a!.start(token, 'de-DE');
    const stream = openStream(start.body.streamUrl!);
    await stream.opened;
    await until(() => stream.activities().some(isBotMessage));
    const posted = await b!.post(start.body.conversationId, token, webChatMessage('Wie melde ich meinen Wohnsitz in Düsseldorf an?', randomUUID()));
    await until(() => stream.activities().some((activity) => isBotMessage(activity) && activity.replyToId === posted.body.id), 5000);
    expect(stream.activities().find((activity) => activity.id === posted.body.id)?.from.role).toBe('user');
    await stream.close();
  });
});
