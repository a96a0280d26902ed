/**
 * What the LINE channel knows about a user before the bot's turn: the language of the LINE profile
 * (GET /v2/bot/profile/{userId}, cached), and read-only looks at what the bot stored (saved language, the
 * labels of the choices last shown). The looks never write: the bot owns those records and writes them
 * under its turn lock.
 */
import type { Storage } from 'botbuilder';
import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../../logging/logger';
import { conversationStateKey, userStateKey } from '../../conversation/stateKeys';
import type { ConversationData, UserProfile } from '../../conversation/userRecords';
import { LineApiError } from './lineDelivery';
import { LINE_CHANNEL_ID } from './lineEvents';

export interface LineProfileLanguagesOptions {
  client: Pick<messagingApi.MessagingApiClient, 'getProfile'>;
  logger: Logger;
  /** How long a profile language (or its absence) is trusted. Default one day. */
  ttlMs?: number;
  /** Bound on cached users; the oldest are dropped first. Default 10 000. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * @example
 * const languages = new LineProfileLanguages({ client, logger });
 * await languages.languageOf('U4af4980629…'); // 'de'
 */
export class LineProfileLanguages {
  private readonly cache = new Map<string, { language: string | undefined; until: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: LineProfileLanguagesOptions) {
    this.ttlMs = options.ttlMs ?? 86_400_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The profile's language tag (`ja`, `de`, `en`, `zh-TW`, …), or undefined when LINE has none or refuses. */
  async languageOf(userId: string): Promise<string | undefined> {
    const cached = this.cache.get(userId);
    if (cached && cached.until > this.now()) return cached.language;
    let language: string | undefined;
    try {
      language = (await this.options.client.getProfile(userId)).language || undefined;
    } catch (caught) {
      const error = LineApiError.of('profile', caught);
      // 404: the user has not added the bot as a friend (group members); remember that as "no language".
      if (error.status !== 404) {
        this.options.logger.warn({ status: error.status, lineMessage: error.lineMessage }, 'LINE profile lookup failed');
        return undefined;
      }
    }
    this.cache.delete(userId);
    this.cache.set(userId, { language, until: this.now() + this.ttlMs });
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    return language;
  }

  forget(userId: string): void {
    this.cache.delete(userId);
  }
}

/** The language the bot saved for a LINE user (chosen or clearly written), if any. */
export async function savedLanguageOf(storage: Storage, userId: string): Promise<string | undefined> {
  const key = userStateKey(LINE_CHANNEL_ID, userId);
  const stored = (await storage.read([key]))[key] as { profile?: UserProfile } | undefined;
  return stored?.profile?.language ?? stored?.profile?.profileLanguage;
}

/** The label of a choice the bot last offered in a chat, to show a LINE postback as what the user pressed. */
export async function lastChoiceLabel(storage: Storage, conversationId: string, action: string): Promise<string | undefined> {
  const key = conversationStateKey(LINE_CHANNEL_ID, conversationId);
  const stored = (await storage.read([key]))[key] as { conversation?: ConversationData } | undefined;
  return stored?.conversation?.lastChoices?.find((choice) => choice.action === action)?.label;
}
