/**
 * What happens to a LINE event between the webhook's 200 and the bot's answer.
 *
 * - Once: each `webhookEventId` is claimed in the {@link OnceStore} (Redis `SET NX EX` when configured) for two
 *   days, so redeliveries and duplicates are answered once, also across replicas.
 * - Not lost: an accepted event is written to the store before the webhook answers 200 and removed when it
 *   has been handled. On start, events left behind by a process that stopped are resumed. Each carries a lease,
 *   so a replica starting next to a busy one does not take over events still being handled.
 * - In order: events of one chat run one after another, in the order LINE sent them.
 */
import type { Storage } from 'botbuilder';
import type { webhook } from '@line/bot-sdk';
import type { Logger } from '../../logging/logger';
import type { OnceStore } from '../../state/onceStore';
import { ETagConflictError } from '../../state/errors';
import { orderingKeyOf, type LineEventEnvelope } from './lineEvents';

export interface PendingLineEvent extends LineEventEnvelope {
  acceptedAt: number;
  /** Until then the event belongs to the process that accepted (or resumed) it. */
  leaseUntil: number;
}

interface PendingDocument {
  events?: Record<string, PendingLineEvent>;
  eTag?: string;
}

/** Storage key of the pending events (one small document; LINE events are a few hundred bytes each). */
export const PENDING_EVENTS_KEY = 'line/pendingEvents';

export interface LineEventQueueOptions {
  storage: Storage;
  once: OnceStore;
  logger: Logger;
  /** Handles one event; errors are logged, and the event counts as handled (a poison event must not loop). */
  handle(envelope: LineEventEnvelope): Promise<void>;
  /** How long a webhookEventId is remembered. Default two days (LINE redelivers for up to a day). */
  idempotencyTtlSeconds?: number;
  /** Lease of an accepted event. Default 30 s. */
  leaseMs?: number;
  now?: () => number;
}

export class LineEventQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Updates of the pending document are serialised in-process; eTags guard against other processes. */
  private updating: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(private readonly options: LineEventQueueOptions) {
    for (const name of ['storage', 'once', 'logger', 'handle'] as const) {
      if (!options[name]) throw new Error(`LineEventQueue needs ${name}`);
    }
    this.now = options.now ?? Date.now;
  }

  /**
   * Claims and stores the new events of one webhook call; duplicates and redeliveries already seen are dropped.
   * @throws when the store fails: nothing is claimed then, so LINE's redelivery can bring the events again.
   */
  async accept(destination: string, events: webhook.Event[]): Promise<PendingLineEvent[]> {
    const ttl = this.options.idempotencyTtlSeconds ?? 2 * 86_400;
    const accepted: PendingLineEvent[] = [];
    const now = this.now();
    try {
      for (const event of events) {
        if (!event || typeof event !== 'object' || typeof event.webhookEventId !== 'string') continue;
        if (!(await this.options.once.claim(`line:event:${event.webhookEventId}`, ttl))) {
          this.options.logger.info({ webhookEventId: event.webhookEventId, redelivery: event.deliveryContext?.isRedelivery === true }, 'LINE event already accepted; skipped');
          continue;
        }
        accepted.push({ destination, event, acceptedAt: now, leaseUntil: now + this.leaseMs });
      }
      if (accepted.length > 0) {
        await this.update((pending) => {
          for (const item of accepted) pending[item.event.webhookEventId] = item;
        });
      }
    } catch (error) {
      await Promise.allSettled(accepted.map((item) => this.options.once.release(`line:event:${item.event.webhookEventId}`)));
      throw error;
    }
    return accepted;
  }

  /** Handles accepted events after the webhook answered, in order per chat. */
  dispatch(items: PendingLineEvent[]): void {
    for (const item of items) {
      const id = item.event.webhookEventId;
      if (this.running.has(id)) continue;
      this.running.add(id);
      const key = orderingKeyOf(item.event);
      const tail = (this.tails.get(key) ?? Promise.resolve()).then(() => this.run(item));
      this.tails.set(key, tail);
      void tail.then(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    }
  }

  /**
   * Resumes events a stopped process accepted but did not finish (their lease ran out); events still leased
   * are looked at again when the lease ends. Never throws.
   * @returns how many events were resumed now.
   */
  async resumePending(): Promise<number> {
    try {
      const now = this.now();
      const taken: PendingLineEvent[] = [];
      let nextLeaseEnd: number | undefined;
      await this.update((pending) => {
        taken.length = 0;
        nextLeaseEnd = undefined;
        for (const item of Object.values(pending)) {
          if (this.running.has(item.event.webhookEventId)) continue;
          if (item.leaseUntil <= now) {
            item.leaseUntil = now + this.leaseMs;
            taken.push(item);
          } else {
            nextLeaseEnd = Math.min(nextLeaseEnd ?? Infinity, item.leaseUntil);
          }
        }
      });
      taken.sort((a, b) => a.event.timestamp - b.event.timestamp);
      if (taken.length > 0) this.options.logger.info({ events: taken.length }, 'resuming LINE events accepted before a restart');
      this.dispatch(taken);
      if (nextLeaseEnd !== undefined) this.later(nextLeaseEnd - now + 100, () => void this.resumePending());
      return taken.length;
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not resume pending LINE events');
      this.later(this.leaseMs, () => void this.resumePending());
      return 0;
    }
  }

  /** Resolves when every dispatched event has been handled (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }

  /** Stops the lease timers. */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 30_000;
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, Math.max(0, ms));
    timer.unref();
    this.timers.add(timer);
  }

  private async run(item: PendingLineEvent): Promise<void> {
    const id = item.event.webhookEventId;
    try {
      await this.options.handle(item);
    } catch (error) {
      this.options.logger.error({ err: error, webhookEventId: id, eventType: item.event.type }, 'LINE event handling failed');
    }
    try {
      await this.update((pending) => {
        delete pending[id];
      });
    } catch (error) {
      // It stays pending and may be answered again after a restart; better than losing an event.
      this.options.logger.error({ err: error, webhookEventId: id }, 'could not mark LINE event handled');
    } finally {
      this.running.delete(id);
    }
  }

  /** Read-modify-write of the pending document with eTag compare-and-set, retried on conflicts. */
  private update(mutate: (pending: Record<string, PendingLineEvent>) => void): Promise<void> {
    const work = this.updating.then(async () => {
      for (let attempt = 1; ; attempt++) {
        const stored = (await this.options.storage.read([PENDING_EVENTS_KEY]))[PENDING_EVENTS_KEY] as PendingDocument | undefined;
        const events = { ...(stored?.events ?? {}) };
        mutate(events);
        try {
          await this.options.storage.write({ [PENDING_EVENTS_KEY]: { events, eTag: stored?.eTag ?? '*' } });
          return;
        } catch (error) {
          if (!(error instanceof ETagConflictError) || attempt >= 20) throw error;
        }
      }
    });
    this.updating = work.catch(() => undefined);
    return work;
  }
}
