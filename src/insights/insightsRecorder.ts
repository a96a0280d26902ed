/**
 * Collects the questions the bot answers and writes them to the {@link InsightsStore} every few seconds:
 * counts by day, topic, region, language, channel and whether the answer was confident, plus — for questions answered
 * with low confidence or not at all — the text with names, e-mail addresses and phone numbers redacted, and the
 * entries that came closest. Nothing else about the user is kept (see the privacy notice in `locales/`).
 * Counts not yet flushed are lost if the process dies (at most one flush interval).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import { dayOf, lastDays, type InsightsStore } from './insightsStore';
import type { ClosestEntriesFinder, ObservedQuestion, UnansweredQuestion } from './insightsTypes';

/** A user's key in insights: SHA-256 of channel and user id, so the id itself is never stored there. */
export function userKeyOf(channelId: string, userId: string): string {
  return createHash('sha256').update(`${channelId}\u0000${userId}`).digest('base64url').slice(0, 22);
}

/** The aggregate key of one question: `topic|region|language|channel|answered`. */
export function countKey(topic: string | undefined, regionId: string | undefined, language: string, channelId: string, confident: boolean): string {
  return [topic ?? '-', regionId ?? '-', language, channelId, confident ? 'yes' : 'no'].join('|');
}

export interface InsightsRecorderOptions {
  store: InsightsStore;
  closestEntries: ClosestEntriesFinder;
  logger: Logger;
  /** How often buffered questions are written, ms (default 5000). */
  flushIntervalMs?: number;
  /** How many days questions are kept (`INSIGHTS_RETENTION_DAYS`), for erasure. */
  retentionDays: number;
  now?: () => Date;
}

export class InsightsRecorder {
  private buffer: ObservedQuestion[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly options: InsightsRecorderOptions) {}

  /** Starts the periodic flush (the timer does not keep the process alive). */
  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.options.flushIntervalMs ?? 5000);
    this.timer.unref();
  }

  /** Notes one question; cheap, called on the message path. */
  observe(question: ObservedQuestion): void {
    this.buffer.push(question);
  }

  /** Writes everything observed so far. Flushes run one after another. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBuffered()).catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'insights not written');
    });
    return this.flushing;
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** Removes one user's stored questions ("delete my data"), also from the buffer. */
  async eraseUser(channelId: string, userId: string): Promise<void> {
    const userKey = userKeyOf(channelId, userId);
    this.buffer = this.buffer.filter((question) => question.userKey !== userKey);
    await this.flushing;
    const now = (this.options.now ?? (() => new Date()))();
    await this.options.store.eraseUser(userKey, lastDays(now, this.options.retentionDays + 1));
  }

  private async writeBuffered(): Promise<void> {
    const batch = this.buffer;
    if (batch.length === 0) return;
    this.buffer = [];
    // Loaded with the first unanswered question: its name finder (compromise) is not needed at start.
    const redactQuestion = batch.some((question) => !question.confident) ? (await import('./redaction')).redactQuestion : undefined;
    const counts = new Map<string, Record<string, number>>();
    const questions = new Map<string, UnansweredQuestion[]>();
    for (const question of batch) {
      const day = dayOf(question.at);
      const closest = this.options.closestEntries(question.text, question.language, question.regionId);
      const topic = question.confident ? closest[0]?.topic : undefined;
      const dayCounts = counts.get(day) ?? {};
      const key = countKey(topic, question.regionId, question.language, question.channelId, question.confident);
      dayCounts[key] = (dayCounts[key] ?? 0) + 1;
      counts.set(day, dayCounts);
      if (!question.confident) {
        const list = questions.get(day) ?? [];
        list.push({
          id: randomUUID(),
          at: question.at.toISOString(),
          text: redactQuestion!(question.text, question.displayName),
          language: question.language,
          regionId: question.regionId,
          channelId: question.channelId,
          closest: closest.slice(0, 3),
          userKey: question.userKey,
        });
        questions.set(day, list);
      }
    }
    for (const [day, dayCounts] of counts) await this.options.store.addCounts(day, dayCounts);
    for (const [day, items] of questions) await this.options.store.addQuestions(day, items);
  }
}
