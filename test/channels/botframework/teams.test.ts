import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../../support/loopbackConnector';

/** Shaped like what Teams posts to a bot (recorded field names; ids shortened). */
function teamsActivity(connector: LoopbackConnector, conversationId: string, extra: Record<string, unknown>) {
  return {
    channelId: 'msteams',
    serviceUrl: connector.url,
    id: `1:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    from: { id: '29:1a2b3c-user', name: 'Anna Schmidt', aadObjectId: 'f0b6c2e4-0000-4000-8000-000000000001' },
    recipient: { id: '28:kakehashi-bot-app-id', name: 'kakehashi' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: '72f988bf-0000-4000-8000-000000000000' },
    channelData: { tenant: { id: '72f988bf-0000-4000-8000-000000000000' } },
    ...extra,
  };
}

describe('Microsoft Teams through POST /api/messages (replies to a loopback connector)', () => {
  let service: RunningService;
  let connector: LoopbackConnector;
  beforeAll(async () => {
    connector = await startLoopbackConnector();
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
    await connector.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
  });

  const post = (body: unknown) =>
    fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('welcomes a user added to the conversation, in the Teams locale, with buttons as a hero card', async () => {
    const conversationId = `a:${randomUUID()}`;
    const response = await post(
      teamsActivity(connector, conversationId, {
        type: 'conversationUpdate',
        locale: 'de-DE',
        membersAdded: [{ id: '29:1a2b3c-user' }],
      }),
    );
    expect(response.status).toBe(200);
    const [welcome] = await connector.waitFor(1);
    expect(welcome!.path).toContain(encodeURIComponent(conversationId));
    expect(welcome!.activity.text).toContain('Willkommen bei kakehashi');
    const buttons = welcome!.activity.attachments!.flatMap((attachment) => attachment.content.buttons);
    expect(welcome!.activity.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttons.map((button: { title: string }) => button.title)).toContain('Gesundheit');
    expect(buttons[0]).toMatchObject({ type: 'messageBack', value: { action: 'topic:company' } });
  });

  it('does not welcome when only the bot itself is added', async () => {
    await post(teamsActivity(connector, `a:${randomUUID()}`, { type: 'conversationUpdate', membersAdded: [{ id: '28:kakehashi-bot-app-id' }] }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
  });

  it('strips the @mention and honours the Teams locale for a one-word message', async () => {
    const response = await post(
      teamsActivity(connector, `a:${randomUUID()}`, {
        type: 'message',
        locale: 'ja-JP',
        text: '<at>kakehashi</at> menu',
        entities: [{ type: 'mention', text: '<at>kakehashi</at>', mentioned: { id: '28:kakehashi-bot-app-id', name: 'kakehashi' } }],
      }),
    );
    expect(response.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply!.activity.text).toContain('どのようなことでお困りですか');
    expect(reply!.activity.replyToId).toBeDefined();
  });

  it('a button press (messageBack value) reaches the dialog as an action', async () => {
    await post(
      teamsActivity(connector, `a:${randomUUID()}`, {
        type: 'message', locale: 'en-US', text: 'Healthcare', value: { action: 'topic:healthcare' },
      }),
    );
    const [reply] = await connector.waitFor(1);
    expect(reply!.activity.text).toMatch(/Tokyo|North Rhine-Westphalia/);
  });
});
