/**
 * LINE webhook events as Bot Framework activities (pure). The raw event travels in `channelData.line`,
 * so nothing LINE sent is lost on the way to the bot.
 *
 * | LINE event | activity |
 * |---|---|
 * | message (text) | `message` with the text (in groups only when the bot is mentioned; the mention is removed) |
 * | message (sticker, image, audio, video, file, location) | `message` without text, one attachment `application/vnd.line.<type>` |
 * | postback | `message`, `value: { action: data }`, text filled in later by the adapter (the label) |
 * | follow | `conversationUpdate`, `membersAdded: [user]` (the bot's welcome runs) |
 * | unfollow | `conversationUpdate`, `membersRemoved: [user]` |
 * | join / leave | `conversationUpdate`, `membersAdded` / `membersRemoved: [bot]` |
 */
import type { Activity } from 'botbuilder';
import type { webhook } from '@line/bot-sdk';

export const LINE_CHANNEL_ID = 'line';

/** The content type of an attachment standing for a LINE message the bot cannot read (sticker, image, …). */
export const lineMediaContentType = (type: string) => `application/vnd.line.${type}`;

/** The media kinds that get a friendly "I can read text" answer; anything else falls back to `other`. */
export const LINE_MEDIA_TYPES = ['sticker', 'image', 'audio', 'video', 'file', 'location'] as const;

export interface LineEventEnvelope {
  /** The bot's user id (`destination` of the webhook body). */
  destination: string;
  event: webhook.Event;
}

/** Where replies go: the group, the room, or the user. */
export function chatIdOf(source: webhook.Source | undefined): string | undefined {
  if (!source) return undefined;
  if (source.type === 'group') return source.groupId;
  if (source.type === 'room') return source.roomId;
  return source.userId;
}

/** Events of one chat are handled in order; this is the chat they belong to. */
export function orderingKeyOf(event: webhook.Event): string {
  return chatIdOf(event.source) ?? event.webhookEventId;
}

export function replyTokenOf(event: webhook.Event): string | undefined {
  const token = (event as { replyToken?: unknown }).replyToken;
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

function textMentioningBot(message: webhook.TextMessageContent, inGroup: boolean): string | undefined {
  const selfMentions = (message.mention?.mentionees ?? [])
    .filter((mentionee) => mentionee.type === 'user' && (mentionee as webhook.UserMentionee).isSelf)
    .sort((a, b) => b.index - a.index);
  if (inGroup && selfMentions.length === 0) return undefined;
  let text = message.text;
  for (const mention of selfMentions) text = text.slice(0, mention.index) + text.slice(mention.index + mention.length);
  return text.trim();
}

/**
 * @returns the activity, or undefined for events the bot does not act on (group chatter without a mention,
 *          unsend, beacon, …).
 * @example
 * lineEventToActivity({ destination: 'Ubot', event: textEvent }, 'https://api.line.me')?.text; // 'Hello'
 */
export function lineEventToActivity(envelope: LineEventEnvelope, serviceUrl: string): Partial<Activity> | undefined {
  const { destination, event } = envelope;
  const source = event.source;
  const chatId = chatIdOf(source);
  if (!source || !chatId) return undefined;
  const inGroup = source.type !== 'user';
  const userId = source.userId ?? chatId;
  const base: Partial<Activity> = {
    channelId: LINE_CHANNEL_ID,
    serviceUrl,
    id: event.webhookEventId,
    timestamp: new Date(event.timestamp),
    from: { id: userId, name: '', role: 'user' },
    recipient: { id: destination, name: 'kakehashi', role: 'bot' },
    conversation: { id: chatId, isGroup: inGroup, conversationType: source.type === 'user' ? 'personal' : source.type, name: '' },
    channelData: { line: event },
  };

  switch (event.type) {
    case 'message': {
      const message = event.message;
      if (message.type === 'text') {
        const text = textMentioningBot(message, inGroup);
        if (text === undefined) return undefined;
        return { ...base, type: 'message', id: message.id, text };
      }
      if (inGroup) return undefined;
      const kind = (LINE_MEDIA_TYPES as readonly string[]).includes(message.type) ? message.type : 'other';
      return {
        ...base,
        type: 'message',
        id: message.id,
        text: '',
        attachments: [{ contentType: lineMediaContentType(kind), content: { messageId: message.id } }],
      };
    }
    case 'postback':
      return { ...base, type: 'message', text: '', value: { action: event.postback.data } };
    case 'follow':
      return { ...base, type: 'conversationUpdate', membersAdded: [{ id: userId, name: '' }] };
    case 'unfollow':
      return { ...base, type: 'conversationUpdate', membersRemoved: [{ id: userId, name: '' }] };
    case 'join':
      return { ...base, type: 'conversationUpdate', from: { id: destination, name: 'kakehashi' }, membersAdded: [{ id: destination, name: 'kakehashi' }] };
    case 'leave':
      return { ...base, type: 'conversationUpdate', from: { id: destination, name: 'kakehashi' }, membersRemoved: [{ id: destination, name: 'kakehashi' }] };
    default:
      return undefined;
  }
}

/** The kind of LINE media an activity stands for, if it is one the bot cannot read. */
export function lineMediaKindOf(activity: Partial<Activity>): string | undefined {
  const attachment = activity.attachments?.find((candidate) => candidate.contentType.startsWith('application/vnd.line.'));
  return attachment?.contentType.slice('application/vnd.line.'.length);
}
