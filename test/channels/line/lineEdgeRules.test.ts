/**
 * Field fault kinds 1 and 4 on LINE, end to end through the real service and the SDK clients against a loopback
 * LINE API:
 * - LINE emoji placeholders (`message.emojis` index/length) and full-width or invisible characters do not hide a
 *   command, a language switch or a question;
 * - events in `mode: "standby"` (a module channel owns the chat) are neither handled nor answered;
 * - the signature is checked on the raw bytes before anything looks at the body.
 */
import { gzipSync } from 'node:zlib';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { createI18n } from '../../../src/i18n/i18n';
import { LineAdapter } from '../../../src/channels/line/lineAdapter';
import { startLoopbackLineApi, type LineApiCall, type LoopbackLineApi } from './support/loopbackLineApi';
import { BOT_USER_ID, lineEnv, lineEvent, newGroupId, newUserId, postWebhook, sign, textsOf } from './support/lineWebhook';

const deliveries = (calls: LineApiCall[]) => calls.filter((call) => /^\/v2\/bot\/message\/(reply|push)$/.test(call.path) && call.status === 200);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A LINE emoji as LINE's webhook reports it (productId/emojiId from LINE's emoji list). */
const emoji = (index: number, length: number) => ({ index, length, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' });

describe('LINE edge rules (loopback LINE API)', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  let t: Record<'ja' | 'de' | 'en', TFunction>;

  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService({ ...lineEnv(api.url), BODY_LIMIT_BYTES: '65536' });
    const i18n = await createI18n(service.config.localesDir);
    t = { ja: i18n.getFixedT('ja'), de: i18n.getFixedT('de'), en: i18n.getFixedT('en') };
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });
  beforeEach(() => api.reset());

  async function answerTo(event: unknown): Promise<string> {
    const before = deliveries(api.calls).length;
    const response = await postWebhook(service.url, [event]);
    expect(response.status).toBe(200);
    await api.waitFor((calls) => deliveries(calls).length > before, 15_000, 'a reply');
    return textsOf(deliveries(api.calls).slice(before)).join('\n');
  }

  function textWithEmojis(text: string, emojis: unknown[], options: { groupId?: string; mention?: unknown } = {}) {
    const event = lineEvent(options.groupId ? 'groupTextMentioningBot' : 'text', { userId: newUserId(), text, ...(options.groupId ? { groupId: options.groupId } : {}) });
    event.message.emojis = emojis;
    if (options.mention) event.message.mention = options.mention;
    return event;
  }

  describe('one normalisation of the text (kind 1)', () => {
    it('"Deutsch bitte (love)" with the emoji reported at its index switches to German', async () => {
      const text = await answerTo(textWithEmojis('Deutsch bitte (love)', [emoji(14, 6)]));
      expect(text).toContain(t.de('language.changed'));
    });

    it('emoji before, between and after the words, and a Japanese command with an emoji', async () => {
      expect(await answerTo(textWithEmojis('(love)Deutsch(moon) bitte(love)', [emoji(0, 6), emoji(13, 6), emoji(25, 6)]))).toContain(t.de('language.changed'));
      expect(await answerTo(textWithEmojis('メニュー(smile)', [emoji(4, 7)]))).toContain(t.ja('menu.prompt'));
    });

    it('in a group, the emoji indexes still hold after the bot mention is cut out', async () => {
      const mention = { mentionees: [{ index: 0, length: 10, type: 'user', userId: BOT_USER_ID, isSelf: true }] };
      const text = await answerTo(textWithEmojis('@kakehashi (love) English please', [emoji(11, 6)], { groupId: newGroupId(), mention }));
      expect(text).toContain(t.en('language.changed'));
    });

    it('full-width, zero-width and BOM characters do not hide the menu command', async () => {
      expect(await answerTo(lineEvent('text', { userId: newUserId(), text: 'ｍｅｎｕ' }))).toContain(t.en('menu.prompt'));
      expect(await answerTo(lineEvent('text', { userId: newUserId(), text: '\uFEFFme\u200Bnu\u200D' }))).toContain(t.en('menu.prompt'));
      expect(await answerTo(lineEvent('text', { userId: newUserId(), text: 'Deutsch\u3000\u3000bitte' }))).toContain(t.de('language.changed'));
    });

    it('emoji reported outside the text are ignored rather than cutting words', async () => {
      expect(await answerTo(textWithEmojis('menu', [emoji(3, 50), { index: -1, length: 2 }]))).toContain(t.en('menu.prompt'));
    });
  });

  describe('standby mode (kind 4)', () => {
    it.each([
      ['a text message', () => lineEvent('text', { userId: newUserId(), text: 'menu' })],
      ['a follow', () => lineEvent('follow', { userId: newUserId() })],
      ['a postback', () => lineEvent('postback', { userId: newUserId(), data: 'menu' })],
    ])('%s in standby is accepted (200) and nothing is handled or sent', async (_label, make) => {
      const event = make();
      event.mode = 'standby';
      const response = await postWebhook(service.url, [event]);
      expect(response.status).toBe(200);
      await sleep(800);
      expect(api.calls).toEqual([]);
    });

    it('the same event in active mode is answered (the test can see an answer)', async () => {
      expect(await answerTo(lineEvent('text', { userId: newUserId(), text: 'menu' }))).toContain(t.en('menu.prompt'));
    });
  });

  describe('signature before content (kind 4)', () => {
    const post = (body: string | Buffer, headers: Record<string, string>) =>
      fetch(`${service.url}/webhooks/line`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });

    it.each([
      ['invalid JSON without a signature', '{"destination":', {}],
      ['invalid JSON with a wrong signature', '{"destination":', { 'x-line-signature': sign('{"destination":', 'another-secret') }],
      ['a gzip Content-Encoding without a signature', gzipSync('{"destination":"U","events":[]}'), { 'content-encoding': 'gzip' }],
      ['an unknown Content-Encoding with a wrong signature', '{"destination":"U","events":[]}', { 'content-encoding': 'x-trick', 'x-line-signature': 'AAAA' }],
      ['a text/plain body without a signature', 'hello', { 'content-type': 'text/plain' }],
      ['a large (under the limit) body without a signature', JSON.stringify({ destination: 'U', events: [], pad: 'x'.repeat(60_000) }), {}],
      ['an empty body with a signature of something else', '', { 'x-line-signature': sign('{}') }],
    ])('%s is 401', async (_label, body, headers) => {
      const response = await post(body as string, headers as Record<string, string>);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { reason: string } }).error.reason).toBe('signature check failed');
    });

    it('a body over the limit is 413 (the size limit may come first)', async () => {
      const response = await post(JSON.stringify({ pad: 'x'.repeat(70_000) }), {});
      expect(response.status).toBe(413);
    });

    it('correctly signed: invalid JSON is 400, a compressed body is 415, a body without events is 400', async () => {
      const broken = '{"destination":';
      expect((await post(broken, { 'x-line-signature': sign(broken) })).status).toBe(400);
      const gzipped = gzipSync(JSON.stringify({ destination: BOT_USER_ID, events: [] }));
      expect((await post(gzipped, { 'content-encoding': 'gzip', 'x-line-signature': sign(gzipped as unknown as string) })).status).toBe(415);
      const noEvents = JSON.stringify({ destination: BOT_USER_ID });
      expect((await post(noEvents, { 'x-line-signature': sign(noEvents) })).status).toBe(400);
      await sleep(300);
      expect(api.calls).toEqual([]);
    });

    it('a signed body sent with another content type is still read as the signed JSON', async () => {
      const body = JSON.stringify({ destination: BOT_USER_ID, events: [lineEvent('text', { userId: newUserId(), text: 'menu' })] });
      const response = await post(body, { 'content-type': 'text/plain', 'x-line-signature': sign(body) });
      expect(response.status).toBe(200);
      await api.waitFor((calls) => deliveries(calls).length >= 1);
    });
  });
});

describe("LineAdapter.verifySignature with line-bot-sdk-nodejs's signature vectors (test/validate-signature.spec.ts)", () => {
  const adapter = () =>
    new LineAdapter({
      channelSecret: 'test_secret', channelAccessToken: 'token', logger: { warn() {}, info() {}, debug() {}, error() {} } as never,
      i18n: {} as never, storage: {} as never, eraseUserRecords: async () => undefined,
    });
  const body = Buffer.from(JSON.stringify({ hello: 'world' }));

  it('accepts the valid vector and refuses the one-letter-changed one', () => {
    expect(adapter().verifySignature(body, 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=')).toBe(true);
    expect(adapter().verifySignature(body, 't7Hn4ZDHqs6e+wdvi5TyQivzie0DmMUmuXEBqyyE/tM=')).toBe(false);
    expect(adapter().verifySignature(body, undefined)).toBe(false);
  });
});
