/**
 * Staff-insight data in the bot's `Storage` (Redis when `REDIS_URL` is set), one document per day and kind:
 * `insights:day:<YYYY-MM-DD>` (aggregate counts) and `insights:questions:<YYYY-MM-DD>` (redacted unanswered
 * questions, at most {@link MAX_QUESTIONS_PER_DAY}). Writes merge with an eTag compare-and-set, so replicas add up.
 * Documents expire after the retention period (`INSIGHTS_RETENTION_DAYS`, the storage TTL override for `insights:`).
 * Each update runs under the store's lock for its key (Redis `SET NX` across replicas), because botbuilder's
 * `Storage` has no "create only": two first writes of a day would otherwise race and one would be lost.
 */
import type { Storage, StoreItem } from 'botbuilder';
import type { TurnLock } from '../conversation/turnLock';
import type { DayCounts, DayQuestions, UnansweredQuestion } from './insightsTypes';

export const INSIGHTS_KEY_PREFIX = 'insights:';
export const MAX_QUESTIONS_PER_DAY = 1000;
const MAX_ATTEMPTS = 6;

const countsKey = (day: string) => `${INSIGHTS_KEY_PREFIX}day:${day}`;
const questionsKey = (day: string) => `${INSIGHTS_KEY_PREFIX}questions:${day}`;

/** `YYYY-MM-DD` in UTC. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last `days` days up to and including `now`'s, oldest first. */
export function lastDays(now: Date, days: number): string[] {
  const result: string[] = [];
  for (let back = days - 1; back >= 0; back -= 1) result.push(dayOf(new Date(now.getTime() - back * 86_400_000)));
  return result;
}

export class InsightsStore {
  constructor(
    private readonly storage: Storage,
    private readonly lock: TurnLock,
  ) {}

  /** Adds counts to a day's document. */
  async addCounts(day: string, counts: Record<string, number>): Promise<void> {
    await this.update<DayCounts>(countsKey(day), { counts: {} }, (doc) => {
      for (const [key, value] of Object.entries(counts)) doc.counts[key] = (doc.counts[key] ?? 0) + value;
    });
  }

  /** Appends redacted questions to a day's document (the oldest are dropped beyond the daily cap). */
  async addQuestions(day: string, items: UnansweredQuestion[]): Promise<void> {
    await this.update<DayQuestions>(questionsKey(day), { items: [] }, (doc) => {
      doc.items.push(...items);
      if (doc.items.length > MAX_QUESTIONS_PER_DAY) doc.items.splice(0, doc.items.length - MAX_QUESTIONS_PER_DAY);
    });
  }

  /** The counts and questions of the given days (missing days are empty). */
  async read(days: string[]): Promise<{ counts: Map<string, DayCounts>; questions: Map<string, DayQuestions> }> {
    const keys = days.flatMap((day) => [countsKey(day), questionsKey(day)]);
    const items = await this.storage.read(keys);
    const counts = new Map<string, DayCounts>();
    const questions = new Map<string, DayQuestions>();
    for (const day of days) {
      counts.set(day, { counts: (items[countsKey(day)] as DayCounts | undefined)?.counts ?? {} });
      questions.set(day, { items: (items[questionsKey(day)] as DayQuestions | undefined)?.items ?? [] });
    }
    return { counts, questions };
  }

  /** Removes one user's questions from the given days ("delete my data"); aggregates hold nothing personal. */
  async eraseUser(userKey: string, days: string[]): Promise<number> {
    let removed = 0;
    const existing = await this.storage.read(days.map(questionsKey));
    for (const day of days) {
      const doc = existing[questionsKey(day)] as DayQuestions | undefined;
      if (!doc?.items.some((item) => item.userKey === userKey)) continue;
      await this.update<DayQuestions>(questionsKey(day), { items: [] }, (fresh) => {
        const before = fresh.items.length;
        fresh.items = fresh.items.filter((item) => item.userKey !== userKey);
        removed += before - fresh.items.length;
      });
    }
    return removed;
  }

  /** Read, change, write with the eTag (under the key's lock); retried when another writer came first. */
  private update<T extends object>(key: string, empty: T, change: (doc: T) => void): Promise<void> {
    return this.lock.withLock(key, () => this.compareAndSet(key, empty, change));
  }

  private async compareAndSet<T extends object>(key: string, empty: T, change: (doc: T) => void): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const current = (await this.storage.read([key]))[key] as (T & StoreItem) | undefined;
      const doc = structuredClone(current ?? { ...empty, eTag: undefined }) as T & StoreItem;
      const eTag = current?.eTag;
      change(doc);
      delete doc.eTag;
      try {
        await this.storage.write({ [key]: eTag ? { ...doc, eTag } : doc });
        return;
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
