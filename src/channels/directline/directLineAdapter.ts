/**
 * The adapter of the self-hosted Direct Line channel (Web Chat): a posted activity becomes a turn, and the bot's
 * replies, rendered for Web Chat by {@link renderingMiddleware}, are appended to the conversation's log, from where
 * clients poll them. There is no outbound call: "sending" is writing to the shared store.
 */
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../../logging/logger';
import type { TurnLock } from '../../conversation/turnLock';
import { renderingMiddleware } from '../botframework/renderingMiddleware';
import { DirectLineConversationNotFoundError, DirectLineNotSupportedError } from './directLineErrors';
import type { DirectLineStore } from './directLineStore';
import type { ClientActivity } from './clientActivity';

export const DIRECT_LINE_CHANNEL_ID = 'directline';

export interface DirectLineAdapterOptions {
  store: DirectLineStore;
  /** Serialises the start of one conversation across replicas, so its welcome runs once. */
  turnLock: TurnLock;
  logger: Logger;
  /** The bot's account in activities. Defaults to `{ id: 'kakehashi', name: 'kakehashi' }`. */
  bot?: { id: string; name: string };
}

/** Who and where a turn is for: the conversation and user come from the verified token, never from the client. */
export interface DirectLineTurnOrigin {
  conversationId: string;
  userId: string;
  /** This service's base URL, recorded as `serviceUrl` in conversation references. */
  serviceUrl: string;
}

/** Longest `delay` activity honoured; a bot asking for more is waiting on the client's connection for nothing. */
const MAX_DELAY_MS = 5000;

export class DirectLineAdapter extends BotAdapter {
  private readonly store: DirectLineStore;
  private readonly turnLock: TurnLock;
  private readonly logger: Logger;
  private readonly bot: ChannelAccount;

  constructor(options: DirectLineAdapterOptions) {
    super();
    for (const name of ['store', 'turnLock', 'logger'] as const) {
      if (!options?.[name]) throw new Error(`DirectLineAdapter needs ${name}`);
    }
    this.store = options.store;
    this.turnLock = options.turnLock;
    this.logger = options.logger;
    this.bot = { id: options.bot?.id ?? 'kakehashi', name: options.bot?.name ?? 'kakehashi', role: 'bot' };
    this.use(renderingMiddleware);
  }

  /**
   * Creates the conversation's log and runs its `conversationUpdate` turn (the bot's welcome), once: a second call
   * for the same conversation only reports that it exists.
   * @returns true when this call started the conversation.
   */
  async startConversation(origin: DirectLineTurnOrigin, locale: string | undefined, logic: (context: TurnContext) => Promise<void>, channelData?: Record<string, unknown>): Promise<boolean> {
    return this.turnLock.withLock(`directline:start:${origin.conversationId}`, async () => {
      if (await this.store.get(origin.conversationId)) return false;
      await this.store.create(origin.conversationId, origin.userId);
      const user = { id: origin.userId, role: 'user' } as ChannelAccount;
      const activity: Partial<Activity> = {
        ...this.envelope(origin),
        type: ActivityTypes.ConversationUpdate,
        id: `${origin.conversationId}|start`,
        membersAdded: [this.bot, user],
        from: user,
        locale,
        ...(channelData ? { channelData } : {}),
        timestamp: new Date(),
      };
      this.logger.info({ conversationId: origin.conversationId }, 'direct line conversation started');
      await this.runMiddleware(new TurnContext(this, activity), logic);
      return true;
    });
  }

  /**
   * Logs the user's activity (the echo Web Chat waits for) and runs its turn. A repeat of an activity already logged
   * with the same `channelData.clientActivityID` only returns the first one's id.
   * @throws DirectLineConversationNotFoundError when the conversation was never started or has expired.
   */
  async receiveActivity(origin: DirectLineTurnOrigin, incoming: ClientActivity, logic: (context: TurnContext) => Promise<void>): Promise<ResourceResponse> {
    const { fromName, ...fields } = incoming;
    const activity: Partial<Activity> = {
      ...fields,
      ...this.envelope(origin),
      from: { id: origin.userId, ...(fromName ? { name: fromName } : {}), role: 'user' } as ChannelAccount,
    };
    const { activity: logged, appended } = await this.store.appendOnce(origin.conversationId, activity);
    // A retried send (same clientActivityID) gets the first post's id and no second turn.
    if (!appended) {
      this.logger.info({ conversationId: origin.conversationId, activityId: logged.id }, 'direct line: repeated clientActivityID, no second turn');
      return { id: logged.id };
    }
    // Typing indicators only matter to other clients of the conversation; the bot has nothing to say to them.
    if (incoming.type !== ActivityTypes.Typing) {
      await this.runMiddleware(new TurnContext(this, { ...logged, timestamp: new Date(logged.timestamp) }), logic);
    }
    return { id: logged.id };
  }

  /** Appends the bot's activities to the log; `delay` pauses, `trace` and `invokeResponse` are not for the user. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) throw new DirectLineConversationNotFoundError('');
    const responses: ResourceResponse[] = [];
    let pending: { index: number; activity: Partial<Activity> }[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const logged = await this.store.append(conversationId, pending.map(({ activity }) => activity));
      pending.forEach(({ index }, position) => (responses[index] = { id: logged[position]!.id }));
      pending = [];
    };
    for (const [index, activity] of activities.entries()) {
      if (activity.type === 'delay') {
        await flush();
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(activity.value) || 1000, MAX_DELAY_MS)));
        responses[index] = { id: '' };
      } else if (activity.type === ActivityTypes.Trace || activity.type === ActivityTypes.InvokeResponse) {
        responses[index] = { id: '' };
      } else {
        pending.push({ index, activity: this.outgoing(context, activity) });
      }
    }
    await flush();
    return responses;
  }

  /**
   * Runs `logic` with a context for a stored conversation reference, e.g. to relay a staff member's answer.
   * @throws DirectLineConversationNotFoundError when the conversation no longer exists (nothing is run then).
   * @example
   * await adapter.continueConversation(profile.reference, (context) => context.sendActivity('Antwort vom Büro'));
   */
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (!conversationId || !(await this.store.get(conversationId))) throw new DirectLineConversationNotFoundError(conversationId ?? '');
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async updateActivity(): Promise<void> {
    throw new DirectLineNotSupportedError('updateActivity');
  }

  override async deleteActivity(): Promise<void> {
    throw new DirectLineNotSupportedError('deleteActivity');
  }

  private envelope(origin: DirectLineTurnOrigin): Partial<Activity> {
    return {
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: origin.serviceUrl,
      conversation: { id: origin.conversationId, isGroup: false, name: '', conversationType: 'personal' },
      recipient: this.bot,
    };
  }

  /** The bot's reply as logged: always from the bot, to the conversation of the turn, with a server timestamp. */
  private outgoing(context: TurnContext, activity: Partial<Activity>): Partial<Activity> {
    const turn = context.activity;
    const { timestamp: _bySender, ...rest } = activity;
    return {
      ...rest,
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: turn.serviceUrl,
      conversation: turn.conversation,
      from: { ...this.bot, ...(activity.from?.id === this.bot.id ? activity.from : {}), role: 'bot' },
      recipient: activity.recipient ?? turn.from,
    };
  }
}
