/**
 * The per-user limit on chat messages, as botbuilder middleware on every adapter (Bot Framework, Direct Line,
 * LINE), so each channel's users are counted the same way (`channelId:userId`; for LINE this runs after the
 * webhook's signature check). A user over the limit gets one polite message in their language per window
 * (`limits.slowDown`), and the over-limit messages are not handled: no dialog, no search, no LLM call, no state write.
 */
import type { Middleware, Storage, TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Logger } from '../logging/logger';
import { userStateKey } from '../conversation/stateKeys';
import { resolveLanguage } from '../conversation/languageResolver';
import type { UserProfile } from '../conversation/userRecords';
import { replyToActivity } from '../replies/replyActivity';
import type { Limit } from './rateLimiters';
import { takeEarlyCount } from './earlyChatCount';

export interface ChatRateLimitDeps {
  limit: Limit;
  /** The bot's store, read only for the saved language of a user over the limit. */
  storage: Storage;
  i18n: i18n;
  logger: Logger;
}

async function languageOf(context: TurnContext, storage: Storage): Promise<string> {
  const { channelId, from, text, locale } = context.activity;
  let saved: string | undefined;
  try {
    const key = userStateKey(channelId, from.id);
    const profile = ((await storage.read([key]))[key] as { profile?: UserProfile } | undefined)?.profile;
    saved = profile?.language ?? profile?.profileLanguage;
  } catch {
    // the message's own language will do
  }
  return resolveLanguage({ text: typeof text === 'string' ? text : '', savedLanguage: saved, channelLocale: locale }).language;
}

/**
 * @example
 * adapter.use(chatRateLimit({ limit: limits.user, storage, i18n, logger }));
 */
export function chatRateLimit(deps: ChatRateLimitDeps): Middleware {
  return {
    async onTurn(context, next) {
      const { type, channelId, from } = context.activity;
      if (type !== 'message' || !from?.id || from.role === 'bot') return next();
      const key = `${channelId}:${from.id}`;
      const settled = (await takeEarlyCount(context.activity, key)) ?? (await deps.limit.consume(key).then((d) => ({ decision: d }), (error: unknown) => ({ error })));
      if ('error' in settled) {
        deps.logger.warn({ err: settled.error }, 'chat rate limit not checked');
        return next();
      }
      const { decision } = settled;
      if (decision.allowed) return next();
      if (!decision.firstRefusal) return;
      deps.logger.warn({ channelId, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limit: chat user over the limit; told once');
      const t = deps.i18n.getFixedT(await languageOf(context, deps.storage));
      await context.sendActivity(replyToActivity({ text: t('limits.slowDown', { seconds: decision.retryAfterSeconds }) }));
    },
  };
}
