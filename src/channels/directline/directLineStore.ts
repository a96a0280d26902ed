/**
 * Direct Line conversations and their activity logs, kept in the app's botbuilder `Storage` (memory or Redis) so any
 * replica serves any request. One item per conversation; appends are eTag compare-and-set with retry, so concurrent
 * appends (a user's message, a bot reply, a staff message from another replica) never overwrite each other.
 */
import type { Activity, Storage, StoreItem } from 'botbuilder';
import { DirectLineConversationNotFoundError, DirectLineStoreConflictError } from './directLineErrors';

/** An activity as kept in the log and returned to clients: plain JSON, `id` = `<conversationId>|<seq>`. */
export type LoggedActivity = Omit<Partial<Activity>, 'timestamp'> & { id: string; timestamp: string };

export interface DirectLineConversation {
  conversationId: string;
  userId: string;
  createdAt: string;
  /** Sequence number of the next activity. It keeps counting when old activities are trimmed, so watermarks stay valid. */
  nextSeq: number;
  /** The last `maxActivities` activities, oldest first; the first has seq `nextSeq - activities.length`. */
  activities: LoggedActivity[];
}

export interface ActivityPage {
  activities: LoggedActivity[];
  /** Seq of the newest activity (Azure's shape: a string); absent while the log is empty. */
  watermark?: string;
}

export interface DirectLineStoreOptions {
  storage: Storage;
  /** How many activities a conversation keeps. Defaults to 500. */
  maxActivities?: number;
  /** Compare-and-set attempts per append before giving up. Defaults to 20. */
  maxAttempts?: number;
  clock?: () => Date;
  /** Told after a conversation gained activities or was deleted (wakes the WebSocket streams). Must not throw. */
  onChange?: (conversationId: string) => void;
}

type StoredConversation = DirectLineConversation & StoreItem;

const KEY_PREFIX = 'directline/log/';

/** `<conversationId>|0000042`: Azure's activity id shape; the zero padding keeps ids sortable in logs. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export class DirectLineStore {
  private readonly storage: Storage;
  private readonly maxActivities: number;
  private readonly maxAttempts: number;
  private readonly clock: () => Date;
  private readonly onChange: (conversationId: string) => void;

  constructor(options: DirectLineStoreOptions) {
    if (!options?.storage) throw new Error('DirectLineStore needs storage');
    this.storage = options.storage;
    this.maxActivities = options.maxActivities ?? 500;
    this.maxAttempts = options.maxAttempts ?? 20;
    this.clock = options.clock ?? (() => new Date());
    this.onChange = options.onChange ?? (() => {});
    if (!(this.maxActivities >= 1)) throw new RangeError('maxActivities must be at least 1');
  }

  /** Deletes conversations and their activity logs (a user's "delete my data"). */
  async delete(conversationIds: string[]): Promise<void> {
    if (conversationIds.length === 0) return;
    await this.storage.delete(conversationIds.map((id) => KEY_PREFIX + id));
    conversationIds.forEach((id) => this.onChange(id));
  }

  async get(conversationId: string): Promise<DirectLineConversation | undefined> {
    return (await this.readItem(conversationId))?.item;
  }

  /**
   * Creates an empty conversation. Callers serialise creation of one id (the adapter holds a lock), since `Storage`
   * has no create-if-absent.
   */
  async create(conversationId: string, userId: string): Promise<DirectLineConversation> {
    const conversation: DirectLineConversation = { conversationId, userId, createdAt: this.clock().toISOString(), nextSeq: 0, activities: [] };
    await this.storage.write({ [KEY_PREFIX + conversationId]: { ...conversation, eTag: '*' } });
    return conversation;
  }

  /**
   * Appends activities in order, giving each its id and (unless set) a timestamp.
   * @throws DirectLineConversationNotFoundError, DirectLineStoreConflictError
   * @example
   * const [logged] = await store.append('c1', [{ type: 'message', text: 'Hallo' }]);
   * logged.id; // 'c1|0000000'
   */
  async append(conversationId: string, activities: Partial<Activity>[]): Promise<LoggedActivity[]> {
    return (await this.appendUnless(conversationId, activities, () => false))!;
  }

  /** The compare-and-set loop: `skip` sees each fresh read, and appending stops (undefined) when it says so. */
  private async appendUnless(conversationId: string, activities: Partial<Activity>[], skip: (item: DirectLineConversation) => boolean): Promise<LoggedActivity[] | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.readItem(conversationId);
      if (!current) throw new DirectLineConversationNotFoundError(conversationId);
      const { item, eTag } = current;
      if (skip(item)) return undefined;
      const now = this.clock().toISOString();
      const logged = activities.map((activity, index) => {
        const plain = JSON.parse(JSON.stringify(activity)) as Omit<Partial<Activity>, 'timestamp'> & { timestamp?: string };
        return { ...plain, id: activityId(conversationId, item.nextSeq + index), timestamp: plain.timestamp ?? now };
      });
      const kept = [...item.activities, ...logged].slice(-this.maxActivities);
      const next: StoredConversation = { ...item, nextSeq: item.nextSeq + logged.length, activities: kept, eTag };
      try {
        await this.storage.write({ [KEY_PREFIX + conversationId]: next });
        this.onChange(conversationId);
        return logged;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
        if (attempt >= this.maxAttempts) throw new DirectLineStoreConflictError(conversationId, attempt);
        // Jittered backoff so two writers do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)));
      }
    }
  }

  /**
   * Appends a user's activity unless the conversation already holds one with the same `channelData.clientActivityID`
   * (Web Chat retries a failed send with the same id). Check and append are one eTag compare-and-set on the
   * conversation item, so two posts of one id, concurrent or on two replicas, cannot both be appended: the loser's
   * write conflicts, it re-reads and finds the winner's activity.
   * @returns the logged activity and whether this call appended it (false = the earlier post's activity).
   * @throws DirectLineConversationNotFoundError, DirectLineStoreConflictError
   * @example
   * const first = await store.appendOnce('c1', { type: 'message', text: 'Hallo', channelData: { clientActivityID: 'a1' } });
   * const again = await store.appendOnce('c1', { type: 'message', text: 'Hallo', channelData: { clientActivityID: 'a1' } });
   * again.appended; // false
   * again.activity.id === first.activity.id; // true
   */
  async appendOnce(conversationId: string, activity: Partial<Activity>): Promise<{ activity: LoggedActivity; appended: boolean }> {
    const clientActivityId = clientActivityIdOf(activity);
    let earlier: LoggedActivity | undefined;
    const logged = await this.appendUnless(conversationId, [activity], (item) => {
      earlier = clientActivityId === undefined ? undefined : item.activities.find((kept) => kept.from?.role === 'user' && clientActivityIdOf(kept) === clientActivityId);
      return earlier !== undefined;
    });
    return logged ? { activity: logged[0]!, appended: true } : { activity: earlier!, appended: false };
  }

  /**
   * The activities after `watermark` (all retained ones without it).
   * @throws DirectLineConversationNotFoundError
   */
  async activitiesSince(conversationId: string, watermark: number | undefined): Promise<ActivityPage> {
    const conversation = await this.get(conversationId);
    if (!conversation) throw new DirectLineConversationNotFoundError(conversationId);
    const firstSeq = conversation.nextSeq - conversation.activities.length;
    const from = watermark === undefined ? 0 : Math.max(0, watermark + 1 - firstSeq);
    return {
      activities: conversation.activities.slice(from),
      ...(conversation.nextSeq > 0 ? { watermark: String(conversation.nextSeq - 1) } : {}),
    };
  }

  private async readItem(conversationId: string): Promise<{ item: DirectLineConversation; eTag: string } | undefined> {
    const key = KEY_PREFIX + conversationId;
    const stored = (await this.storage.read([key]))[key] as StoredConversation | undefined;
    if (!stored) return undefined;
    const { eTag, ...item } = stored;
    return { item, eTag: eTag ?? '*' };
  }
}

function clientActivityIdOf(activity: Partial<Activity> | LoggedActivity): string | undefined {
  const id = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function isETagConflict(error: unknown): boolean {
  return (error as Error)?.name === 'ETagConflictError' || /eTag conflict/i.test((error as Error)?.message ?? '');
}
