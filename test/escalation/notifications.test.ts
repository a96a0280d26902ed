/**
 * Staff notifications through the signed webhook: a failure is recorded on the case (`notify-failed`) and retried
 * with backoff until it succeeds; an office without any target gets a visible `notify-failed` too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { signBody, SIGNATURE_HEADER } from '../../src/escalation/notifiers/webhookNotifier';
import { newCase } from './support/caseInput';
import { waitUntil } from './support/teamsUser';

const SECRET = 'webhook-secret-for-tests-0123456789';

describe('staff notifications: signed webhook, failure and retry', () => {
  let service: RunningService;
  let hook: http.Server;
  const received: { body: string; signature: string | undefined }[] = [];
  let failuresLeft = 2;

  beforeAll(async () => {
    hook = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          res.writeHead(503).end('busy');
          return;
        }
        received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers[SIGNATURE_HEADER] as string | undefined });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/kakehashi`;
    service = await startService(
      { NOTIFY_WEBHOOK_SECRET: SECRET, PUBLIC_BASE_URL: 'https://kakehashi.test' },
      { escalation: { targets: { 'nrw-global-business': { webhook: { url } } }, retryBaseDelayMs: 50, notifyIntervalMs: 40 } },
    );
  });
  afterAll(async () => {
    await service.stop();
    await new Promise<void>((resolve) => hook.close(() => resolve()));
  });

  it('records each failed attempt and delivers on retry, signed with HMAC-SHA256 of the body', async () => {
    const escalation = await service.kakehashi.escalation.service.openCase(newCase());
    const delivered = await waitUntil(() => received[0], 8000, 'webhook delivery');
    expect(delivered.signature).toBe(signBody(SECRET, delivered.body));
    const payload = JSON.parse(delivered.body);
    expect(payload).toMatchObject({ type: 'case.created', case: { caseId: escalation.id, caseNumber: escalation.number, link: `https://kakehashi.test/staff#case=${escalation.id}` } });

    const events = await waitUntil(async () => {
      const current = await service.kakehashi.escalation.service.get(escalation.id);
      return current?.events.some((event) => event.type === 'notified') ? current.events : undefined;
    }, 5000, 'notified event');
    const failed = events.filter((event) => event.type === 'notify-failed');
    expect(failed).toHaveLength(2);
    expect(failed[0]!.detail).toMatch(/webhook: attempt 1 failed: webhook answered HTTP 503; retrying/);
    expect(events.findIndex((event) => event.type === 'notified')).toBeGreaterThan(events.lastIndexOf(failed[1]!));
    expect(await service.kakehashi.escalation.outbox.pending()).toEqual([]);
  });

  it('an office without any notification target shows notify-failed on the case', async () => {
    const escalation = await service.kakehashi.escalation.service.openCase(newCase({ officeId: 'tmg-commerce-industry', regionId: 'tokyo' }));
    const current = (await service.kakehashi.escalation.service.get(escalation.id))!;
    expect(current.events.map((event) => [event.type, event.detail])).toContainEqual(['notify-failed', 'no notification target configured for this office']);
  });
});
