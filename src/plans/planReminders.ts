/**
 * Opt-in reminders before a plan's deadlines, as proactive messages on the user's own channel (the path staff
 * replies take: {@link UserMessengers} and the stored conversation reference). Jobs live in the app's Storage
 * (`plans:reminders`), so they survive restarts; a sweep on an interval leases due jobs (two replicas never send
 * one twice), re-reads the user record (a step done, reminders off or the data erased in the meantime cancels
 * the reminder), sends, and removes the job. A failed send is retried a few times with a delay.
 */
import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Logger } from '../logging/logger';
import { updateItem } from '../escalation/caseStore';
import type { UserMessengers } from '../escalation/userMessenger';
import { userStateKey } from '../conversation/stateKeys';
import type { UserProfile } from '../conversation/userRecords';
import type { Reply } from '../replies/reply';
import type { PlanCatalog } from './planCatalog';
import { textIn } from './planDefinition';
import { deadlineDate, formatDate } from './planDeadlines';
import { doneAction } from './planView';
import { applicableSteps, savedPlanOf, type SavedPlan } from './savedPlan';
import { addDays } from './slotAnswers';

export const REMINDERS_KEY = 'plans:reminders';
/** Days before a deadline the reminder goes out. */
export const REMIND_DAYS_BEFORE = 3;
const MAX_ATTEMPTS = 5;
const RETRY_DELAY_MS = 10 * 60_000;

export interface ReminderJob {
  id: string;
  channelId: string;
  userId: string;
  planId: string;
  stepId: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  /** ISO timestamp when the reminder is due. */
  remindAt: string;
  attempts: number;
  leaseUntil?: string;
}

interface RemindersItem {
  jobs: ReminderJob[];
}

export interface PlanRemindersDeps {
  storage: Storage;
  catalog: PlanCatalog;
  messengers: Pick<UserMessengers, 'send'>;
  i18n: i18n;
  logger: Logger;
  clock?: () => Date;
  leaseMs?: number;
}

export class PlanReminders {
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly deps: PlanRemindersDeps) {
    for (const name of ['storage', 'catalog', 'messengers', 'i18n', 'logger'] as const) {
      if (!deps[name]) throw new Error(`PlanReminders needs ${name}`);
    }
    this.clock = deps.clock ?? (() => new Date());
  }

  /**
   * Replaces the user's reminders for this plan by one per undone step with a dated deadline still ahead,
   * due {@link REMIND_DAYS_BEFORE} days before it (at once when that day has passed).
   * @returns how many reminders are scheduled.
   */
  async schedule(channelId: string, userId: string, saved: SavedPlan): Promise<number> {
    const plan = this.deps.catalog.byId(saved.planId);
    if (!plan) return 0;
    const now = this.clock();
    const today = now.toISOString().slice(0, 10);
    const jobs: ReminderJob[] = [];
    for (const step of applicableSteps(plan, saved.answers)) {
      const deadline = deadlineDate(step, saved.answers);
      if (!deadline || deadline < today || saved.done.includes(step.id)) continue;
      const remindDay = addDays(deadline, -REMIND_DAYS_BEFORE);
      const remindAt = remindDay > today ? `${remindDay}T00:00:00.000Z` : now.toISOString();
      jobs.push({ id: randomUUID(), channelId, userId, planId: plan.id, stepId: step.id, deadline, remindAt, attempts: 0 });
    }
    await updateItem<RemindersItem>(this.deps.storage, REMINDERS_KEY, (current) => ({
      jobs: [...(current?.jobs ?? []).filter((job) => !(job.channelId === channelId && job.userId === userId && job.planId === saved.planId)), ...jobs],
    }));
    return jobs.length;
  }

  /** Removes the user's reminders (of one plan, or all: reminders off, "delete my data"). */
  async cancel(channelId: string, userId: string, planId?: string): Promise<void> {
    await updateItem<RemindersItem>(this.deps.storage, REMINDERS_KEY, (current) => {
      if (!current) return undefined;
      const jobs = current.jobs.filter((job) => !(job.channelId === channelId && job.userId === userId && (!planId || job.planId === planId)));
      return jobs.length === current.jobs.length ? undefined : { jobs };
    });
  }

  async pending(): Promise<ReminderJob[]> {
    const item = (await this.deps.storage.read([REMINDERS_KEY]))[REMINDERS_KEY] as RemindersItem | undefined;
    return item?.jobs ?? [];
  }

  /** Sends every due reminder once. Overlapping calls in one process share the run in progress. */
  sweep(): Promise<unknown> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Sweeps on an interval; the timer does not keep the process alive. */
  start(intervalMs = 60_000): void {
    this.stopTimer();
    this.timer = setInterval(() => {
      this.sweep().catch((error) => this.deps.logger.error({ err: error }, 'plans: reminder sweep failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopTimer();
    await this.running?.catch(() => undefined);
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async runOnce(): Promise<void> {
    const now = this.clock().toISOString();
    const leaseUntil = new Date(this.clock().getTime() + (this.deps.leaseMs ?? 120_000)).toISOString();
    let claimed: ReminderJob[] = [];
    await updateItem<RemindersItem>(this.deps.storage, REMINDERS_KEY, (current) => {
      claimed = [];
      if (!current) return undefined;
      for (const job of current.jobs) {
        if (job.remindAt <= now && (!job.leaseUntil || job.leaseUntil <= now)) {
          job.leaseUntil = leaseUntil;
          claimed.push({ ...job });
        }
      }
      return claimed.length > 0 ? current : undefined;
    });
    for (const job of claimed) await this.deliver(job);
  }

  private async deliver(job: ReminderJob): Promise<void> {
    let retry = false;
    try {
      const reply = await this.reminderFor(job);
      if (reply) {
        await this.deps.messengers.send(reply.reference, reply.reply);
        this.deps.logger.info({ planId: job.planId, stepId: job.stepId, channelId: job.channelId }, 'plans: reminder sent');
      }
    } catch (error) {
      retry = job.attempts + 1 < MAX_ATTEMPTS;
      this.deps.logger.warn({ err: error, planId: job.planId, attempts: job.attempts + 1 }, 'plans: reminder could not be sent');
    }
    await updateItem<RemindersItem>(this.deps.storage, REMINDERS_KEY, (current) => {
      if (!current) return undefined;
      const jobs = current.jobs.filter((candidate) => candidate.id !== job.id);
      if (retry) jobs.push({ ...job, attempts: job.attempts + 1, leaseUntil: undefined, remindAt: new Date(this.clock().getTime() + RETRY_DELAY_MS).toISOString() });
      return { jobs };
    });
  }

  /** The reminder, from the user's record as it is now; undefined when it no longer applies. */
  private async reminderFor(job: ReminderJob): Promise<{ reference: NonNullable<UserProfile['reference']>; reply: Reply } | undefined> {
    const key = userStateKey(job.channelId, job.userId);
    const profile = ((await this.deps.storage.read([key]))[key] as { profile?: UserProfile } | undefined)?.profile;
    const saved = profile ? savedPlanOf(profile, job.planId) : undefined;
    const plan = this.deps.catalog.byId(job.planId);
    if (!profile?.reference || !saved || !saved.reminders || !plan || saved.done.includes(job.stepId)) return undefined;
    const steps = applicableSteps(plan, saved.answers);
    const index = steps.findIndex((step) => step.id === job.stepId);
    if (index < 0) return undefined;
    const language = profile.language ?? 'en';
    const t = this.deps.i18n.getFixedT(language);
    return {
      reference: profile.reference,
      reply: {
        text: t('plans.reminder.text', { number: index + 1, step: textIn(steps[index]!.title, language), date: formatDate(job.deadline, language), plan: textIn(plan.title, language) }),
        choices: [
          { label: t('plans.doneButton', { number: index + 1 }), action: doneAction(plan.id, job.stepId) },
          { label: t('plans.showButton'), action: 'plan:show' },
          { label: t('plans.reminder.offButton'), action: `plan:reminders:off:${plan.id}` },
        ],
      },
    };
  }
}
