/**
 * Renders a neutral reply for Web Chat (Direct Line) and the Emulator: Markdown text with source links,
 * choices as suggested actions that send back their action without showing it.
 */
import type { Activity } from 'botbuilder';
import type { Reply } from '../../replies/reply';
import { choiceToMessageBack, heroCard } from './heroCard';
import { markdownBody } from './markdownBody';
import { planAdaptiveCard } from './planAdaptiveCard';

/**
 * @example
 * renderForWebChat({ text: 'Hi', choices: [{ label: 'Menu', action: 'menu' }] }).suggestedActions?.actions.length; // 1
 */
export function renderForWebChat(reply: Reply): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    text: markdownBody(reply),
    textFormat: 'markdown',
  };
  if (reply.cards?.length) activity.attachments = reply.cards.map((card) => heroCard(card));
  if (reply.plan) activity.attachments = [planAdaptiveCard(reply.plan), ...(activity.attachments ?? [])];
  if (reply.choices?.length) activity.suggestedActions = { to: [], actions: reply.choices.map(choiceToMessageBack) };
  return activity;
}
