/**
 * Staff notifications as persisted jobs, so none is lost to a failure or a restart: one job per case event and
 * target channel, in the app's Storage (`escalation/outbox`). A due job is leased (so two processes never send it
 * twice), sent, then removed; a failure is recorded on the case (`notify-failed`) and retried with exponential
 * backoff until `maxAttempts`, after which the case carries a final `notify-failed` ("gave up") for the console.
 */
import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { updateItem, CASE_KEY_PREFIX } from './caseStore';
import type { CaseEvent } from './caseTypes';
import type { NotifyTargets } from './offices';
import type { NotificationKind, NotifyChannel, StaffNotification, StaffNotifier } from './notifiers/staffNotification';

export interface NotificationJob {
  id: string;
  caseId: string;
  officeId: string;
  kind: NotificationKind;
  channel: NotifyChannel;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil?: string;
  lastError?: string;
  createdAt: string;
}

interface OutboxItem {
  jobs: NotificationJob[];
}

const OUTBOX_KEY = `${CASE_KEY_PREFIX}outbox`;

export interface NotificationOutboxOptions {
  storage: Storage;
  notifiers: StaffNotifier[];
  /** Per office, from `OFFICES_NOTIFY_FILE`. */
  targets: Record<string, NotifyTargets>;
  /** Builds the notification at send time (so it carries the latest summary); undefined drops the job (case gone). */
  build(job: NotificationJob): Promise<StaffNotification | undefined>;
  /** Appends an event to the case. */
  record(caseId: string, event: Omit<CaseEvent, 'at'>): Promise<void>;
  logger: Logger;
  clock?: () => Date;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  leaseMs?: number;
}

export class NotificationOutbox {
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly options: NotificationOutboxOptions) {
    for (const name of ['storage', 'notifiers', 'targets', 'build', 'record', 'logger'] as const) {
      if (!options[name]) throw new Error(`NotificationOutbox needs ${name}`);
    }
    this.clock = options.clock ?? (() => new Date());
  }

  /** The channels an office can be notified through with the notifiers configured. */
  channelsOf(officeId: string): NotifyChannel[] {
    const targets = this.options.targets[officeId];
    if (!targets) return [];
    return this.options.notifiers.filter((notifier) => notifier.hasTarget(targets)).map((notifier) => notifier.channel);
  }

  /**
   * Queues one notification per configured channel of the office. With none, the case records a `notify-failed`
   * so staff see in the console that nobody was told.
   */
  async enqueue(caseId: string, officeId: string, kind: NotificationKind): Promise<number> {
    const channels = this.channelsOf(officeId);
    if (channels.length === 0) {
      await this.options.record(caseId, { type: 'notify-failed', detail: 'no notification target configured for this office' });
      this.options.logger.warn({ caseId, officeId }, 'escalation: office has no notification target');
      return 0;
    }
    const now = this.clock().toISOString();
    const jobs = channels.map((channel) => ({ id: randomUUID(), caseId, officeId, kind, channel, attempts: 0, nextAttemptAt: now, createdAt: now }));
    await updateItem<OutboxItem>(this.options.storage, OUTBOX_KEY, (current) => ({ jobs: [...(current?.jobs ?? []), ...jobs] }));
    return jobs.length;
  }

  async pending(): Promise<NotificationJob[]> {
    const item = (await this.options.storage.read([OUTBOX_KEY]))[OUTBOX_KEY] as OutboxItem | undefined;
    return item?.jobs ?? [];
  }

  /** Sends every due job once. Overlapping calls in one process share the run in progress. */
  processDue(): Promise<unknown> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Polls for due jobs; the timer does not keep the process alive. */
  start(intervalMs = 5000): void {
    this.stop();
    this.timer = setInterval(() => {
      this.processDue().catch((error) => this.options.logger.error({ err: error }, 'escalation: notification run failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async runOnce(): Promise<void> {
    const now = this.clock();
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString();
    let claimed: NotificationJob[] = [];
    await updateItem<OutboxItem>(this.options.storage, OUTBOX_KEY, (current) => {
      claimed = [];
      if (!current) return undefined;
      for (const job of current.jobs) {
        const due = job.nextAttemptAt <= now.toISOString() && (!job.leaseUntil || job.leaseUntil <= now.toISOString());
        if (due) {
          job.leaseUntil = leaseUntil;
          claimed.push({ ...job });
        }
      }
      return claimed.length > 0 ? current : undefined;
    });
    for (const job of claimed) await this.attempt(job);
  }

  private async attempt(job: NotificationJob): Promise<void> {
    const { logger } = this.options;
    let error: unknown;
    try {
      const notification = await this.options.build(job);
      if (notification) {
        const notifier = this.options.notifiers.find((candidate) => candidate.channel === job.channel);
        const targets = this.options.targets[job.officeId];
        if (!notifier || !targets || !notifier.hasTarget(targets)) throw new Error(`no ${job.channel} target configured any more`);
        await notifier.send(targets, notification);
        await this.options.record(job.caseId, { type: 'notified', detail: `${job.channel} (${job.kind})` });
      }
      await this.finish(job, undefined);
      return;
    } catch (caught) {
      error = caught;
    }
    const attempts = job.attempts + 1;
    const maxAttempts = this.options.maxAttempts ?? 8;
    const message = (error as Error)?.message ?? String(error);
    const givenUp = attempts >= maxAttempts;
    logger.warn({ caseId: job.caseId, channel: job.channel, attempts, err: error }, 'escalation: staff notification failed');
    await this.options
      .record(job.caseId, {
        type: 'notify-failed',
        detail: givenUp ? `${job.channel}: gave up after ${attempts} attempts: ${message}` : `${job.channel}: attempt ${attempts} failed: ${message}; retrying`,
      })
      .catch((recordError) => logger.error({ err: recordError, caseId: job.caseId }, 'escalation: could not record notify-failed'));
    await this.finish(job, givenUp ? undefined : { attempts, lastError: message });
  }

  /** Removes the job, or reschedules it with backoff. */
  private async finish(job: NotificationJob, retry: { attempts: number; lastError: string } | undefined): Promise<void> {
    const base = this.options.baseDelayMs ?? 5000;
    const max = this.options.maxDelayMs ?? 30 * 60_000;
    await updateItem<OutboxItem>(this.options.storage, OUTBOX_KEY, (current) => {
      if (!current) return undefined;
      const jobs = current.jobs.filter((candidate) => candidate.id !== job.id);
      if (retry) {
        const delay = Math.min(base * 2 ** (retry.attempts - 1), max);
        jobs.push({
          ...job,
          attempts: retry.attempts,
          lastError: retry.lastError,
          leaseUntil: undefined,
          nextAttemptAt: new Date(this.clock().getTime() + delay).toISOString(),
        });
      }
      return { jobs };
    });
  }
}
