/** The one way dialogs speak: a channel-neutral reply, remembered so a text-only user can answer with a number. */
import type { TurnContext } from 'botbuilder';
import { replyToActivity } from '../src/replies/replyActivity';
import { turnServices } from '../src/conversation/turnServices';
import type { Reply } from '../src/replies/reply';

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  const services = turnServices(context);
  services.conversation.lastChoices = reply.choices && reply.choices.length > 0 ? reply.choices : undefined;
  await context.sendActivity(replyToActivity(reply));
}
