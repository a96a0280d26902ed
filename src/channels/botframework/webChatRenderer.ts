/**
 * Renders a neutral reply for Web Chat (Direct Line) and the Emulator: Markdown text with source links,
 * choices as suggested actions that send back their action without showing it.
 */
import type { Activity, CardAction } from 'botbuilder';
import type { Choice, Reply } from '../../replies/reply';
import { markdownBody } from './markdownBody';

export function choiceToMessageBack(choice: Choice): CardAction {
  return { type: 'messageBack', title: choice.label, text: choice.label, displayText: choice.label, value: { action: choice.action } };
}

/**
 * @example
 * renderForWebChat({ text: 'Hi', choices: [{ label: 'Menu', action: 'menu' }] }).suggestedActions?.actions.length; // 1
 */
export function renderForWebChat(reply: Reply): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    text: markdownBody(reply),
    textFormat: 'markdown',
    channelData: { kakehashi: { reply } },
  };
  if (reply.cards?.length) {
    activity.attachments = reply.cards.map((card) => ({
      contentType: 'application/vnd.microsoft.card.hero',
      content: {
        title: card.title,
        text: card.text,
        buttons: [
          ...(card.links ?? []).map((link) => ({ type: 'openUrl', title: link.title, value: link.url })),
          ...(card.choices ?? []).map(choiceToMessageBack),
        ],
      },
    }));
  }
  if (reply.choices?.length) activity.suggestedActions = { to: [], actions: reply.choices.map(choiceToMessageBack) };
  return activity;
}
