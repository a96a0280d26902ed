/**
 * The one `onTurnError` for every adapter: log with the conversation id, apologise in the user's language,
 * and clear the broken dialog state so the next message starts clean. Never rethrows.
 */
import type { TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Logger } from '../logging/logger';
import { replyToActivity } from '../replies/replyActivity';
import { DEFAULT_LANGUAGE } from '../i18n/i18n';
import { resolveLanguage } from './languageResolver';

export function createTurnErrorHandler(deps: {
  i18n: i18n;
  logger: Logger;
  clearConversation(context: TurnContext): Promise<void>;
}) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    deps.logger.error(
      { err: { name: error.name, message: error.message, stack: error.stack }, conversationId: activity?.conversation?.id, channelId: activity?.channelId },
      'turn failed',
    );
    try {
      await deps.clearConversation(context);
    } catch (clearError) {
      deps.logger.error({ err: clearError, conversationId: activity?.conversation?.id }, 'could not clear conversation state');
    }
    if (activity?.type !== 'message') return;
    try {
      const language = resolveLanguage({ text: activity.text ?? '', channelLocale: activity.locale }).language ?? DEFAULT_LANGUAGE;
      await context.sendActivity(replyToActivity({ text: deps.i18n.getFixedT(language)('errors.generic') }));
    } catch (sendError) {
      deps.logger.error({ err: sendError, conversationId: activity.conversation?.id }, 'could not send the apology');
    }
  };
}
