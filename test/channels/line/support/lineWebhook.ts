/**
 * Builds LINE webhook calls from the documented event shapes (fixtures/webhookEvents.json) with fresh ids,
 * and posts them signed with the channel secret as LINE does (HMAC-SHA256 of the raw body, base64).
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import fixtures from '../fixtures/webhookEvents.json';

export const CHANNEL_SECRET = 'loopback-channel-secret-0123456789abcdef';
export const CHANNEL_ACCESS_TOKEN = 'loopback-channel-access-token';
export const BOT_USER_ID = 'Ubot0000000000000000000000000000';

type FixtureName = Exclude<keyof typeof fixtures, '_comment'>;

/** A LINE-looking user id (U + 32 hex). */
export const newUserId = () => `U${randomBytes(16).toString('hex')}`;
export const newGroupId = () => `C${randomBytes(16).toString('hex')}`;
const newEventId = () => `01${randomBytes(12).toString('hex').toUpperCase()}`;

export interface EventOptions {
  userId?: string;
  groupId?: string;
  text?: string;
  data?: string;
  replyToken?: string | null;
  timestamp?: number;
  webhookEventId?: string;
  isRedelivery?: boolean;
}

/** One event of the fixture's shape, with fresh ids and the options applied. */
export function lineEvent(name: FixtureName, options: EventOptions = {}): any {
  const event = structuredClone(fixtures[name]) as any;
  event.webhookEventId = options.webhookEventId ?? newEventId();
  event.timestamp = options.timestamp ?? Date.now();
  event.deliveryContext = { isRedelivery: options.isRedelivery ?? false };
  if ('replyToken' in event || options.replyToken) {
    if (options.replyToken === null) delete event.replyToken;
    else event.replyToken = options.replyToken ?? randomUUID().replace(/-/g, '');
  }
  if (options.userId) event.source.userId = options.userId;
  if (options.groupId) event.source.groupId = options.groupId;
  if (event.message) event.message.id = String(Date.now()) + String(Math.floor(Math.random() * 1e6));
  if (options.text !== undefined) event.message.text = options.text;
  if (options.data !== undefined) event.postback.data = options.data;
  return event;
}

export function sign(body: string, secret = CHANNEL_SECRET): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** POSTs a webhook body; `signature: undefined` leaves the header out, a string replaces it. */
export async function postWebhook(baseUrl: string, events: unknown[], options: { signature?: string | undefined; destination?: string } = {}): Promise<Response> {
  const body = JSON.stringify({ destination: options.destination ?? BOT_USER_ID, events });
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'LineBotWebhook/2.0' };
  const signature = 'signature' in options ? options.signature : sign(body);
  if (signature !== undefined) headers['x-line-signature'] = signature;
  return fetch(`${baseUrl}/webhooks/line`, { method: 'POST', headers, body });
}

export function lineEnv(apiUrl: string): Record<string, string> {
  return { LINE_CHANNEL_SECRET: CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN, LINE_API_BASE_URL: apiUrl };
}

/** The texts of the messages sent in recorded reply/push calls. */
export function textsOf(calls: { body: any }[]): string[] {
  return calls.flatMap((call) => (call.body?.messages ?? []) as any[]).filter((m) => m.type === 'text').map((m) => m.text as string);
}
