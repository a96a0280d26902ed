/** A Teams user talking to the running service; the bot's replies arrive at the loopback connector. */
import { randomUUID } from 'node:crypto';
import type { ConnectorCall, LoopbackConnector } from '../../support/loopbackConnector';

export interface TeamsUser {
  userId: string;
  conversationId: string;
  /** Sends a message (text, or a button press with `action`) and returns the activities the bot sent for it. */
  say(text: string, options?: { action?: string; quietMs?: number }): Promise<ConnectorCall['activity'][]>;
  /** Everything the connector received for this user's conversation so far. */
  received(): ConnectorCall['activity'][];
}

export function teamsUser(baseUrl: string, connector: LoopbackConnector, locale = 'en-US', ids: { userId?: string; conversationId?: string } = {}): TeamsUser {
  const userId = ids.userId ?? `29:${randomUUID()}`;
  const conversationId = ids.conversationId ?? `a:${randomUUID()}`;
  const mine = () => connector.calls.filter((call) => call.path.includes(encodeURIComponent(conversationId)));
  return {
    userId,
    conversationId,
    received: () => mine().map((call) => call.activity),
    async say(text, options = {}) {
      const before = mine().length;
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          channelId: 'msteams',
          serviceUrl: connector.url,
          id: `1:${randomUUID()}`,
          timestamp: new Date().toISOString(),
          locale,
          text,
          ...(options.action ? { value: { action: options.action } } : {}),
          from: { id: userId, name: 'Test User' },
          recipient: { id: '28:kakehashi-bot', name: 'kakehashi' },
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
          channelData: { tenant: { id: 'tenant-1' } },
        }),
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      // Replies are posted to the connector before the HTTP response completes; a short wait catches stragglers.
      await new Promise((resolve) => setTimeout(resolve, options.quietMs ?? 30));
      return mine().slice(before).map((call) => call.activity);
    },
  };
}

export const textsOf = (activities: { text?: string }[]) => activities.map((activity) => activity.text ?? '').join('\n');

export async function waitUntil<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
