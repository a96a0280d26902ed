/**
 * Removes the bot's own @mention from a message (Teams and other Bot Framework group chats put
 * "<at>kakehashi</at>" in the text; it is not part of the question).
 *
 * botbuilder's `TurnContext.removeRecipientMention` removes only by the mention entity's `text`; some Teams
 * clients send the entity without `text`, and the markup then stayed in the question. Here the entity's `text`
 * is used when present, otherwise the `<at>…</at>` markup of the mentioned name (or the recipient's name).
 */
import type { Activity } from 'botbuilder';
import { escapeRegExp } from '../knowledge/analysis/normalize';

interface MentionEntity {
  type: 'mention';
  mentioned?: { id?: unknown; name?: unknown };
  text?: unknown;
}


function atMarkup(name: string): RegExp {
  return new RegExp(`<at(?:\\s[^>]*)?>\\s*${escapeRegExp(name.trim())}\\s*</at>`, 'giu');
}

/**
 * @param activity - an incoming activity (not modified).
 * @returns its text without the mentions of `activity.recipient`, trimmed; '' when it has no text.
 * @example
 * textWithoutRecipientMention({
 *   text: '<at>kakehashi</at> menu', recipient: { id: 'bot', name: 'kakehashi' },
 *   entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'kakehashi' } }],
 * }); // 'menu'
 */
export function textWithoutRecipientMention(activity: Pick<Partial<Activity>, 'text' | 'entities' | 'recipient'>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const recipientId = activity.recipient?.id;
  if (!text || !recipientId) return text.trim();
  const mentions = (Array.isArray(activity.entities) ? activity.entities : []).filter(
    (entity): entity is MentionEntity =>
      (entity as { type?: unknown })?.type === 'mention' && (entity as MentionEntity).mentioned?.id === recipientId,
  );
  for (const mention of mentions) {
    if (typeof mention.text === 'string' && mention.text.trim() !== '') {
      text = text.split(mention.text).join(' ');
      continue;
    }
    const names = [mention.mentioned?.name, activity.recipient?.name].filter(
      (name): name is string => typeof name === 'string' && name.trim() !== '',
    );
    for (const name of names) text = text.replace(atMarkup(name), ' ');
  }
  return text.trim();
}
