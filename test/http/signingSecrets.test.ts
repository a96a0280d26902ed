/**
 * Field kind 9: signing secrets left unset (DIRECTLINE_SECRET, STAFF_SESSION_SECRET) are generated once and kept
 * in Redis, so a restart or another replica accepts the tokens issued before; the log says which source was used
 * and never the value.
 */
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startService } from '../support/startService';
import { connectTestRedis, deleteByPrefix, REDIS_URL } from '../state/redisTestUtils';
import { directLineClient } from '../channels/directline/directLineClient';
import { secretKey } from '../../src/state/signingSecrets';
import { ACCOUNTS, loginAs, staffAccountsFile, staffClient } from '../escalation/staff/support/staffApp';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }) };
}

describe('signing secrets kept in Redis', () => {
  const prefix = `kakehashi-test:${randomUUID()}:`;
  afterAll(async () => {
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    await redis.close();
  });

  it('a Direct Line token and a staff session issued before a restart still work after it, and by a second replica', async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, STAFF_ACCOUNTS_FILE: await staffAccountsFile() };
    const firstLog = capturedLogger();
    const first = await startService(env, { logger: firstLog.logger });
    const { body: { token, conversationId } } = await directLineClient(first.url).generate();
    const session = await loginAs(first.url, ACCOUNTS.anna);
    await first.stop();

    const secondLog = capturedLogger();
    const second = await startService(env, { logger: secondLog.logger });
    const replica = await startService(env);
    try {
      for (const url of [second.url, replica.url]) {
        const started = await directLineClient(url).start(token);
        expect([200, 201]).toContain(started.status);
        expect(started.body.conversationId).toBe(conversationId);
        expect((await staffClient(url, session)('GET', '/me')).status).toBe(200);
      }
    } finally {
      await second.stop();
      await replica.stop();
    }

    const sourceOf = (lines: Record<string, unknown>[], name: string) => lines.find((line) => line.variable === name)?.source;
    expect(sourceOf(firstLog.lines, 'DIRECTLINE_SECRET')).toBe('generated-and-stored');
    expect(sourceOf(firstLog.lines, 'STAFF_SESSION_SECRET')).toBe('generated-and-stored');
    expect(sourceOf(secondLog.lines, 'DIRECTLINE_SECRET')).toBe('stored');
    expect(sourceOf(secondLog.lines, 'STAFF_SESSION_SECRET')).toBe('stored');

    const redis = await connectTestRedis();
    const stored = await redis.get(secretKey(prefix, 'DIRECTLINE_SECRET'));
    await redis.close();
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify([...firstLog.lines, ...secondLog.lines])).not.toContain(stored!);
  });

  it('a configured secret is used as is and logged as "environment"; without Redis it is per process', async () => {
    const log = capturedLogger();
    const service = await startService({ DIRECTLINE_SECRET: 'd'.repeat(40) }, { logger: log.logger });
    await service.stop();
    expect(log.lines.find((line) => line.variable === 'DIRECTLINE_SECRET')?.source).toBe('environment');
    expect(log.lines.find((line) => line.variable === 'STAFF_SESSION_SECRET')?.source).toBe('per-process');
    expect(JSON.stringify(log.lines)).not.toContain('d'.repeat(40));
  });
});
