/**
 * LINE end to end: signed webhook calls (documented event shapes) into the real service, the real SDK clients
 * talking to a loopback LINE API that records what the bot sent.
 */
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { createI18n } from '../../../src/i18n/i18n';
import { userStateKey } from '../../../src/conversation/stateKeys';
import { startLoopbackLineApi, type LineApiCall, type LoopbackLineApi } from './support/loopbackLineApi';
import { lineEnv, lineEvent, newGroupId, newUserId, postWebhook, sign, textsOf } from './support/lineWebhook';

/** Reply and push calls LINE accepted. */
const deliveries = (calls: LineApiCall[]) => calls.filter((call) => /^\/v2\/bot\/message\/(reply|push)$/.test(call.path) && call.status === 200);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LINE webhook → bot → LINE Messaging API (loopback)', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  let t: Record<'ja' | 'de' | 'en', TFunction>;

  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService(lineEnv(api.url));
    const i18n = await createI18n(service.config.localesDir);
    t = { ja: i18n.getFixedT('ja'), de: i18n.getFixedT('de'), en: i18n.getFixedT('en') };
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });
  beforeEach(() => api.reset());

  /** Posts events, expects 200, and waits until `count` reply/push calls have arrived. */
  async function send(events: unknown[], count = 1): Promise<LineApiCall[]> {
    const response = await postWebhook(service.url, events);
    expect(response.status).toBe(200);
    await api.waitFor((calls) => deliveries(calls).length >= count, 15_000, `${count} deliveries`);
    return deliveries(api.calls);
  }

  describe('the webhook edge', () => {
    it('refuses a missing signature with 401 and processes nothing', async () => {
      const response = await postWebhook(service.url, [lineEvent('text', { userId: newUserId() })], { signature: undefined });
      expect(response.status).toBe(401);
      await sleep(300);
      expect(api.calls).toEqual([]);
    });

    it('refuses a wrong signature (another secret, or a changed body) with 401', async () => {
      const wrongSecret = await postWebhook(service.url, [lineEvent('text', { userId: newUserId() })], { signature: sign('{}', 'not-the-secret') });
      expect(wrongSecret.status).toBe(401);
      const body = JSON.stringify({ destination: 'U0', events: [lineEvent('text', { userId: newUserId() })] });
      const tampered = await fetch(`${service.url}/webhooks/line`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) },
        body: body.replace('Hello', 'Hallo'),
      });
      expect(tampered.status).toBe(401);
      await sleep(300);
      expect(api.calls).toEqual([]);
    });

    it("answers LINE's verification call (no events) with 200", async () => {
      const response = await postWebhook(service.url, []);
      expect(response.status).toBe(200);
    });

    it('answers 200 before the bot has answered (well within a second)', async () => {
      const started = Date.now();
      const response = await postWebhook(service.url, [lineEvent('text', { userId: newUserId(), text: 'menu' })]);
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      await api.waitFor((calls) => deliveries(calls).length >= 1);
    });
  });

  describe('conversations', () => {
    it.each([
      ['ja', '子どもの学校の入学手続きについて教えてください'],
      ['de', 'Wie melde ich meinen Wohnsitz in Düsseldorf an?'],
      ['en', 'How do I register my address in Tokyo?'],
    ] as const)('answers a question written in %s in that language, with reply token and sources as Flex', async (language, question) => {
      const userId = newUserId();
      const event = lineEvent('text', { userId, text: question });
      const [call] = await send([event]);
      expect(call!.path).toBe('/v2/bot/message/reply');
      expect(call!.body.replyToken).toBe(event.replyToken);
      const [text, ...rest] = call!.body.messages;
      expect(text.type).toBe('text');
      if (language === 'ja') expect(text.text).toMatch(JAPANESE);
      else expect(text.text).not.toMatch(JAPANESE);
      const sources = rest.find((message: any) => message.type === 'flex');
      if (sources) expect(sources.altText.startsWith(t[language]('common.sources'))).toBe(true);
    });

    it('follow: welcome, privacy notice and topic menu in the LINE profile language (de)', async () => {
      const userId = newUserId();
      api.profiles.set(userId, { displayName: 'Anna', language: 'de' });
      const [call] = await send([lineEvent('follow', { userId })]);
      expect(api.callsTo(/^\/v2\/bot\/profile\//).map((c) => c.path)).toContain(`/v2/bot/profile/${userId}`);
      const [message] = call!.body.messages;
      expect(message.text).toContain(t.de('greeting.welcome', { partnership: '' }).slice(0, 20));
      expect(message.text).toContain(t.de('greeting.privacy'));
      expect(message.text).toContain(t.de('menu.prompt'));
      const actions = message.quickReply.items.map((item: any) => item.action);
      expect(actions.map((a: any) => a.data)).toEqual(['topic:company', 'topic:healthcare', 'topic:schooling', 'topic:housing', 'topic:support', 'human', 'plan:show']);
      for (const action of actions) {
        expect(action.type).toBe('postback');
        expect(Array.from(action.label as string).length).toBeLessThanOrEqual(20);
      }
      const support = actions.find((a: any) => a.data === 'topic:support');
      expect(support.displayText).toBe(t.de('topics.support'));
      expect(support.label).toMatch(/…$/);
    });

    it("a first message without a clear language is answered in the LINE profile's language (ja)", async () => {
      const userId = newUserId();
      api.profiles.set(userId, { displayName: 'Haruto', language: 'ja' });
      const [call] = await send([lineEvent('text', { userId, text: 'menu' })]);
      expect(call!.body.messages[0].text).toContain(t.ja('menu.prompt'));
      expect(call!.body.messages[0].quickReply.items[1].action.displayText).toBe(t.ja('topics.healthcare'));
    });

    it('a clear message language wins over the LINE profile language', async () => {
      const userId = newUserId();
      api.profiles.set(userId, { displayName: 'Ken', language: 'ja' });
      const [call] = await send([lineEvent('text', { userId, text: 'How do I register my address in Tokyo?' })]);
      expect(call!.body.messages[0].text).not.toMatch(JAPANESE);
    });

    it('unfollow erases what was stored about the user', async () => {
      const userId = newUserId();
      await send([lineEvent('text', { userId, text: 'Deutsch' })]);
      const key = userStateKey('line', userId);
      expect(Object.keys(await service.kakehashi.storage.read([key]))).toEqual([key]);
      api.reset();
      expect((await postWebhook(service.url, [lineEvent('unfollow', { userId })])).status).toBe(200);
      const deadline = Date.now() + 5000;
      while (Object.keys(await service.kakehashi.storage.read([key])).length > 0) {
        if (Date.now() > deadline) throw new Error('user record still there');
        await sleep(20);
      }
      expect(deliveries(api.calls)).toEqual([]);
    });

    it('a sticker gets a friendly "I read text" answer in the user language, with a menu button', async () => {
      const userId = newUserId();
      api.profiles.set(userId, { displayName: 'Yuki', language: 'ja' });
      const [call] = await send([lineEvent('sticker', { userId })]);
      const [message] = call!.body.messages;
      expect(message.text).toBe(t.ja('line.unsupported.sticker'));
      expect(message.quickReply.items[0].action).toMatchObject({ type: 'postback', data: 'menu', displayText: t.ja('menu.button') });
    });

    it.each(['image', 'location'] as const)('a %s gets its own short answer', async (kind) => {
      const userId = newUserId();
      api.profiles.set(userId, { displayName: 'Tom', language: 'en' });
      const calls = await send([lineEvent(kind, { userId })]);
      expect(textsOf(calls)).toEqual([t.en(`line.unsupported.${kind}`)]);
    });

    it('a postback reaches the dialog as the action of the choice (data) and answers it', async () => {
      const userId = newUserId();
      const calls = await send([lineEvent('postback', { userId, data: 'lang:de' })]);
      const [message] = calls[0]!.body.messages;
      expect(message.text).toContain(t.de('language.changed'));
      expect(message.quickReply.items.length).toBeGreaterThan(0);
    });

    it('answers a redelivered event only once', async () => {
      const userId = newUserId();
      const event = lineEvent('text', { userId, text: 'menu' });
      await send([event]);
      const again = { ...event, deliveryContext: { isRedelivery: true } };
      expect((await postWebhook(service.url, [again])).status).toBe(200);
      await sleep(400);
      expect(deliveries(api.calls)).toHaveLength(1);
    });

    it('answers duplicates arriving together only once', async () => {
      const event = lineEvent('text', { userId: newUserId(), text: 'menu' });
      const responses = await Promise.all([postWebhook(service.url, [event]), postWebhook(service.url, [event]), postWebhook(service.url, [event, event])]);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      await api.waitFor((calls) => deliveries(calls).length >= 1);
      await sleep(400);
      expect(deliveries(api.calls)).toHaveLength(1);
    });

    it('handles the events of one user in order', async () => {
      const userId = newUserId();
      const events = ['English', 'Deutsch', '日本語'].map((text, index) => lineEvent('text', { userId, text, timestamp: Date.now() + index }));
      const calls = await send(events, 3);
      const texts = calls.map((call) => call.body.messages[0].text as string);
      expect(texts[0]).toContain(t.en('language.changed'));
      expect(texts[1]).toContain(t.de('language.changed'));
      expect(texts[2]).toContain(t.ja('language.changed'));
    });
  });

  describe('delivery', () => {
    it('pushes when LINE refuses the reply token ("Invalid reply token"), with a retry key', async () => {
      const userId = newUserId();
      const calls = await send([lineEvent('text', { userId, text: 'menu', replyToken: 'expired-0123456789' })]);
      expect(api.callsTo(/\/reply$/)).toHaveLength(1);
      expect(calls.at(-1)!.path).toBe('/v2/bot/message/push');
      expect(calls.at(-1)!.body.to).toBe(userId);
      expect(calls.at(-1)!.headers['x-line-retry-key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(calls.at(-1)!.body.messages[0].text).toContain(t.en('menu.prompt'));
    });

    it('pushes without trying a reply token that is too old', async () => {
      const userId = newUserId();
      const calls = await send([lineEvent('text', { userId, text: 'menu', timestamp: Date.now() - 5 * 60_000 })]);
      expect(calls.map((c) => c.path)).toEqual(['/v2/bot/message/push']);
    });

    it('retries a push answered 429, after Retry-After, with the same retry key', async () => {
      api.failNext(/\/push$/, { status: 429, body: { message: 'The API rate limit has been exceeded. Try again later.' }, headers: { 'retry-after': '1' } });
      const userId = newUserId();
      await postWebhook(service.url, [lineEvent('text', { userId, text: 'menu', replyToken: null })]);
      await api.waitFor((calls) => api.callsTo(/\/push$/).length >= 2, 10_000, 'two pushes');
      const [first, second] = api.callsTo(/\/push$/);
      expect(second!.headers['x-line-retry-key']).toBe(first!.headers['x-line-retry-key']);
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    });

    it('retries a 500 and gives up on a 400 without crashing (the service keeps answering)', async () => {
      api.failNext(/\/push$/, { status: 500, body: { message: 'Internal server error' } });
      await postWebhook(service.url, [lineEvent('text', { userId: newUserId(), text: 'menu', replyToken: null })]);
      await api.waitFor(() => api.callsTo(/\/push$/).length >= 2, 10_000, 'push retried after 500');
      api.reset();
      api.failNext(/\/push$/, { status: 400, body: { message: 'The request body has 1 error(s)', details: [{ message: 'invalid', property: 'messages[0]' }] } });
      await postWebhook(service.url, [lineEvent('text', { userId: newUserId(), text: 'menu', replyToken: null })]);
      await api.waitFor(() => api.callsTo(/\/push$/).length >= 1);
      await sleep(300);
      expect(api.callsTo(/\/push$/)).toHaveLength(1);
      await send([lineEvent('text', { userId: newUserId(), text: 'menu' })]);
    });
  });

  describe('groups', () => {
    it('greets politely on join, in all three languages', async () => {
      const [call] = await send([lineEvent('join', { groupId: newGroupId() })]);
      const text = call!.body.messages[0].text as string;
      for (const language of ['ja', 'de', 'en'] as const) expect(text).toContain(t[language]('line.group.joined'));
    });

    it('stays quiet in a group unless mentioned, and answers when mentioned', async () => {
      const groupId = newGroupId();
      const userId = newUserId();
      const chatter = lineEvent('text', { userId, text: 'lunch at 12?' });
      chatter.source = { type: 'group', groupId, userId };
      expect((await postWebhook(service.url, [chatter])).status).toBe(200);
      await sleep(300);
      expect(deliveries(api.calls)).toEqual([]);
      const [call] = await send([lineEvent('groupTextMentioningBot', { userId, groupId })]);
      expect(call!.body.messages[0].text).toContain(t.en('menu.prompt'));
    });

    it('forgets the group conversation on leave without sending anything', async () => {
      expect((await postWebhook(service.url, [lineEvent('leave', { groupId: newGroupId() })])).status).toBe(200);
      await sleep(300);
      expect(deliveries(api.calls)).toEqual([]);
    });
  });
});
