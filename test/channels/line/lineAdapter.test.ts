import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineAdapter, LineAdapterError } from '../../../src/channels/line/lineAdapter';
import { replyToActivity } from '../../../src/replies/replyActivity';
import { createI18n } from '../../../src/i18n/i18n';
import { loadConfig } from '../../../src/config';
import { MemoryStorage } from '../../../src/state/memoryStorage';
import { startService } from '../../support/startService';
import { startLoopbackLineApi, type LoopbackLineApi } from './support/loopbackLineApi';
import { CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET, lineEvent, newUserId, postWebhook, sign } from './support/lineWebhook';

const logger = pino({ level: 'silent' });

describe('LineAdapter', () => {
  let api: LoopbackLineApi;
  let adapter: LineAdapter;
  beforeAll(async () => {
    api = await startLoopbackLineApi();
    adapter = new LineAdapter({
      channelSecret: CHANNEL_SECRET,
      channelAccessToken: CHANNEL_ACCESS_TOKEN,
      apiBaseUrl: api.url,
      logger,
      i18n: await createI18n(loadConfig({}).localesDir),
      storage: new MemoryStorage(),
      eraseUserRecords: async () => undefined,
    });
  });
  afterAll(() => api.close());

  it('refuses to start without the channel secret or access token', async () => {
    const base = { logger, i18n: await createI18n(loadConfig({}).localesDir), storage: new MemoryStorage(), eraseUserRecords: async () => undefined };
    expect(() => new LineAdapter({ ...base, channelSecret: '', channelAccessToken: 'x' })).toThrow(LineAdapterError);
    expect(() => new LineAdapter({ ...base, channelSecret: 'x', channelAccessToken: '' })).toThrow(/channelAccessToken/);
  });

  it('verifies signatures with the SDK on the raw bytes (fixed vector)', () => {
    const body = Buffer.from('{"destination":"U0","events":[]}');
    expect(adapter.verifySignature(body, sign(body.toString()))).toBe(true);
    expect(adapter.verifySignature(body, 'uYHmq0Fh0jvr4Ku5pdVYbx6sVxjWl3Y+W1RVBmMWT5M=')).toBe(false);
    expect(adapter.verifySignature(body, undefined)).toBe(false);
    expect(adapter.verifySignature(undefined, 'x')).toBe(false);
  });

  it('pushes proactive messages (continueConversation) to the conversation', async () => {
    const userId = newUserId();
    await adapter.continueConversation({ conversation: { id: userId, isGroup: false, conversationType: 'personal', name: '' }, channelId: 'line', serviceUrl: api.url }, async (context) => {
      await context.sendActivity(replyToActivity({ text: 'Your office has answered.', from: { kind: 'office', name: 'NRW.Global Business' } }));
    });
    const [push] = api.callsTo(/\/push$/);
    expect(push!.body).toMatchObject({ to: userId, messages: [{ type: 'text', text: 'Your office has answered.', sender: { name: 'NRW.Global Business' } }] });
  });

  it('tells the caller of a proactive message when LINE refused it', async () => {
    api.failNext(/\/push$/, { status: 400, body: { message: 'Failed to send messages' } });
    await expect(
      adapter.continueConversation({ conversation: { id: newUserId(), isGroup: false, conversationType: 'personal', name: '' } }, async (context) => {
        await context.sendActivity('hello');
      }),
    ).rejects.toThrow(LineAdapterError);
  });

  it('cannot edit or delete sent messages (LINE has no such API)', async () => {
    await expect(adapter.updateActivity()).rejects.toThrow(LineAdapterError);
    await expect(adapter.deleteActivity()).rejects.toThrow(LineAdapterError);
  });
});

describe('LINE switched off', () => {
  it('answers 404 on /webhooks/line and says so at start', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => { lines.push(String(chunk)); done(); } });
    const service = await startService({}, { logger: pino({ level: 'info' }, sink) });
    try {
      const response = await postWebhook(service.url, [lineEvent('text', { userId: newUserId() })]);
      expect(response.status).toBe(404);
      expect(lines.some((line) => line.includes('LINE is off'))).toBe(true);
    } finally {
      await service.stop();
    }
  });
});
