/**
 * What one turn knows after language and region resolution, handed to the dialogs through the turn state,
 * so that dialogs never resolve languages or read stores themselves.
 */
import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { SupportedLanguage } from '../i18n/i18n';
import type { UserInput } from './userInput';
import type { Understanding } from './answering';
import type { ConversationData, UserProfile } from './userRecords';

export interface TurnServices {
  t: TFunction;
  language: SupportedLanguage;
  /** The language the user wrote in when it is clear, also an unsupported one such as 'fr'. */
  messageLanguage: string | undefined;
  profile: UserProfile;
  conversation: ConversationData;
  /** What the user meant this turn: a button action or free text. */
  input: UserInput;
  /** Set when the user switched language this turn. */
  languageSwitched: boolean;
  /**
   * The partnership this turn is about and its region ids (search stays inside them). `askRegions`: the regions the
   * region question and a region-less emergency reply offer; every region when nothing told the partnership (no entry
   * point, place, subject, saved context or language of one partnership), so a user of the other partnership is not
   * offered only the wrong sides; unset = `regions`.
   */
  partnership?: { id: string; regions: string[]; askRegions?: string[] | undefined } | undefined;
  /** What a free-text message is (small talk, out of scope, follow-up, question), decided before any search. */
  understanding?: Understanding | undefined;
}

const TURN_SERVICES = Symbol('kakehashi.turnServices');

export function setTurnServices(context: TurnContext, services: TurnServices): void {
  context.turnState.set(TURN_SERVICES, services);
}

export function turnServices(context: TurnContext): TurnServices {
  const services = context.turnState.get(TURN_SERVICES) as TurnServices | undefined;
  if (!services) throw new Error('turn services were not set before the dialog ran');
  return services;
}
