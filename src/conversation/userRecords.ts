/**
 * What kakehashi keeps per user and per conversation. Designed for what comes next:
 * a conversation reference for proactive messages (staff replies), the case a user is with staff on,
 * and the conversation ids needed to erase everything of one user.
 */
import type { Choice } from '../replies/reply';
import type { SupportedLanguage } from '../i18n/i18n';
import type { PlanDraft, SavedPlan } from '../plans/savedPlan';

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
  /** The partnership of the last turn (entry point, place names), used when a later turn names none. */
  partnership?: string;
  /** Where to reach this user without an incoming message (staff replies, satisfaction question). */
  reference?: StoredConversationReference;
  conversationIds: string[];
  /** Set while an office is handling this user: the bot then stays quiet and relays. */
  activeCaseId?: string;
  /** Consecutive low-confidence answers, so the bot can offer a person. */
  lowConfidenceStreak?: number;
  /** Guided plans and their progress (issue 10); kept here so erasure and export cover them. */
  plans?: SavedPlan[];
  /** A planner left half-answered, resumed on the next request (on any device). */
  planDraft?: PlanDraft;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationLine {
  at: string;
  from: 'user' | 'bot';
  text: string;
  language?: string;
}

export interface ConversationData {
  /** The choices last shown: a user on a text-only channel answers "2". */
  lastChoices?: Choice[];
  /** The last lines of the conversation, handed to a contact office (with consent) when the user asks for a person. */
  transcript?: ConversationLine[];
  /** The entry last answered (ids only, never the text), so follow-ups ("and how long does that take?") keep their context. */
  lastAnswer?: LastAnswer;
}

export interface LastAnswer {
  entryId: string;
  /** The entry's topic (informational; the entry id decides). */
  topic?: string;
  /** The region the answer was for, if any. */
  regionId?: string | undefined;
  /** Set when only the opening was shown: the "more" choice shows the rest. */
  moreAvailable?: boolean;
  /** The question this answered, as asked (or as a follow-up's alternative rewrote it: "what does a KK cost?"). */
  question?: string | undefined;
}

/** How much of a conversation is kept for a hand-over: enough context, bounded size. */
export const TRANSCRIPT_MAX_LINES = 40;
export const TRANSCRIPT_MAX_LINE_LENGTH = 1000;
/** The bot's own lines are kept shorter: staff need to see what was answered, not the whole answer again,
 * and every turn reads and writes this state. */
export const TRANSCRIPT_MAX_BOT_LINE_LENGTH = 300;

/** Appends a line, keeping the transcript bounded. */
export function appendTranscript(conversation: ConversationData, line: ConversationLine): void {
  const transcript = (conversation.transcript ??= []);
  const max = line.from === 'bot' ? TRANSCRIPT_MAX_BOT_LINE_LENGTH : TRANSCRIPT_MAX_LINE_LENGTH;
  transcript.push({ ...line, text: line.text.length > max ? `${line.text.slice(0, max - 1)}…` : line.text });
  if (transcript.length > TRANSCRIPT_MAX_LINES) transcript.splice(0, transcript.length - TRANSCRIPT_MAX_LINES);
}

export function newUserProfile(now: Date): UserProfile {
  const timestamp = now.toISOString();
  return { conversationIds: [], createdAt: timestamp, updatedAt: timestamp };
}
