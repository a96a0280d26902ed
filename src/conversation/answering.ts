/**
 * What the dialogs ask of the knowledge side. The dialogs stay ignorant of how answers are found
 * (search, curated entries, optional LLM); the composition root decides.
 */
import type { DetectedLanguage } from './languageDetector';
import type { TFunction } from 'i18next';
import type { SupportedLanguage } from '../i18n/i18n';
import type { Reply } from '../replies/reply';
import type { LastAnswer } from './userRecords';
import type { Topic } from '../knowledge/entrySchema';

export const MENU_TOPICS = ['company', 'healthcare', 'schooling', 'housing', 'support'] as const;
export type MenuTopic = (typeof MENU_TOPICS)[number];

export interface AnswerRequest {
  text: string;
  language: SupportedLanguage;
  messageLanguage: string | undefined;
  regionId: string | undefined;
  /** The region ids of the conversation's partnership: with no region known, answers stay inside them. */
  partnershipRegions?: readonly string[] | undefined;
  /** True when `regionId` was inferred from the question, not named or chosen: the answer says which region it is about. */
  regionAssumed?: boolean | undefined;
  t: TFunction;
  /** Long entries come as their opening plus a "more" choice (LINE: one bubble instead of several walls of text). */
  compact?: boolean | undefined;
  /** Who asks, on which channel: only for the staff insights (question counts per channel and user). */
  asker?: Asker | undefined;
  /** Only entries of this topic answer (a request for introductions: the support organisations and networks). */
  topic?: Topic | undefined;
}

/** The asker of a question: the channel id ("line", "msteams", "directline", …) and the user's id on it. */
export interface Asker {
  channelId: string;
  userId: string;
  displayName: string | undefined;
}

/**
 * The asker of an activity (any object with Bot Framework's `channelId` and `from`), or `undefined` without a user id.
 * @example askerOf(context.activity) // { channelId: 'line', userId: 'U4af…', displayName: 'Aiko' }
 */
export function askerOf(activity: { channelId?: string | undefined; from?: { id?: string | undefined; name?: string | undefined } | undefined }): Asker | undefined {
  if (!activity.from?.id) return undefined;
  return { channelId: activity.channelId ?? 'unknown', userId: activity.from.id, displayName: activity.from.name || undefined };
}

export interface AnswerOutcome {
  reply: Reply;
  /** False when nothing matched well: the dialog counts these and offers a person after repeated misses. */
  confident: boolean;
  /** What was answered, kept in the conversation for follow-ups (ids only). */
  answered?: LastAnswer | undefined;
}

/** What a free-text message is, decided before any search. */
export type MessageKind = 'question' | 'follow-up' | 'small-talk' | 'out-of-scope';
export type SmallTalkKind = 'greeting' | 'thanks' | 'farewell' | 'acknowledgement' | 'identity';

export interface Understanding {
  kind: MessageKind;
  /** For small talk: which kind, to answer in kind. */
  smallTalk?: SmallTalkKind | undefined;
  /** The language of the small-talk phrase ("Hallo" → de), for a message too short to identify otherwise. */
  languageHint?: string | undefined;
  /** Every language the small-talk phrase belongs to ("ok": en, de); the hint is not used when the turn's language is one. */
  hintLanguages?: string[] | undefined;
  /**
   * Out of scope only because nothing of ours could be found in it (no word of our subjects, no confident search hit,
   * but no word of the out-of-scope examples either): while a question waits for its answer ("わからない" to the
   * region question), such a message is an answer, not a new request; with the side known, it is searched there.
   */
  unplaced?: boolean | undefined;
}

export interface Answerer {
  /** Answers a free-text question. */
  answerQuestion(request: AnswerRequest): Promise<AnswerOutcome>;
  /** The entries of one menu topic for a region, as choices. */
  browseTopic(topic: MenuTopic, request: AnswerRequest): Promise<Reply>;
  /** One entry chosen from a list. */
  answerEntry(entryId: string, request: AnswerRequest): Promise<Reply | undefined>;
  /** Emergency numbers for the region (every region when unknown), before any dialog. */
  emergencyReply?(request: AnswerRequest): Promise<Reply | undefined>;
  /** True when the message signals an emergency. */
  isEmergency?(text: string): boolean;
  /** What an emergency reply for one region answered, kept for follow-ups ("and at night, if it's not life-threatening?"). */
  emergencyAnswered?(regionId: string): LastAnswer | undefined;
  /** Small talk, out of scope, a follow-up to the last answer, or a question (channel-neutral, fast: runs on every message). */
  understand?(text: string, context: { language: string; last?: LastAnswer | undefined }): Understanding;
  /** A short or referring question read against the last answer: its sections first, then its neighbours. */
  answerFollowUp?(request: AnswerRequest, last: LastAnswer): Promise<AnswerOutcome | undefined>;
  /**
   * The region a question names by its subject alone ("GmbH", "KK", "Anmeldung"): the search across regions has one
   * clear winner. 'both' when the best entry is valid everywhere; undefined when the region must be asked. A term of one
   * country whose regions share it ("合同会社" in Tokyo's and Tsu's entries) gives that country's region (within `scope`,
   * region ids, when given) whose entry answers best.
   */
  impliedRegion?(text: string, language: string, scope?: readonly string[]): string | undefined;
  /**
   * True when the message says nothing but a place, besides follow-up words ("et pour Paris ?", "and in Bonn?") or
   * the words of saying where the asker lives ("we live in Koto-ku now", "on habite à Hisai"): with no answer to refer
   * to, it chooses the region rather than being searched.
   */
  namesOnlyAPlace?(text: string, language: string): boolean;
  /** The region a region-less question is clearly about by search within the partnership; undefined when it must be asked. */
  likelyRegion?(text: string, language: string, partnershipRegions: readonly string[] | undefined): string | undefined;
  /**
   * The language a message is written in, from the script, the n-gram library and the words it shares with the
   * curated content of each language (see `languageDecision.ts`); replaces `detectLanguage` in the turn's decision.
   */
  detectLanguage?(text: string): DetectedLanguage;
  /** The rest of an entry shown in short form. */
  answerMore?(entryId: string, request: AnswerRequest): Promise<AnswerOutcome | undefined>;
}
