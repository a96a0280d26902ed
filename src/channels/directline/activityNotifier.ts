/**
 * "Conversation X has new activities": the signal that wakes the Direct Line WebSocket streams. Only the conversation
 * id travels; each stream then reads what it has not sent from the shared store, so a lost or repeated signal costs a
 * read, never an activity.
 *
 * Across replicas the signal goes through Redis pub/sub (one channel per deployment prefix, one subscriber connection
 * per replica): a socket held by replica A wakes when replica B appends. Chosen over polling the store per socket
 * because an idle socket then costs nothing; the streams still catch up on every keep-alive tick, which covers
 * messages published while the subscriber was reconnecting.
 */
import { EventEmitter } from 'node:events';
import type { RedisClientType } from 'redis';

export type ActivityListener = (conversationId: string) => void;

export interface ActivityNotifier {
  /** Announces new activities (or the deletion) of a conversation to every replica. Never throws. */
  publish(conversationId: string): void;
  /** @returns the function that removes the listener. */
  subscribe(listener: ActivityListener): () => void;
  close(): Promise<void>;
}

/** One process: the signal is an in-process event. */
export class MemoryActivityNotifier implements ActivityNotifier {
  private readonly events = new EventEmitter().setMaxListeners(0);

  publish(conversationId: string): void {
    this.events.emit('appended', conversationId);
  }

  subscribe(listener: ActivityListener): () => void {
    this.events.on('appended', listener);
    return () => this.events.off('appended', listener);
  }

  async close(): Promise<void> {
    this.events.removeAllListeners();
  }
}

export interface RedisActivityNotifierOptions {
  /** The app's Redis client; publishing uses it, subscribing a duplicate of it (a subscribed connection can do nothing else). */
  redis: RedisClientType;
  /** Channel name: `<prefix>directline:appended`, so deployments sharing a Redis do not wake each other. */
  keyPrefix: string;
  onError(error: Error): void;
}

/**
 * @example
 * const notifier = await RedisActivityNotifier.connect({ redis, keyPrefix: 'kakehashi:', onError: (e) => logger.warn(e) });
 * notifier.subscribe((conversationId) => streams.wake(conversationId));
 */
export class RedisActivityNotifier implements ActivityNotifier {
  private readonly local = new MemoryActivityNotifier();

  private constructor(
    private readonly publisher: RedisClientType,
    private readonly subscriber: RedisClientType,
    private readonly channel: string,
    private readonly onError: (error: Error) => void,
  ) {}

  static async connect(options: RedisActivityNotifierOptions): Promise<RedisActivityNotifier> {
    const subscriber = options.redis.duplicate();
    subscriber.on('error', options.onError);
    await subscriber.connect();
    const notifier = new RedisActivityNotifier(options.redis, subscriber as RedisClientType, `${options.keyPrefix}directline:appended`, options.onError);
    await subscriber.subscribe(notifier.channel, (conversationId) => notifier.local.publish(conversationId));
    return notifier;
  }

  publish(conversationId: string): void {
    // This replica's sockets learn at once; the others through Redis (this replica hears its own message too, a spare read).
    this.local.publish(conversationId);
    this.publisher.publish(this.channel, conversationId).catch((error: Error) => this.onError(error));
  }

  subscribe(listener: ActivityListener): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    try {
      await this.subscriber.close();
    } catch {
      this.subscriber.destroy();
    }
  }
}
