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
 * | any event with `mode: "standby"` | none: another channel (a module channel) owns the chat; LINE's rule is that
 *   the bot then neither handles nor sends anything |
 *
 * A text message's LINE emoji ("(love)" placeholders, `message.emojis` index/length) travel as
 * `channelData[PLACEHOLDER_SPANS_KEY]`, re-indexed after the bot's mention is removed; the bot's input reader drops them.
 */
import type { Activity } from 'botbuilder';
import type { webhook } from '@line/bot-sdk';
import { PLACEHOLDER_SPANS_KEY, type TextSpan } from '../../conversation/textNormalizer';

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

/** The text of a message with the bot's own mentions removed, and its LINE emoji spans re-indexed to that text. */
function textMentioningBot(message: webhook.TextMessageContent, inGroup: boolean): { text: string; emojiSpans: TextSpan[] } | undefined {
  const selfMentions = (message.mention?.mentionees ?? []).filter(
    (mentionee) => mentionee.type === 'user' && (mentionee as webhook.UserMentionee).isSelf,
  );
  if (inGroup && selfMentions.length === 0) return undefined;
  const original = typeof message.text === 'string' ? message.text : '';
  const removed = (i: number) => selfMentions.some((mention) => i >= mention.index && i < mention.index + mention.length);
  // newIndex[i]: where original index i lands once the mentions are cut out.
  const newIndex: number[] = [];
  let kept = '';
  for (let i = 0; i < original.length; i++) {
    newIndex[i] = kept.length;
    if (!removed(i)) kept += original[i];
  }
  newIndex[original.length] = kept.length;
  const lead = kept.length - kept.trimStart().length;
  const text = kept.trim();
  const emojiSpans: TextSpan[] = [];
  for (const emoji of message.emojis ?? []) {
    const { index, length } = emoji as { index?: unknown; length?: unknown };
    if (!Number.isInteger(index) || !Number.isInteger(length)) continue;
    const start = index as number;
    const end = start + (length as number);
    if (start < 0 || end > original.length || end <= start) continue;
    const span = { index: newIndex[start]! - lead, length: newIndex[end]! - newIndex[start]! };
    if (span.index >= 0 && span.length > 0 && span.index + span.length <= text.length) emojiSpans.push(span);
  }
  return { text, emojiSpans };
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
  if ((event as { mode?: unknown }).mode === 'standby') return undefined;
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
        const read = textMentioningBot(message, inGroup);
        if (read === undefined) return undefined;
        return {
          ...base,
          type: 'message',
          id: message.id,
          text: read.text,
          channelData: { ...base.channelData, [PLACEHOLDER_SPANS_KEY]: read.emojiSpans },
        };
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
