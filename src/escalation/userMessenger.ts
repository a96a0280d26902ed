/**
 * Reaching a user without an incoming message (staff replies, the satisfaction question), on their own channel.
 * One {@link UserMessenger} per channel, registered by the composition root in {@link UserMessengers}.
 */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { replyToActivity } from '../replies/replyActivity';
import type { StoredConversationReference } from '../conversation/userRecords';
import type { Reply } from '../replies/reply';

export interface UserMessenger {
  send(reference: StoredConversationReference, reply: Reply): Promise<void>;
}

export class NoMessengerError extends Error {
  override name = 'NoMessengerError';
  constructor(readonly channelId: string) {
    super(`no messenger registered for channel "${channelId}"`);
  }
}

/** The channels kakehashi reaches proactively, by Bot Framework `channelId`. */
export class UserMessengers {
  private readonly byChannel = new Map<string, UserMessenger>();

  /** Registration point: Bot Framework channels, Direct Line, LINE each register here. */
  register(channelIds: string[], messenger: UserMessenger): this {
    for (const channelId of channelIds) this.byChannel.set(channelId, messenger);
    return this;
  }

  has(channelId: string): boolean {
    return this.byChannel.has(channelId);
  }

  async send(reference: StoredConversationReference, reply: Reply): Promise<void> {
    const messenger = this.byChannel.get(reference.channelId);
    if (!messenger) throw new NoMessengerError(reference.channelId);
    await messenger.send(reference, reply);
  }
}

/**
 * Bot Framework channels (Teams, Emulator, Azure Web Chat): `continueConversationAsync` with the stored reference;
 * the adapter's rendering middleware turns the neutral reply into the channel's form.
 * `appId` is the Microsoft App Id, empty when authentication is off.
 */
export class BotFrameworkMessenger implements UserMessenger {
  constructor(private readonly adapter: CloudAdapter, private readonly appId: string) {
    if (!adapter) throw new Error('BotFrameworkMessenger needs the CloudAdapter');
  }

  async send(reference: StoredConversationReference, reply: Reply): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, async (context) => {
      await context.sendActivity(replyToActivity(reply));
    });
  }
}

/** Bot Framework channel ids reached through the CloudAdapter. Direct Line and LINE have their own adapters. */
export const BOT_FRAMEWORK_CHANNELS = ['msteams', 'emulator', 'webchat', 'test'];

/** Any adapter with botbuilder's `continueConversation(reference, logic)`: the LINE and Direct Line adapters. */
export interface ContinuableAdapter {
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** Direct Line and LINE: their adapters' own `continueConversation` (their middleware renders the neutral reply). */
export class AdapterMessenger implements UserMessenger {
  constructor(private readonly adapter: ContinuableAdapter) {
    if (!adapter) throw new Error('AdapterMessenger needs an adapter');
  }

  async send(reference: StoredConversationReference, reply: Reply): Promise<void> {
    await this.adapter.continueConversation(reference as Partial<ConversationReference>, async (context) => {
      await context.sendActivity(replyToActivity(reply));
    });
  }
}
