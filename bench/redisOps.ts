/**
 * Redis commands per unit of work, from `MONITOR` on a Redis server used by one service only (the bench starts its
 * own): one Q&A turn on `/api/messages`, one Direct Line post and poll, and the stored state size. Commands the
 * client sends (each one a request; several sent together share a round trip) are counted apart from the commands
 * Lua scripts run inside Redis.
 */
import { randomUUID } from 'node:crypto';
import type { RedisClientType } from 'redis';

/** Commands by name (lower case) → calls. */
export type CommandCounts = Record<string, number>;

/** Counts every command Redis executes while attached; `lua:`-prefixed names ran inside a script. */
export async function startCounting(redis: RedisClientType): Promise<{ snapshot(): CommandCounts; stop(): Promise<void> }> {
  const monitor = redis.duplicate();
  await monitor.connect();
  const counts: CommandCounts = {};
  await monitor.monitor((line: string) => {
    const match = /^\S+ \[\d+ ([^\]]+)\] "([^"]+)"/.exec(line);
    if (!match) return;
    const name = (match[1] === 'lua' ? 'lua:' : '') + match[2]!.toLowerCase();
    counts[name] = (counts[name] ?? 0) + 1;
  });
  return { snapshot: () => ({ ...counts }), stop: () => monitor.close() };
}

function delta(after: CommandCounts, before: CommandCounts, per: number): CommandCounts {
  const result: CommandCounts = {};
  for (const [name, calls] of Object.entries(after)) {
    const d = (calls - (before[name] ?? 0)) / per;
    if (d > 0 && !['info', 'config', 'scan', 'strlen'].includes(name)) result[name] = d;
  }
  return result;
}

const sum = (counts: CommandCounts, lua: boolean) => Object.entries(counts).filter(([name]) => name.startsWith('lua:') === lua).reduce((a, [, n]) => a + n, 0);
export const formatCounts = (counts: CommandCounts) =>
  `${sum(counts, false).toFixed(1)} sent + ${sum(counts, true).toFixed(1)} inside scripts (${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n.toFixed(1)}`).join(', ')})`;

export interface OpsResult {
  qaTurn: CommandCounts;
  directLinePoll: CommandCounts;
  directLinePost: CommandCounts;
  /** Bytes of conversation + user state stored for one Bot Framework conversation after its turns. */
  stateBytes: number;
}

/**
 * @param baseUrl - The service (running on `redis` with key prefix `prefix`, background jobs slowed down).
 * @param samples - Units measured per figure (averaged).
 */
export async function measureRedisOps(baseUrl: string, redis: RedisClientType, prefix: string, samples = 10): Promise<OpsResult> {
  const counter = await startCounting(redis);
  const commandStats = async (_redis: RedisClientType) => {
    // MONITOR output arrives asynchronously; let it catch up before reading.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return counter.snapshot();
  };
  const conversation = `ops-${randomUUID()}`;
  const turn = (text: string) =>
    fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: randomUUID(), channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
        text, locale: 'de-DE', from: { id: `user-${conversation}` }, recipient: { id: 'bot' }, conversation: { id: conversation },
      }),
    }).then((response) => response.text());
  await turn('Hallo');
  await turn('NRW');
  let before = await commandStats(redis);
  for (let i = 0; i < samples; i++) await turn(i % 2 ? 'Wo finde ich einen Kita-Platz in Köln?' : 'Wie melde ich meinen Wohnsitz in Düsseldorf an?');
  const qaTurn = delta(await commandStats(redis), before, samples);

  let stateBytes = 0;
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}emulator/*${conversation}*`, COUNT: 500 })) {
    for (const key of keys) stateBytes += await redis.strLen(key);
  }

  const api = `${baseUrl}/v3/directline`;
  const { token, conversationId } = (await (await fetch(`${api}/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${token}` };
  await fetch(`${api}/conversations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"locale":"de-DE"}' });
  const post = (text: string) =>
    fetch(`${api}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, locale: 'de-DE', from: { id: 'web' }, channelData: { clientActivityID: randomUUID() } }),
    }).then((response) => response.text());
  await post('Hallo');
  before = await commandStats(redis);
  for (let i = 0; i < samples; i++) await post(i % 2 ? 'Wo finde ich einen Kita-Platz in Köln?' : 'Wie melde ich meinen Wohnsitz in Düsseldorf an?');
  const directLinePost = delta(await commandStats(redis), before, samples);
  before = await commandStats(redis);
  for (let i = 0; i < samples; i++) await fetch(`${api}/conversations/${conversationId}/activities?watermark=0`, { headers: auth }).then((r) => r.text());
  const directLinePoll = delta(await commandStats(redis), before, samples);
  await counter.stop();
  return { qaTurn, directLinePoll, directLinePost, stateBytes };
}
