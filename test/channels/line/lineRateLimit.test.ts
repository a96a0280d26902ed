/**
 * Field kind 9 on LINE: the per-user limit counts each LINE user after the signature check (LINE's servers post
 * for everyone, so there is no per-address limit here); a user over it is told once, in their language, and the
 * webhook keeps answering 200 so LINE does not redeliver.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackLineApi, type LineApiCall, type LoopbackLineApi } from './support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook, textsOf } from './support/lineWebhook';

const deliveries = (calls: LineApiCall[]) => calls.filter((call) => /^\/v2\/bot\/message\/(reply|push)$/.test(call.path) && call.status === 200);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LINE per-user rate limit', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService({ ...lineEnv(api.url), RATE_LIMIT_USER_POINTS: '2', RATE_LIMIT_USER_WINDOW_SECONDS: '60' });
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });
  beforeEach(() => api.reset());

  it('the 3rd message gets a polite Japanese "please wait", the 4th nothing; another user is answered', async () => {
    const userId = newUserId();
    api.profiles.set(userId, { displayName: '花子', language: 'ja' });
    for (let i = 1; i <= 2; i++) {
      expect((await postWebhook(service.url, [lineEvent('text', { userId, text: 'メニュー' })])).status).toBe(200);
      await api.waitFor((calls) => deliveries(calls).length >= i);
    }
    expect((await postWebhook(service.url, [lineEvent('text', { userId, text: 'メニュー' })])).status).toBe(200);
    await api.waitFor((calls) => deliveries(calls).length >= 3);
    const told = textsOf(deliveries(api.calls).slice(2)).join('\n');
    expect(told).toMatch(/\d+秒ほど待ってから/);
    expect(told).not.toContain('トピック');

    expect((await postWebhook(service.url, [lineEvent('text', { userId, text: 'メニュー' })])).status).toBe(200);
    const other = newUserId();
    expect((await postWebhook(service.url, [lineEvent('text', { userId: other, text: 'menu' })])).status).toBe(200);
    await api.waitFor((calls) => deliveries(calls).length >= 4);
    await sleep(500);
    const after = deliveries(api.calls).slice(3);
    expect(after).toHaveLength(1);
    expect(JSON.stringify(after[0]!.body)).toContain('What can I help you with?');
  });
});
