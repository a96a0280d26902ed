/**
 * What the dialogs ask of the knowledge side. The dialogs stay ignorant of how answers are found
 * (search, curated entries, optional LLM); the composition root decides.
 */
import type { TFunction } from 'i18next';
import type { SupportedLanguage } from '../i18n/i18n';
import type { Reply } from '../replies/reply';

export const MENU_TOPICS = ['company', 'healthcare', 'schooling', 'housing', 'support'] as const;
export type MenuTopic = (typeof MENU_TOPICS)[number];

export interface AnswerRequest {
  text: string;
  language: SupportedLanguage;
  messageLanguage: string | undefined;
  regionId: string | undefined;
  /** The region ids of the conversation's partnership: with no region known, answers stay inside them. */
  partnershipRegions?: readonly string[] | undefined;
  t: TFunction;
}

export interface AnswerOutcome {
  reply: Reply;
  /** False when nothing matched well: the dialog counts these and offers a person after repeated misses. */
  confident: boolean;
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
}
