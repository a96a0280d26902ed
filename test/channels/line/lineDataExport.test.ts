/**
 * Field kind 9 on LINE: "export my data" arrives as a Flex card whose button opens the short-lived link
 * (absolute, from PUBLIC_BASE_URL), and the file holds the LINE user's record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackLineApi, type LoopbackLineApi } from './support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook } from './support/lineWebhook';

const PUBLIC = 'https://kakehashi.example.org';

describe('LINE: export my data', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService({ ...lineEnv(api.url), PUBLIC_BASE_URL: PUBLIC });
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });

  it('a Japanese request gets a Flex button to the link, and the link gives the user record', async () => {
    const userId = newUserId();
    api.profiles.set(userId, { displayName: '花子', language: 'ja' });
    expect((await postWebhook(service.url, [lineEvent('text', { userId, text: 'デュッセルドルフで住民登録はどうすればいいですか' })])).status).toBe(200);
    await api.waitFor((calls) => calls.filter((call) => /message\/(reply|push)$/.test(call.path)).length >= 1);
    expect((await postWebhook(service.url, [lineEvent('text', { userId, text: 'データをエクスポートしてください' })])).status).toBe(200);
    const calls = await api.waitFor((all) => all.filter((call) => /message\/(reply|push)$/.test(call.path)).length >= 2);
    const messages = calls.filter((call) => /message\/(reply|push)$/.test(call.path)).at(-1)!.body.messages as any[];
    const uri = /"uri":"(https:\/\/kakehashi\.example\.org\/data-export\/[^"]+)"/.exec(JSON.stringify(messages))?.[1];
    expect(messages.some((message) => message.type === 'flex')).toBe(true);
    expect(uri).toBeDefined();

    const download = await fetch(uri!.replace(PUBLIC, service.url));
    expect(download.status).toBe(200);
    const data = (await download.json()) as any;
    expect(data).toMatchObject({ channelId: 'line', userId });
    expect(JSON.stringify(data.conversations)).toContain('デュッセルドルフで住民登録はどうすればいいですか');
  });
});
