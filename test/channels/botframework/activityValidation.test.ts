/**
 * Field fault kind 2: activities the adapter cannot process are refused at the edge with 400 and the reason,
 * never accepted with 200 while the turn crashes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { startService, type RunningService } from '../../support/startService';

function completeMessage(): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    text: 'menu',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    locale: 'en-US',
    from: { id: `user-${randomUUID()}`, name: 'Test User' },
    recipient: { id: 'kakehashi-bot', name: 'kakehashi' },
    conversation: { id: `conv-${randomUUID()}` },
  };
}

const without = (activity: Record<string, unknown>, path: string): Record<string, unknown> => {
  const copy = structuredClone(activity);
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail) delete (copy[head] as Record<string, unknown>)[tail];
  else delete copy[head];
  return copy;
};

describe('POST /api/messages refuses activities it cannot process (400 with the reason)', () => {
  let service: RunningService;
  const errors: unknown[] = [];
  beforeAll(async () => {
    const logger = pino({ level: 'error' }, { write: (line: string) => errors.push(JSON.parse(line)) });
    service = await startService({}, { logger });
  });
  afterAll(() => service.stop());

  const post = (body: unknown) =>
    fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('{"type":"message","text":"hi"} is a 400 naming every missing field, and no turn crashes', async () => {
    const response = await post({ type: 'message', text: 'hi' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { reason: string; problems: string[] } };
    expect(body.error.problems).toEqual(expect.arrayContaining([
      'channelId is required', 'conversation.id is required', 'from.id is required', 'recipient.id is required',
      'serviceUrl is required (unless deliveryMode is expectReplies)',
    ]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).toEqual([]);
  });

  it.each(['conversation.id', 'conversation', 'channelId', 'from.id', 'from', 'recipient', 'recipient.id'])(
    'a message without %s is a 400 that says so',
    async (field) => {
      const response = await post(without(completeMessage(), field));
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { reason: string } };
      expect(error.reason).toContain(`${field.split('.')[0]}`);
    },
  );

  it('a message without serviceUrl is a 400 unless it expects its replies in the response', async () => {
    const normal = without(completeMessage(), 'serviceUrl');
    delete normal.deliveryMode;
    const refused = await post(normal);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toContain('serviceUrl');

    const expectReplies = await post(without(completeMessage(), 'serviceUrl'));
    expect(expectReplies.status).toBe(200);
    const { activities } = (await expectReplies.json()) as { activities: { text?: string }[] };
    expect(activities.map((activity) => activity.text).join('\n')).toContain('What can I help you with?');
  });

  it.each([
    ['text that is not a string', { text: { value: 'menu' } }],
    ['entities that are not an array', { entities: { type: 'mention' } }],
    ['a blank conversation id', { conversation: { id: '  ' } }],
    ['a non-http serviceUrl', { serviceUrl: 'file:///etc/passwd', deliveryMode: undefined }],
  ])('a message with %s is a 400', async (_label, change) => {
    const response = await post({ ...completeMessage(), ...change });
    expect(response.status).toBe(400);
  });

  it('other activity types are checked too: a conversationUpdate without conversation is a 400', async () => {
    const activity = without({ ...completeMessage(), type: 'conversationUpdate', membersAdded: [{ id: 'u1' }] }, 'conversation');
    expect((await post(activity)).status).toBe(400);
    expect((await post({ ...completeMessage(), type: 'conversationUpdate', membersAdded: ['u1'] })).status).toBe(400);
  });

  it('a body that is not an object is a 400', async () => {
    expect((await post([completeMessage()])).status).toBe(400);
    expect((await post('message')).status).toBe(400);
    expect(errors).toEqual([]);
  });
});

describe('POST /api/messages with Bot Framework authentication on', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-password' });
  });
  afterAll(() => service.stop());

  it('a request without a bearer token is 401 before its body is looked at, also when the body is broken', async () => {
    for (const body of [JSON.stringify(completeMessage()), '{"type":"message","text":"hi"}', '{broken']) {
      const response = await fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(body === '{broken' ? 400 : 401);
    }
  });
});
