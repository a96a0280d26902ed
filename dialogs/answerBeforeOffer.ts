/**
 * A request for introductions ("can you introduce us to investors in NRW?"), or for a person's help with a subject ("can
 * someone help me find a flat in Essen?"), gets what the knowledge has on it first:
 * the best entry for the region (start-up, investor and university networks, support organisations, with sources),
 * then the offer to hand over to the office. A question about who the contact is ("who's my contact at TMG? email or
 * phone?") gets the office's own public-route entry (`publicRouteEntry` in offices.json), whatever else it mentions.
 * Channel-neutral: the dialog sends the reply; LINE gets the short form.
 */
import type { TurnContext } from 'botbuilder';
import { askerOf, type Answerer } from '../src/conversation/answering';
import { asksForPersonOutright } from '../src/conversation/commands';
import { isContactQuestion } from '../src/conversation/contactQuestion';
import { besidesPersonRequest } from '../src/conversation/personRequest';
import { analyze } from '../src/knowledge/analysis/analyzer';
import { turnServices } from '../src/conversation/turnServices';
import type { Reply } from '../src/replies/reply';
import type { Topic } from '../src/knowledge/entrySchema';

/**
 * The sourced answer to an introduction request, without its suggestion buttons (the hand-over offer follows with its
 * own); undefined when nothing matched confidently, or when the user asked for a person outright ("can I talk to a real
 * person? we need introductions …"): then only the offer is shown.
 * Remembers the entry as the last answer, so "and in Cologne?" after the hand-over follows up on it.
 * @param contactEntryId the public-route entry of the office the offer names, for questions about who the contact is
 * @param topic only entries of this topic answer: `support` for a request for introductions (networks, support
 *   organisations), so "파리에서 투자자 소개받을 수 있나요?" gets the investor networks, not the investor residence permit
 */
export async function answerBeforeOffer(
  context: TurnContext,
  answerer: Pick<Answerer, 'answerQuestion' | 'answerEntry'>,
  text: string,
  regionId: string | undefined,
  contactEntryId?: string,
  topic?: Topic,
): Promise<Reply | undefined> {
  if (!text.trim() || asksForPersonOutright(text)) return undefined;
  const services = turnServices(context);
  // A wish for a person that names no subject ("je voudrais parler à quelqu'un", "誰かと話せますか") has nothing for the
  // knowledge to answer: its "talk" would only find entries about speaking a language.
  const language = services.messageLanguage ?? services.language;
  if (!isContactQuestion(text) && analyze(besidesPersonRequest(text), language, { bigrams: false }).length === 0) return undefined;
  const request = {
    text,
    language: services.language,
    messageLanguage: services.messageLanguage,
    regionId,
    partnershipRegions: services.partnership?.regions,
    t: services.t,
    compact: context.activity.channelId === 'line',
    asker: askerOf(context.activity),
    topic,
  };
  if (contactEntryId && isContactQuestion(text)) {
    const contact = await answerer.answerEntry(contactEntryId, request);
    if (contact) {
      services.conversation.lastAnswer = { entryId: contactEntryId, regionId };
      const { choices: _suggestions, ...reply } = contact;
      return reply;
    }
  }
  const outcome = await answerer.answerQuestion(request);
  if (!outcome.confident) return undefined;
  if (outcome.answered) services.conversation.lastAnswer = outcome.answered;
  const { choices: _suggestions, ...reply } = outcome.reply;
  return reply;
}
