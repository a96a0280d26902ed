/** Carries a channel-neutral {@link Reply} inside a Bot Framework activity, with its plain-text rendering as `text`. */
import type { Activity, Attachment } from 'botbuilder';
import { plainText, type Reply } from './reply';

export const REPLY_CONTENT_TYPE = 'application/vnd.kakehashi.reply+json';

/** Wraps a reply into an outgoing message activity: plain text for any channel, the reply itself for renderers. */
export function replyToActivity(reply: Reply): Partial<Activity> {
  const attachment: Attachment = { contentType: REPLY_CONTENT_TYPE, content: reply };
  return { type: 'message', text: plainText(reply), textFormat: 'markdown', attachments: [attachment] };
}

/** The neutral reply carried by an outgoing activity, if it has one. */
export function replyOfActivity(activity: Partial<Activity>): Reply | undefined {
  const attachment = activity.attachments?.find((candidate) => candidate.contentType === REPLY_CONTENT_TYPE);
  return attachment?.content as Reply | undefined;
}
