/**
 * A restart in the middle of a case, with Redis: the case, the user's open state and a pending staff notification
 * survive; after the restart the bot still stays quiet for that user and a staff reply still reaches them.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { connectTestRedis, deleteByPrefix, REDIS_URL } from '../state/redisTestUtils';
import { teamsUser, textsOf, waitUntil } from './support/teamsUser';

describe('escalation across a restart (Redis)', () => {
  const prefix = `kakehashi-test:escalation-restart:${randomUUID()}:`;
  let connector: LoopbackConnector;
  let hook: http.Server;
  let hookUp = false;
  const hookCalls: string[] = [];
  let hookUrl: string;
  const running: RunningService[] = [];

  beforeAll(async () => {
    connector = await startLoopbackConnector();
    hook = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        if (!hookUp) return void res.writeHead(502).end();
        hookCalls.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    for (const service of running) await service.stop().catch(() => undefined);
    await connector.close();
    await new Promise<void>((resolve) => hook.close(() => resolve()));
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    await redis.close();
  });

  const start = async () => {
    const service = await startService(
      { REDIS_URL, REDIS_KEY_PREFIX: prefix, NOTIFY_WEBHOOK_SECRET: 'restart-test-secret-0123456789' },
      { escalation: { targets: { 'nrw-japan-kk': { webhook: { url: hookUrl } } }, retryBaseDelayMs: 100, notifyIntervalMs: 50 } },
    );
    running.push(service);
    return service;
  };

  it('keeps the case and its open state; the staff reply reaches the user after the restart', async () => {
    const first = await start();
    const user = teamsUser(first.url, connector, 'ja-JP');
    await user.say('デュッセルドルフ');
    expect(textsOf(await user.say('担当者と話したい'))).toContain('NRW Japan K.K.');
    await user.say('はい');
    await user.say('NRWで子会社を設立したいので、手続きを相談したいです。');
    const created = textsOf(await user.say('スキップ'));
    const [escalation] = await first.kakehashi.escalation.service.list({});
    expect(created).toContain(escalation!.number);
    expect(escalation!.officeId).toBe('nrw-japan-kk');
    // The webhook is down: the notification waits in the persisted outbox.
    await waitUntil(async () => (await first.kakehashi.escalation.service.get(escalation!.id))!.events.some((e) => e.type === 'notify-failed'), 5000, 'a failed attempt');
    await first.stop();

    hookUp = true;
    const second = await start();
    const sameUser = teamsUser(second.url, connector, 'ja-JP', { userId: user.userId, conversationId: user.conversationId });

    const restored = (await second.kakehashi.escalation.service.get(escalation!.id))!;
    expect(restored.number).toBe(escalation!.number);
    expect(restored.status).toBe('new');
    // The retry loop resumes the pending notification after the restart.
    await waitUntil(() => hookCalls.length > 0, 8000, 'notification after restart');
    expect(JSON.parse(hookCalls[0]!).case.caseId).toBe(escalation!.id);

    // Still open for this user: the bot stays quiet and appends.
    const ack = textsOf(await sameUser.say('追加の質問：公証人は必要ですか？'));
    expect(ack).toContain('NRW Japan K.K.');
    expect(ack).toContain(escalation!.number);
    expect((await second.kakehashi.escalation.service.get(escalation!.id))!.transcript.at(-1)!.text).toBe('追加の質問：公証人は必要ですか？');

    const before = sameUser.received().length;
    await second.kakehashi.escalation.service.addStaffMessage(escalation!.id, 'staff-kenji', 'はい、GmbHの設立には公証人が必要です。');
    const relayed = await waitUntil(() => sameUser.received()[before], 5000, 'relayed reply');
    expect(relayed.text).toContain('NRW Japan K.K.');
    expect(relayed.text).toContain('公証人が必要です');
  }, 60_000);
});
