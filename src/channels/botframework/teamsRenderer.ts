/**
 * Renders a neutral reply for Microsoft Teams: Markdown text with source links; choices and cards as hero cards
 * with messageBack buttons (suggested actions only show in one-to-one chats, hero card buttons everywhere).
 */
import type { Activity, Attachment } from 'botbuilder';
import type { Reply } from '../../replies/reply';
import { markdownBody } from './markdownBody';
import { planAdaptiveCard } from './planAdaptiveCard';
import { choiceToMessageBack, HERO_CARD, heroCard } from './heroCard';

/** Teams shows at most six buttons on a hero card. */
const TEAMS_MAX_BUTTONS = 6;

/**
 * @example
 * renderForTeams({ text: 'Pick', choices: [{ label: 'Tokyo', action: 'region:tokyo' }] }).attachments?.[0]?.contentType;
 * // 'application/vnd.microsoft.card.hero'
 */
export function renderForTeams(reply: Reply): Partial<Activity> {
  const attachments: Attachment[] = (reply.cards ?? []).map((card) => heroCard(card, TEAMS_MAX_BUTTONS));
  if (reply.plan) attachments.unshift(planAdaptiveCard(reply.plan));
  const choices = reply.choices ?? [];
  for (let start = 0; start < choices.length; start += TEAMS_MAX_BUTTONS) {
    attachments.push({
      contentType: HERO_CARD,
      content: { buttons: choices.slice(start, start + TEAMS_MAX_BUTTONS).map(choiceToMessageBack) },
    });
  }
  return {
    type: 'message',
    text: markdownBody(reply),
    textFormat: 'markdown',
    attachments,
    attachmentLayout: attachments.length > 1 ? 'list' : undefined,
  };
}
