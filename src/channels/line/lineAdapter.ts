/**
 * The LINE adapter: LINE events in as activities for the same bot as every other channel, the bot's replies
 * out as LINE messages. What the bot sends during a turn is collected and delivered when the turn ends, in
 * as few calls as possible: the reply token first (free), push for the rest or when the token is stale.
 *
 * On the LINE side only (the bot never sees these):
 * - unfollow erases the user's records; leave forgets the group's conversation;
 * - joining a group: a short greeting in the three languages (the group's language is unknown);
 * - stickers, images, audio, video, files, locations: a friendly "I read text" in the user's language;
 * - the LINE profile's language seeds `activity.locale` until the user has a saved language;
 * - the loading animation when an answer takes longer than about a second;
 * - the user's rich menu follows the language of the turn.
 */
import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
  type Storage,
} from 'botbuilder';
import { messagingApi, validateSignature } from '@line/bot-sdk';
import type { i18n } from 'i18next';
import type { Logger } from '../../logging/logger';
import { isSupportedLanguage, SUPPORTED_LANGUAGES, DEFAULT_LANGUAGE, type SupportedLanguage } from '../../i18n/i18n';
import { replyOfActivity, replyToActivity } from '../../replies/replyActivity';
import { turnServices } from '../../conversation/turnServices';
import { languageOfLocale } from '../../conversation/languageResolver';
import { LineDelivery, type DeliveryReport, type LineDeliveryOptions, type LineTarget } from './lineDelivery';
import { chatIdOf, LINE_CHANNEL_ID, lineEventToActivity, lineMediaKindOf, replyTokenOf, type LineEventEnvelope } from './lineEvents';
import { lastChoiceLabel, LineProfileLanguages, savedLanguageOf } from './lineProfiles';
import { renderForLine } from './lineRenderer';
import { richMenuLabel, RichMenuLinker } from './lineRichMenu';

export const LINE_API_BASE_URL = 'https://api.line.me';
export const LINE_DATA_API_BASE_URL = 'https://api-data.line.me';

/** A LINE adapter was asked for something LINE cannot do, or built without what it needs. */
export class LineAdapterError extends Error {
  override name = 'LineAdapterError';
}

export interface LineAdapterOptions {
  channelSecret: string;
  channelAccessToken: string;
  /** LINE's API host; tests and proxies point it elsewhere. Default https://api.line.me. */
  apiBaseUrl?: string;
  /** LINE's data API host (rich menu images). Default https://api-data.line.me. */
  dataApiBaseUrl?: string;
  logger: Logger;
  i18n: i18n;
  /** The bot's store, looked at read-only (saved language, labels of the last choices). */
  storage: Storage;
  /** Erases a user's records (the bot's `eraseUserRecords`). */
  eraseUserRecords(channelId: string, userId: string): Promise<void>;
  /** Forgets a conversation's state (the bot's `clearConversation`), when the bot leaves a group. */
  forgetConversation?(context: TurnContext): Promise<void>;
  /** Answers are slow (an LLM is configured): show the loading animation at once. */
  expectSlowAnswers?: boolean;
  /** Otherwise the animation starts when a turn runs this long. Default 800 ms. */
  loadingAfterMs?: number;
  delivery?: Omit<LineDeliveryOptions, 'client' | 'logger'>;
}

interface LineTurn {
  target: LineTarget;
  outbox: messagingApi.Message[];
}

const LINE_TURN = Symbol('kakehashi.lineTurn');
/** LINE's loading animation lasts 5–60 s in steps of 5; it ends early when a message arrives. */
const LOADING_SECONDS = 20;

/**
 * @example
 * const adapter = new LineAdapter({ channelSecret, channelAccessToken, logger, i18n, storage, eraseUserRecords });
 * adapter.onTurnError = onTurnError;
 * await adapter.processEvent({ destination, event }, (context) => bot.run(context));
 */
export class LineAdapter extends BotAdapter {
  readonly client: messagingApi.MessagingApiClient;
  readonly blobClient: messagingApi.MessagingApiBlobClient;
  readonly delivery: LineDelivery;
  readonly profiles: LineProfileLanguages;
  readonly richMenus: RichMenuLinker;
  private readonly apiBaseUrl: string;
  private sequence = 0;

  constructor(private readonly options: LineAdapterOptions) {
    super();
    if (!options?.channelSecret) throw new LineAdapterError('LineAdapter needs channelSecret (LINE_CHANNEL_SECRET)');
    if (!options.channelAccessToken) throw new LineAdapterError('LineAdapter needs channelAccessToken (LINE_CHANNEL_ACCESS_TOKEN)');
    for (const name of ['logger', 'i18n', 'storage', 'eraseUserRecords'] as const) {
      if (!options[name]) throw new LineAdapterError(`LineAdapter needs ${name}`);
    }
    this.apiBaseUrl = options.apiBaseUrl ?? LINE_API_BASE_URL;
    this.client = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: this.apiBaseUrl });
    this.blobClient = new messagingApi.MessagingApiBlobClient({
      channelAccessToken: options.channelAccessToken,
      baseURL: options.dataApiBaseUrl ?? LINE_DATA_API_BASE_URL,
    });
    this.delivery = new LineDelivery({ ...options.delivery, client: this.client, logger: options.logger });
    this.profiles = new LineProfileLanguages({ client: this.client, logger: options.logger });
    this.richMenus = new RichMenuLinker({ client: this.client, logger: options.logger });
  }

  /** True when `signature` (the `x-line-signature` header) signs exactly these bytes with the channel secret. */
  verifySignature(rawBody: Buffer | undefined, signature: string | undefined): boolean {
    if (!rawBody || !signature) return false;
    return validateSignature(rawBody, this.options.channelSecret, signature);
  }

  /** Runs one LINE event through the middleware and `logic` (the bot), then delivers what the turn sent. */
  async processEvent(envelope: LineEventEnvelope, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const { event } = envelope;
    const activity = lineEventToActivity(envelope, this.apiBaseUrl);
    if (!activity) return;
    const source = event.source;
    const userId = source?.type === 'user' ? source.userId : undefined;

    if (event.type === 'unfollow') {
      if (!userId) return;
      await this.options.eraseUserRecords(LINE_CHANNEL_ID, userId);
      this.profiles.forget(userId);
      this.richMenus.forget(userId);
      return;
    }

    const language = userId ? await this.seedLanguage(activity, userId) : undefined;
    if (event.type === 'postback') {
      const action = event.postback.data;
      activity.text = (await lastChoiceLabel(this.options.storage, activity.conversation!.id, action).catch(() => undefined))
        ?? richMenuLabel(action, this.options.i18n.getFixedT(language ?? DEFAULT_LANGUAGE))
        ?? '';
    }

    const context = new TurnContext(this, activity);
    const turn: LineTurn = { target: { to: chatIdOf(source)!, replyToken: replyTokenOf(event), eventTime: event.timestamp }, outbox: [] };
    context.turnState.set(LINE_TURN, turn);
    const stopLoading = userId && activity.type === 'message' ? this.startLoading(userId) : () => undefined;
    try {
      await this.runMiddleware(context, async (turnContext) => {
        if (event.type === 'join') return this.greetGroup(turnContext);
        if (event.type === 'leave') return this.options.forgetConversation?.(turnContext);
        const media = lineMediaKindOf(activity);
        if (media) return this.answerMedia(turnContext, media, language ?? DEFAULT_LANGUAGE);
        await logic(turnContext);
      });
    } finally {
      stopLoading();
      await this.flush(turn);
    }
    if (userId) {
      const turnLanguage = languageOfTurn(context) ?? (isLineMedia(activity) ? language : undefined);
      if (turnLanguage) await this.richMenus.link(userId, turnLanguage);
    }
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const turn = context.turnState.get(LINE_TURN) as LineTurn | undefined;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const messages = this.activityToLine(activity);
      if (turn) turn.outbox.push(...messages);
      else if (messages.length > 0) await this.delivery.deliver({ to: context.activity.conversation.id }, messages);
      responses.push({ id: `line-${++this.sequence}` });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new LineAdapterError('LINE cannot edit a message once sent');
  }

  override async deleteActivity(): Promise<void> {
    throw new LineAdapterError('LINE cannot delete a message once sent');
  }

  /**
   * Proactive messages (staff replies, reminders): pushed, as there is no reply token.
   * @throws LineAdapterError when LINE did not take them after the retries, so the caller can tell the sender.
   */
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const to = reference.conversation?.id;
    if (!to) throw new LineAdapterError('continueConversation needs reference.conversation.id');
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    const context = new TurnContext(this, activity);
    const turn: LineTurn = { target: { to }, outbox: [] };
    context.turnState.set(LINE_TURN, turn);
    let failed = 0;
    try {
      await this.runMiddleware(context, logic);
    } finally {
      failed = (await this.flush(turn)).failed;
    }
    if (failed > 0) throw new LineAdapterError(`LINE did not take ${failed} proactive message(s) for ${to}`);
  }

  /** The one place an outgoing activity becomes LINE messages. */
  private activityToLine(activity: Partial<Activity>): messagingApi.Message[] {
    if (activity.type !== 'message') return [];
    const reply = replyOfActivity(activity) ?? (activity.text ? { text: activity.text } : undefined);
    return reply ? renderForLine(reply) : [];
  }

  private async flush(turn: LineTurn): Promise<DeliveryReport> {
    const messages = turn.outbox.splice(0);
    if (messages.length === 0) return { sent: 0, calls: [], failed: 0 };
    const report = await this.delivery.deliver(turn.target, messages);
    this.options.logger.debug({ ...report }, 'LINE messages delivered');
    return report;
  }

  /**
   * Until the user has a saved language, the LINE profile's language stands in as the channel locale
   * (the bot ranks it below a clearly written message).
   * @returns the language the LINE side assumes for this user.
   */
  private async seedLanguage(activity: Partial<Activity>, userId: string): Promise<SupportedLanguage | undefined> {
    try {
      const saved = await savedLanguageOf(this.options.storage, userId);
      if (isSupportedLanguage(saved)) return saved;
      const profileLanguage = await this.profiles.languageOf(userId);
      if (profileLanguage) activity.locale = profileLanguage;
      return languageOfLocale(profileLanguage);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not look up the LINE user language');
      return undefined;
    }
  }

  private startLoading(chatId: string): () => void {
    const show = () => {
      this.client.showLoadingAnimation({ chatId, loadingSeconds: LOADING_SECONDS }).catch((error: unknown) => {
        this.options.logger.debug({ err: error }, 'LINE loading animation not shown');
      });
    };
    if (this.options.expectSlowAnswers) {
      show();
      return () => undefined;
    }
    const timer = setTimeout(show, this.options.loadingAfterMs ?? 800);
    return () => clearTimeout(timer);
  }

  private async greetGroup(context: TurnContext): Promise<void> {
    const text = SUPPORTED_LANGUAGES.map((language) => this.options.i18n.getFixedT(language)('line.group.joined')).join('\n\n');
    await context.sendActivity(replyToActivity({ text }));
  }

  private async answerMedia(context: TurnContext, kind: string, language: SupportedLanguage): Promise<void> {
    const t = this.options.i18n.getFixedT(language);
    const key = `line.unsupported.${kind}`;
    await context.sendActivity(replyToActivity({
      text: t(this.options.i18n.exists(key, { lng: language }) ? key : 'line.unsupported.other'),
      choices: [{ label: t('menu.button'), action: 'menu' }],
    }));
  }
}

function isLineMedia(activity: Partial<Activity>): boolean {
  return lineMediaKindOf(activity) !== undefined;
}

/** The language the bot answered in this turn, when the bot ran. */
function languageOfTurn(context: TurnContext): SupportedLanguage | undefined {
  try {
    return turnServices(context).language;
  } catch {
    return undefined;
  }
}
