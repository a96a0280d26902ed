/**
 * The bot every channel feeds: resolves language and region context for the turn, answers emergencies at once,
 * and runs the root dialog. Turns of one conversation are serialised, so two messages arriving together
 * never lose an update, also across server processes when the lock is Redis-backed.
 */
import {
  ActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
  type Storage,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogStateManager, DialogTurnStatus, type Dialog, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import type { Logger } from '../logging/logger';
import { replyToActivity } from '../replies/replyActivity';
import type { Reply } from '../replies/reply';
import type { Answerer } from './answering';
import { resolveLanguage } from './languageResolver';
import type { TurnLock } from './turnLock';
import { setTurnServices, turnServices, type TurnServices } from './turnServices';
import { MAX_MESSAGE_LENGTH, readUserInput } from './userInput';
import { textWithoutRecipientMention } from './recipientMention';
import { placeholderSpansOf } from './textNormalizer';
import { appendTranscript, newUserProfile, type ConversationData, type StoredConversationReference, type UserProfile } from './userRecords';
import { DEFAULT_LANGUAGE, isSupportedLanguage } from '../i18n/i18n';
import { memoizedFixedT } from '../i18n/memoizedT';
import { menuReply } from '../../dialogs/menuReplies';
import { sendReply } from '../../dialogs/sendReply';
import { conversationStateKey, userStateKey } from './stateKeys';
import { memoiseDialogStatePaths, SharedDialogStateConfiguration } from './dialogStateConfiguration';
import type { PartnershipResolver } from '../partnerships/partnershipResolver';
import { DEFAULT_PARTNERSHIP_LANGUAGES } from '../partnerships/partnerships';

export interface KakehashiBotDeps {
  conversationState: ConversationState;
  /** The store behind both states, for erasing a user's records. */
  storage: Storage;
  userState: UserState;
  rootDialog: Dialog;
  i18n: i18n;
  turnLock: TurnLock;
  answerer: Answerer;
  logger: Logger;
  /**
   * Further erasers run with every erasure of a user (escalation cases, channel logs), so that
   * "delete my data", LINE's unfollow and any later path erase the same things.
   */
  alsoErase?: ((channelId: string, userId: string, conversationIds: string[]) => Promise<void>)[];
  /** The partnership's name in a language, for the welcome. */
  partnershipName(language: string): string;
  /** Which partnership each turn is about (entry point, place names, saved, language); unset = no scoping. */
  partnerships?: PartnershipResolver;
  clock?: () => Date;
  /** The one region a message names, if any (narrows the emergency reply to it). */
  regionOf?: (text: string, scope?: readonly string[]) => string | undefined;
  /** Escalation (issue 5): the gate runs before the dialogs; the dialog is begun directly for introduction requests. */
  escalation?: {
    gate: { beforeDialogs(context: TurnContext): Promise<'handled' | 'introduction' | 'dialog-answer' | undefined> };
    dialog: Dialog;
    /** True when a waiting hand-over question was passed over by a new question: the offer lapses, the question is answered. */
    abandoned?(dc: DialogContext): boolean;
  };
}

const ERASED = Symbol('kakehashi.erased');

export class KakehashiBot extends ActivityHandler {
  readonly profileAccessor: StatePropertyAccessor<UserProfile>;
  private readonly conversationAccessor: StatePropertyAccessor<ConversationData>;
  private readonly dialogStateAccessor: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;
  private readonly clock: () => Date;
  private readonly dialogStateConfiguration = new SharedDialogStateConfiguration();

  constructor(private readonly deps: KakehashiBotDeps) {
    super();
    for (const name of ['conversationState', 'userState', 'rootDialog', 'i18n', 'turnLock', 'answerer', 'logger'] as const) {
      if (!deps[name]) throw new Error(`KakehashiBot needs ${name}`);
    }
    this.clock = deps.clock ?? (() => new Date());
    this.profileAccessor = deps.userState.createProperty<UserProfile>('profile');
    this.conversationAccessor = deps.conversationState.createProperty<ConversationData>('conversation');
    this.dialogStateAccessor = deps.conversationState.createProperty<DialogState>('dialogState');
    memoiseDialogStatePaths(DialogStateManager.prototype);
    this.dialogs = new DialogSet(this.dialogStateAccessor).add(deps.rootDialog);
    if (deps.escalation) this.dialogs.add(deps.escalation.dialog);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (joined.length > 0) await this.welcome(context);
      await next();
    });
  }

  /** Runs a turn under the conversation's lock and saves state before the lock is released. */
  override async run(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    await this.deps.turnLock.withLock(`turn:${context.activity.channelId}:${conversationId}`, async () => {
      // Both states in parallel: one round trip to Redis for the two reads and one for the two writes, not four.
      await Promise.all([this.deps.conversationState.load(context), this.deps.userState.load(context)]);
      this.dialogStateConfiguration.provide(context);
      await super.run(context);
      this.dialogStateConfiguration.keep(context);
      if (context.turnState.get(ERASED)) return;
      await Promise.all([this.deps.conversationState.saveChanges(context, false), this.deps.userState.saveChanges(context, false)]);
    });
  }

  /** Sends a channel-neutral reply and remembers its choices for number answers. */
  async send(context: TurnContext, reply: Reply): Promise<void> {
    await sendReply(context, reply);
  }

  /**
   * Deletes what is stored about the user of this turn: the profile and every conversation it took part in.
   * Nothing is written back at the end of the turn.
   */
  async eraseUserData(context: TurnContext): Promise<void> {
    const { t } = turnServices(context);
    // Confirm first: on Direct Line the erasure removes the very log the confirmation would be read from.
    await context.sendActivity(replyToActivity({ text: t('privacy.deleted') }));
    await this.eraseUserRecords(context.activity.channelId, context.activity.from.id, [context.activity.conversation.id]);
    context.turnState.set(ERASED, true);
  }

  /** Deletes a user's profile and conversations without a turn (LINE unfollow, staff request, retention). */
  async eraseUserRecords(channelId: string, userId: string, extraConversationIds: string[] = []): Promise<void> {
    const userKey = userStateKey(channelId, userId);
    const stored = (await this.deps.storage.read([userKey]))[userKey] as { profile?: UserProfile } | undefined;
    const conversationIds = [...(stored?.profile?.conversationIds ?? []), ...extraConversationIds];
    const keys = [...conversationIds.map((id) => conversationStateKey(channelId, id)), userKey];
    for (const erase of this.deps.alsoErase ?? []) await erase(channelId, userId, conversationIds);
    await this.deps.storage.delete([...new Set(keys)]);
    this.deps.logger.info({ channelId, conversations: conversationIds.length }, 'user data erased');
  }

  private async prepareTurn(context: TurnContext, text: string): Promise<TurnServices> {
    const profile = await this.profileAccessor.get(context, newUserProfile(this.clock()));
    const conversation = await this.conversationAccessor.get(context, {});
    const input = readUserInput({ text, value: context.activity.value, placeholders: placeholderSpansOf(context.activity.channelData) }, conversation.lastChoices);
    const chosenLanguage = input.kind === 'action' && input.action.startsWith('lang:') ? input.action.slice(5) : undefined;
    const decision = resolveLanguage({
      text: input.kind === 'text' ? input.text : '',
      chosenLanguage,
      savedLanguage: profile.language ?? profile.profileLanguage,
      channelLocale: context.activity.locale,
      detect: this.deps.answerer.detectLanguage?.bind(this.deps.answerer),
    });
    if (decision.explicit || (decision.source === 'message' && isSupportedLanguage(decision.messageLanguage))) {
      profile.language = decision.language;
    }
    this.rememberReference(context, profile);
    const understanding = input.kind === 'text' && input.text && !decision.explicit
      ? this.deps.answerer.understand?.(input.text, { language: decision.messageLanguage ?? decision.language, last: conversation.lastAnswer })
      : undefined;
    // "Hallo" is too short to identify, but the greeting phrase says German: answer in kind unless a preference is saved.
    const hint = understanding?.languageHint;
    const hintFits = understanding?.hintLanguages?.includes(decision.language) ?? false;
    // The message's own words also beat an identifier's guess of a language we have no content in ("Kitas in Köln"
    // looks Indonesian to it: "kita" is Indonesian for "we").
    const guessedUnsupported = decision.source === 'message' && !decision.byScript && !decision.byOwnWords && decision.messageLanguage !== undefined && !isSupportedLanguage(decision.messageLanguage);
    const hinted = hint && !hintFits && ((!decision.messageLanguage && (decision.source === 'channel' || decision.source === 'default')) || (guessedUnsupported && isSupportedLanguage(hint))) ? hint : undefined;
    // As for a clear message: an unsupported language ("Bonjour") is answered in English with the note.
    const language = hinted ? (isSupportedLanguage(hinted) ? hinted : DEFAULT_LANGUAGE) : decision.language;
    const partnership = this.resolvePartnership(context, profile, input.kind === 'text' ? input.text : '', language);
    const services: TurnServices = {
      t: memoizedFixedT(this.deps.i18n, language),
      language,
      messageLanguage: decision.messageLanguage ?? hinted,
      profile,
      conversation,
      input,
      languageSwitched: decision.explicit,
      partnership,
      understanding,
    };
    setTurnServices(context, services);
    if (text) appendTranscript(conversation, { at: this.clock().toISOString(), from: 'user', text, language: decision.messageLanguage });
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const activity of activities) {
        // The locale of a reply is the language it is written in (clients and graders read it), not the sender's.
        if (activity.type === 'message' && !activity.locale?.toLowerCase().startsWith(language)) activity.locale = language;
        if (activity.type === 'message' && activity.text) {
          appendTranscript(conversation, { at: this.clock().toISOString(), from: 'bot', text: activity.text, language: decision.language });
        }
      }
      return next();
    });
    return services;
  }

  /** Decides the turn's partnership, saves it when the turn named it, and forgets a region of another partnership. */
  private resolvePartnership(context: TurnContext, profile: UserProfile, text: string, language: string): TurnServices['partnership'] {
    if (!this.deps.partnerships) return undefined;
    const { partnership, source } = this.deps.partnerships.resolve({
      channelId: context.activity.channelId, channelData: context.activity.channelData, text,
      saved: profile.partnership ?? this.deps.partnerships.ofRegion(profile.region), language,
    });
    if (source === 'entry-point' || source === 'place-name') profile.partnership = partnership.id;
    if (profile.region && !partnership.regions.includes(profile.region)) delete profile.region;
    // Nothing told the partnership: the region question and a region-less emergency reply offer every region.
    const askRegions = source === 'default' ? this.deps.partnerships.allRegions() : undefined;
    return { id: partnership.id, regions: [...partnership.regions], ...(askRegions ? { askRegions } : {}) };
  }

  private rememberReference(context: TurnContext, profile: UserProfile): void {
    const reference = TurnContext.getConversationReference(context.activity) as StoredConversationReference;
    profile.reference = JSON.parse(JSON.stringify(reference)) as StoredConversationReference;
    const conversationId = context.activity.conversation.id;
    if (!profile.conversationIds.includes(conversationId)) profile.conversationIds.push(conversationId);
    profile.updatedAt = this.clock().toISOString();
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // Teams (and other group chats) put "<at>kakehashi</at>" in the text; it is not part of the question.
    const text = textWithoutRecipientMention(context.activity);
    context.activity.text = text;
    const services = await this.prepareTurn(context, text.slice(0, MAX_MESSAGE_LENGTH));
    const { t, input } = services;

    if (text.length > MAX_MESSAGE_LENGTH) {
      await this.send(context, { text: t('input.tooLong', { length: text.length, max: MAX_MESSAGE_LENGTH }) });
      return;
    }
    if (input.kind === 'text' && input.text.length === 0) {
      const hasAttachments = (context.activity.attachments ?? []).length > 0;
      await this.send(context, { text: t(hasAttachments ? 'input.notText' : 'input.empty') });
      return;
    }
    if (input.kind === 'text' && this.deps.answerer.isEmergency?.(input.text)) {
      // The place the message names, else the conversation's: an emergency after an answer on Geneva is in Geneva.
      const regionId = this.deps.regionOf?.(input.text, services.partnership?.regions) ?? services.conversation.lastAnswer?.regionId ?? services.profile.region;
      const reply = await this.deps.answerer.emergencyReply?.({
        text: input.text, language: services.language, messageLanguage: services.messageLanguage,
        regionId, partnershipRegions: services.partnership?.askRegions ?? services.partnership?.regions, t,
      });
      if (reply) {
        const answered = regionId ? this.deps.answerer.emergencyAnswered?.(regionId) : undefined;
        if (answered) services.conversation.lastAnswer = answered;
        await this.send(context, reply);
        return;
      }
    }
    const escalation = await this.deps.escalation?.gate.beforeDialogs(context);
    if (escalation === 'handled') return;
    const dc = await this.dialogs.createContext(context);
    if (escalation === 'introduction' && !dc.activeDialog) {
      await dc.beginDialog(this.deps.escalation!.dialog.id, { reason: 'introduction' });
      return;
    }
    if (escalation === 'dialog-answer' && !dc.activeDialog) {
      // A hand-over button pressed after its dialog ended: show the menu rather than treat it as a question.
      await this.send(context, menuReply(services.t));
      return;
    }
    if (dc.activeDialog && this.deps.escalation?.abandoned?.(dc)) {
      // An offer left for a new message: an introduction request starts its own hand-over, anything else is answered.
      await dc.cancelAllDialogs();
      services.conversation.lastChoices = undefined;
      if (escalation === 'introduction') await dc.beginDialog(this.deps.escalation.dialog.id, { reason: 'introduction' });
      else await dc.beginDialog(this.deps.rootDialog.id);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.rootDialog.id);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { t, language } = await this.prepareTurn(context, '');
    const partnershipName = this.deps.partnerships
      ? this.deps.partnerships.welcomeName(context.activity.channelId, context.activity.channelData, language)
      : this.deps.partnershipName(language);
    // The languages of that partnership, each by its own name ("日本語, Français, English").
    const codes = this.deps.partnerships?.welcomeLanguages(context.activity.channelId, context.activity.channelData) ?? DEFAULT_PARTNERSHIP_LANGUAGES;
    const languages = codes.map((code) => t(`language.names.${code}`)).join(', ');
    await this.send(context, menuReply(t, `${t('greeting.welcome', { partnership: partnershipName, languages })}\n\n${t('greeting.privacy')}`));
  }

  /** For the adapters' onTurnError: forget a broken dialog so the next message starts clean. */
  async clearConversation(context: TurnContext): Promise<void> {
    await this.deps.conversationState.delete(context);
  }

}
