/** Sends activities to `POST /api/messages` with `deliveryMode: expectReplies`, as a Bot Framework client would. */
import { randomUUID } from 'node:crypto';

export interface SentActivity {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string; value?: unknown; type: string }[] };
  attachments?: { contentType: string; content: unknown }[];
  channelData?: unknown;
  [key: string]: unknown;
}

export interface ExpectRepliesClient {
  send(text: string, extra?: Record<string, unknown>): Promise<SentActivity[]>;
  conversationId: string;
  userId: string;
}

export function expectRepliesClient(baseUrl: string, options: { channelId?: string; locale?: string; conversationId?: string; userId?: string } = {}): ExpectRepliesClient {
  const conversationId = options.conversationId ?? `conv-${randomUUID()}`;
  const userId = options.userId ?? `user-${randomUUID()}`;
  return {
    conversationId,
    userId,
    async send(text, extra = {}) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: randomUUID(),
          text,
          channelId: options.channelId ?? 'emulator',
          serviceUrl: 'http://127.0.0.1:1',
          deliveryMode: 'expectReplies',
          locale: options.locale ?? 'en-US',
          from: { id: userId, name: 'Test User' },
          recipient: { id: 'kakehashi-bot', name: 'kakehashi' },
          conversation: { id: conversationId },
          timestamp: new Date().toISOString(),
          ...extra,
        }),
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { activities: SentActivity[] };
      return body.activities;
    },
  };
}

/** All text the user sees in the replies, joined. */
export function textOf(activities: SentActivity[]): string {
  return activities.map((activity) => activity.text ?? '').join('\n');
}

/** The action values of the reply's buttons ("topic:company", "region:nrw", "plan:new:moving:nrw"), in order. */
export function choiceActions(replies: SentActivity[]): string[] {
  return replies
    .flatMap((reply) => reply.suggestedActions?.actions ?? [])
    .map((action) => (typeof action.value === 'string' ? action.value : (action.value as { action?: string } | undefined)?.action ?? ''));
}

/** Whether the reply asks which region (its buttons choose one). */
export function asksForRegion(replies: SentActivity[]): boolean {
  return choiceActions(replies).some((action) => action.startsWith('region:'));
}
