/**
 * The escalation loop on LINE: a Japanese user in NRW asks for a person over signed webhooks, consents and
 * describes the request; the case goes to NRW Japan K.K.; the staff reply reaches the user as a LINE push
 * (the reply token is long spent), marked with the office's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackLineApi, type LineApiCall, type LoopbackLineApi } from '../channels/line/support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook, textsOf } from '../channels/line/support/lineWebhook';

const delivered = (calls: LineApiCall[]) => calls.filter((call) => /^\/v2\/bot\/message\/(reply|push)$/.test(call.path) && call.status === 200);

describe('escalation on LINE (loopback LINE API)', () => {
  let api: LoopbackLineApi;
  let service: RunningService;

  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService(lineEnv(api.url));
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });

  it('hands a Japanese NRW user to NRW Japan K.K. and pushes the staff reply back, marked from the office', async () => {
    const userId = newUserId();
    api.profiles.set(userId, { displayName: '佐藤', language: 'ja' });
    const say = async (text: string, expected: RegExp) => {
      const before = delivered(api.calls).length;
      expect((await postWebhook(service.url, [lineEvent('text', { userId, text })])).status).toBe(200);
      await api.waitFor(
        (calls) => textsOf(delivered(calls).slice(before)).some((line) => expected.test(line)),
        15_000,
        `an answer to "${text}" matching ${expected}`,
      );
    };

    await say('デュッセルドルフ', /デュッセルドルフ|ノルトライン/);
    await say('担当者と話したい', /NRW Japan K\.K\./);
    await say('はい', /.+/);
    await say('デュッセルドルフに子会社を設立したいので、手続きについて相談したいです。', /.+/);
    await say('スキップ', /K-\d{2}-\d{4}/);

    const [escalation] = await service.kakehashi.escalation.service.list({});
    expect(escalation).toMatchObject({ officeId: 'nrw-japan-kk', channelId: 'line', userLanguage: 'ja' });

    const before = api.calls.length;
    await service.kakehashi.escalation.service.addStaffMessage(escalation!.id, 'staff-tanaka', '明日、設立手続きについてご連絡いたします。');
    await api.waitFor(
      (calls) => calls.slice(before).some((call) => call.path === '/v2/bot/message/push' && call.status === 200),
      15_000,
      'the staff reply pushed',
    );
    const push = api.calls.slice(before).find((call) => call.path === '/v2/bot/message/push' && call.status === 200)!;
    expect(push.body.to).toBe(userId);
    const pushed = textsOf([push]).join('\n');
    expect(pushed).toContain('明日、設立手続きについてご連絡いたします。');
    // LINE shows who writes through the message's sender name (at most 20 characters).
    expect(push.body.messages[0].sender.name).toMatch(/^NRW Japan K\.K\./);
    const current = await service.kakehashi.escalation.service.get(escalation!.id);
    expect(current!.events.some((event) => event.type === 'relay-failed')).toBe(false);
  });
});
