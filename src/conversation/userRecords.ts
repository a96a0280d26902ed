/**
 * What kakehashi keeps per user and per conversation. Designed for what comes next:
 * a conversation reference for proactive messages (staff replies), the case a user is with staff on,
 * and the conversation ids needed to erase everything of one user.
 */
import type { Choice } from '../replies/reply';
import type { SupportedLanguage } from '../i18n/i18n';

export interface StoredConversationReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; isGroup?: boolean; conversationType?: string };
  user: { id: string; name?: string };
  bot: { id: string; name?: string };
  locale?: string;
}

export interface UserProfile {
  language?: SupportedLanguage;
  /** The language seeded by a channel profile (LINE), used before the channel locale. */
  profileLanguage?: string;
  region?: string;
  /** Where to reach this user without an incoming message (staff replies, satisfaction question). */
  reference?: StoredConversationReference;
  conversationIds: string[];
  /** Set while an office is handling this user: the bot then stays quiet and relays. */
  activeCaseId?: string;
  /** Consecutive low-confidence answers, so the bot can offer a person. */
  lowConfidenceStreak?: number;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationData {
  /** The choices last shown: a user on a text-only channel answers "2". */
  lastChoices?: Choice[];
}

export function newUserProfile(now: Date): UserProfile {
  const timestamp = now.toISOString();
  return { conversationIds: [], createdAt: timestamp, updatedAt: timestamp };
}
