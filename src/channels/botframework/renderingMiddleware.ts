/**
 * Turns the neutral replies the dialogs send into each Bot Framework channel's native form just before they leave.
 * Channels without a renderer get the plain text that every activity already carries.
 */
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { replyOfActivity, REPLY_CONTENT_TYPE } from '../../replies/replyActivity';
import type { Reply } from '../../replies/reply';
import { renderForTeams } from './teamsRenderer';
import { renderForWebChat } from './webChatRenderer';

type Renderer = (reply: Reply) => Partial<Activity>;

const RENDERERS: Record<string, Renderer> = {
  msteams: renderForTeams,
  directline: renderForWebChat,
  webchat: renderForWebChat,
  emulator: renderForWebChat,
  test: renderForWebChat,
};

/** Applies the channel's renderer to one outgoing activity; unknown channels keep only the plain text. */
export function renderActivity(channelId: string, activity: Partial<Activity>): Partial<Activity> {
  const reply = replyOfActivity(activity);
  if (!reply) return activity;
  const renderer = RENDERERS[channelId];
  const rest = { ...activity, attachments: activity.attachments?.filter((a) => a.contentType !== REPLY_CONTENT_TYPE) };
  if (!renderer) return rest;
  return { ...rest, ...renderer(reply) };
}

export const renderingMiddleware: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, nextSend) => {
      activities.forEach((activity, index) => {
        activities[index] = renderActivity(ctx.activity.channelId, activity);
      });
      return nextSend();
    });
    await next();
  },
};
