import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { expectRepliesClient, textOf } from '../../support/botFrameworkClient';
import { userStateKey } from '../../../src/conversation/stateKeys';

describe('POST /api/messages with deliveryMode expectReplies', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('answers a German message from an en-US client in German', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    const replies = await client.send('Hallo, wie melde ich meinen Wohnsitz in Düsseldorf an?');
    expect(replies.length).toBeGreaterThan(0);
    const text = textOf(replies);
    expect(text).toContain('Bundesmeldegesetz');
    expect(text).toMatch(/Quellen \(geprüft am \d{4}-\d{2}-\d{2}\)/);
  });

  it('shows the topic menu as suggested actions that send back an action', async () => {
    const client = expectRepliesClient(service.url, { locale: 'ja-JP' });
    const replies = await client.send('メニュー');
    const actions = replies.flatMap((reply) => reply.suggestedActions?.actions ?? []);
    expect(actions.map((action) => action.title)).toContain('医療');
    expect(actions.find((action) => action.title === '医療')?.value).toEqual({ action: 'topic:healthcare' });
  });

  it('asks which region when the question names none, then keeps the answer for the pending question', async () => {
    const client = expectRepliesClient(service.url);
    const first = await client.send('How do I find a pediatrician for my son?');
    expect(textOf(first)).toMatch(/Tokyo/);
    expect(textOf(first)).toMatch(/North Rhine-Westphalia/);
    const second = await client.send('Cologne');
    const answer = textOf(second);
    expect(answer).toMatch(/doctor/i);
    expect(answer).toMatch(/NRW|Düsseldorf/);
    expect(answer).not.toMatch(/Tokyo|#7119/);
    expect(answer).toMatch(/Sources \(checked \d{4}-\d{2}-\d{2}\)/);
  });

  it('a one-word message does not flip the saved language', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await client.send('日本語でお願いします');
    const replies = await client.send('Hallo');
    expect(textOf(replies)).toMatch(/[\u3040-\u30ff]/);
  });

  it('switches language on "Deutsch bitte" and confirms in German', async () => {
    const client = expectRepliesClient(service.url, { locale: 'ja-JP' });
    const replies = await client.send('Deutsch bitte');
    expect(textOf(replies)).toContain('ich antworte ab jetzt auf Deutsch');
  });

  it('answers a 20,000-character message politely, not with an error', async () => {
    const client = expectRepliesClient(service.url);
    const replies = await client.send('a'.repeat(20_000));
    expect(textOf(replies)).toMatch(/very long \(20000 characters\)/);
  });

  it('ignores unknown activity types without an error', async () => {
    const client = expectRepliesClient(service.url);
    const response = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'somethingNew', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
        from: { id: client.userId }, recipient: { id: 'bot' }, conversation: { id: client.conversationId },
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { activities: unknown[] }).activities).toEqual([]);
  });

  it('rejects malformed JSON with 400 and an oversized body with 413, without a stack trace', async () => {
    const malformed = await fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(malformed.status).toBe(400);
    const malformedBody = await malformed.text();
    expect(malformedBody).toContain('malformed JSON');
    expect(malformedBody).not.toMatch(/at .*\.js:\d+/);
    const huge = await fetch(`${service.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('deletes the user data on request', async () => {
    const client = expectRepliesClient(service.url);
    await client.send('Tokyo');
    const key = userStateKey('emulator', client.userId);
    expect(Object.keys(await service.kakehashi.storage.read([key]))).toEqual([key]);
    const replies = await client.send('delete my data');
    expect(textOf(replies)).toMatch(/has been deleted/);
    expect(await service.kakehashi.storage.read([key])).toEqual({});
  });
});
