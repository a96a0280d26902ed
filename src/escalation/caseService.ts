/**
 * The escalation service: opens cases, keeps their transcript and event history, notifies the office through the
 * outbox, relays staff replies to the user on the user's own channel, and anonymises cases after retention.
 * Implements {@link CaseService} for the staff console / API.
 */
import { randomUUID } from 'node:crypto';
import type { i18n } from 'i18next';
import type { Logger } from '../logging/logger';
import type { Reply } from '../replies/reply';
import { CaseNotFoundError, type CaseStore } from './caseStore';
import type { CaseEvent, CaseService, CaseStatus, EscalationCase, TranscriptLine } from './caseTypes';
import type { CaseTranslator } from './caseTranslator';
import type { NotificationOutbox, NotificationJob } from './notificationOutbox';
import { buildNotification, type StaffNotification } from './notifiers/staffNotification';
import { officeName, type Office, type OfficeDirectory } from './offices';
import type { UserMessengers } from './userMessenger';

export class CaseClosedError extends Error {
  override name = 'CaseClosedError';
  constructor(readonly caseId: string, readonly reason: 'anonymised' | 'resolved') {
    super(`case ${caseId} is ${reason}`);
  }
}

export class InvalidStatusError extends Error {
  override name = 'InvalidStatusError';
  constructor(readonly status: string) {
    super(`unknown case status "${status}"`);
  }
}

export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'claimed', 'answered', 'resolved'];
export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** What the escalation dialog knows when it opens a case; the service adds id, number, status and history. */
export type NewCase = Pick<
  EscalationCase,
  'officeId' | 'routingRule' | 'topic' | 'regionId' | 'userLanguage' | 'channelId' | 'userId' | 'reference' | 'description' | 'contact' | 'transcript' | 'plan'
> & { reason: NonNullable<EscalationCase['reason']> };

export interface EscalationServiceDeps {
  store: CaseStore;
  directory: OfficeDirectory;
  messengers: UserMessengers;
  i18n: i18n;
  logger: Logger;
  /** Set after construction by the composition root (the outbox calls back into the service). */
  outbox?: NotificationOutbox;
  translator?: CaseTranslator | undefined;
  publicBaseUrl?: string | undefined;
  /** Days after resolve until a case is anonymised (`CASE_RETENTION_DAYS`). */
  retentionDays?: number;
  clock?: () => Date;
}

export class EscalationService implements CaseService {
  private readonly clock: () => Date;
  outbox: NotificationOutbox | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: EscalationServiceDeps) {
    for (const name of ['store', 'directory', 'messengers', 'i18n', 'logger'] as const) {
      if (!deps[name]) throw new Error(`EscalationService needs ${name}`);
    }
    this.clock = deps.clock ?? (() => new Date());
    this.outbox = deps.outbox;
  }

  office(officeId: string): Office | undefined {
    return this.deps.directory.offices.find((office) => office.id === officeId);
  }

  // ---- CaseService (staff side) ----

  async list(filter: { officeIds?: string[]; status?: CaseStatus[] }): Promise<EscalationCase[]> {
    const ids = filter.officeIds
      ? [...new Set((await Promise.all(filter.officeIds.map((officeId) => this.deps.store.idsOfOffice(officeId)))).flat())]
      : await this.deps.store.allIds();
    const cases = await this.deps.store.getMany(ids);
    return cases
      .filter((escalation) => !filter.status || filter.status.includes(escalation.status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  get(id: string): Promise<EscalationCase | undefined> {
    return this.deps.store.get(id);
  }

  /**
   * Stores a staff line and relays it to the user, marked as coming from the office, translated into the user's
   * language when an LLM is configured. A relay failure is recorded as `relay-failed`, not thrown: the line is kept.
   */
  async addStaffMessage(id: string, staffId: string, text: string): Promise<EscalationCase> {
    const before = await this.require(id);
    if (before.anonymisedAt) throw new CaseClosedError(id, 'anonymised');
    const office = this.office(before.officeId);
    const translated = this.deps.translator ? await this.deps.translator.translate(text, before.userLanguage) : undefined;
    const at = this.now();
    const line: TranscriptLine = {
      at,
      from: 'staff',
      text,
      staffId,
      ...(translated && translated !== text ? { translation: { language: before.userLanguage, text: translated } } : {}),
    };
    let updated = await this.deps.store.update(id, (escalation) => {
      escalation.transcript.push(line);
      escalation.events.push({ at, type: 'staff-message', actor: staffId });
      if (escalation.status === 'new' || escalation.status === 'claimed') {
        escalation.status = 'answered';
        escalation.events.push({ at, type: 'status', detail: 'answered', actor: staffId });
      }
      escalation.updatedAt = at;
    });
    const name = office ? officeName(office, before.userLanguage) : before.officeId;
    try {
      await this.deps.messengers.send(before.reference, { text: line.translation?.text ?? text, from: { kind: 'office', name } });
    } catch (error) {
      this.deps.logger.warn({ err: error, caseId: id }, 'escalation: staff reply could not be relayed');
      updated = await this.addEvent(id, { type: 'relay-failed', detail: (error as Error).message, actor: staffId });
    }
    return updated;
  }

  /** Moves a case along new → claimed → answered → resolved (staff may also reopen). Resolving asks the user for a rating. */
  async setStatus(id: string, status: CaseStatus, staffId: string): Promise<EscalationCase> {
    if (!CASE_STATUSES.includes(status)) throw new InvalidStatusError(status);
    const before = await this.require(id);
    if (before.anonymisedAt) throw new CaseClosedError(id, 'anonymised');
    const at = this.now();
    const updated = await this.deps.store.update(id, (escalation) => {
      if (escalation.status === status) return;
      escalation.status = status;
      escalation.events.push({ at, type: status === 'claimed' ? 'claimed' : 'status', detail: status, actor: staffId });
      if (status === 'resolved') escalation.resolvedAt = at;
      else delete escalation.resolvedAt;
      escalation.updatedAt = at;
    });
    if (status === 'resolved' && before.status !== 'resolved') await this.askSatisfaction(updated);
    return updated;
  }

  // ---- the user side (bot) ----

  /** Opens a case and queues the office's notifications (sent in the background, retried until delivered). */
  async openCase(input: NewCase): Promise<EscalationCase> {
    if (!this.office(input.officeId)) throw new Error(`unknown office ${input.officeId}`);
    const now = this.clock();
    const at = now.toISOString();
    const escalation: EscalationCase = {
      id: randomUUID(),
      number: await this.deps.store.nextNumber(now),
      officeId: input.officeId,
      status: 'new',
      topic: input.topic,
      regionId: input.regionId,
      userLanguage: input.userLanguage,
      channelId: input.channelId,
      userId: input.userId,
      reference: input.reference,
      description: input.description,
      contact: input.contact,
      transcript: [...input.transcript, { at, from: 'user', text: input.description, language: input.userLanguage }],
      events: [{ at, type: 'created', detail: input.routingRule ? `routing rule ${input.routingRule}; reason ${input.reason}` : `reason ${input.reason}` }],
      createdAt: at,
      updatedAt: at,
      reason: input.reason,
      ...(input.routingRule ? { routingRule: input.routingRule } : {}),
      ...(input.plan ? { plan: input.plan } : {}),
    };
    await this.deps.store.create(escalation);
    this.deps.logger.info({ caseId: escalation.id, number: escalation.number, officeId: escalation.officeId }, 'escalation: case opened');
    await this.notify(escalation, 'created');
    return (await this.deps.store.get(escalation.id)) ?? escalation;
  }

  /**
   * Appends a user's message to an open case and tells staff. `first` is true for the first message after the
   * case was opened, so the bot acknowledges only once.
   */
  async appendUserMessage(id: string, text: string, language: string | undefined): Promise<{ escalation: EscalationCase; first: boolean }> {
    let first = false;
    const at = this.now();
    const escalation = await this.deps.store.update(id, (current) => {
      if (current.anonymisedAt) throw new CaseClosedError(id, 'anonymised');
      first = !current.events.some((event) => event.type === 'user-message');
      current.transcript.push({ at, from: 'user', text, ...(language ? { language } : {}) });
      current.events.push({ at, type: 'user-message' });
      current.updatedAt = at;
    });
    await this.notify(escalation, 'user-message');
    return { escalation, first };
  }

  /** Stores the user's rating (1–5) once, if the case is theirs and resolved. */
  async recordSatisfaction(id: string, score: number, channelId: string, userId: string): Promise<boolean> {
    if (!Number.isInteger(score) || score < 1 || score > 5) return false;
    const current = await this.deps.store.get(id);
    if (!current || current.channelId !== channelId || current.userId !== userId || current.status !== 'resolved') return false;
    if (current.satisfaction !== undefined) return true;
    const at = this.now();
    await this.deps.store.update(id, (escalation) => {
      escalation.satisfaction = score;
      escalation.events.push({ at, type: 'satisfaction', detail: String(score) });
      escalation.updatedAt = at;
    });
    return true;
  }

  /** The user's most recent case that was resolved and not yet rated, for a typed "4" or 👍. */
  async awaitingRating(channelId: string, userId: string, withinDays = 7): Promise<EscalationCase | undefined> {
    const ids = await this.deps.store.idsOfUser(channelId, userId);
    const cases = await this.deps.store.getMany(ids.slice(-5));
    const limit = this.clock().getTime() - withinDays * DAY_MS;
    return cases
      .filter((c) => c.status === 'resolved' && c.satisfaction === undefined && !c.anonymisedAt && c.resolvedAt && Date.parse(c.resolvedAt) >= limit)
      .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''))[0];
  }

  /** "Delete my data": anonymises every case of the user (staff keep the case number and history, nothing personal). */
  async eraseUser(channelId: string, userId: string): Promise<number> {
    const ids = await this.deps.store.idsOfUser(channelId, userId);
    for (const id of ids) await this.anonymise(id, 'user request');
    await this.deps.store.dropUserIndex(channelId, userId);
    return ids.length;
  }

  /**
   * Anonymises cases resolved more than the retention period ago. Call periodically ({@link start}); `now` is injectable.
   * @returns how many cases were anonymised.
   */
  async sweepRetention(now: Date = this.clock()): Promise<number> {
    const limit = now.getTime() - (this.deps.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    const cases = await this.deps.store.getMany(await this.deps.store.allIds());
    let count = 0;
    for (const escalation of cases) {
      if (escalation.status !== 'resolved' || escalation.anonymisedAt || !escalation.resolvedAt) continue;
      if (Date.parse(escalation.resolvedAt) > limit) continue;
      await this.anonymise(escalation.id, 'retention period ended');
      count += 1;
    }
    if (count > 0) this.deps.logger.info({ count }, 'escalation: resolved cases anonymised after retention');
    return count;
  }

  /** Starts the notification retry loop and the hourly retention sweep; timers do not keep the process alive. */
  start(options: { notifyIntervalMs?: number; sweepIntervalMs?: number } = {}): void {
    this.outbox?.start(options.notifyIntervalMs ?? 5000);
    void this.outbox?.processDue();
    this.sweepTimer = setInterval(() => {
      this.sweepRetention().catch((error) => this.deps.logger.error({ err: error }, 'escalation: retention sweep failed'));
    }, options.sweepIntervalMs ?? 3_600_000);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.outbox?.stop();
  }

  /** Builds what staff are told for one outbox job: summary / translation made here, once, and stored on the case. */
  async buildNotification(job: NotificationJob): Promise<StaffNotification | undefined> {
    let escalation = await this.deps.store.get(job.caseId);
    const office = this.office(job.officeId);
    if (!escalation || !office || escalation.anonymisedAt) return undefined;
    const language = office.languages[0] ?? 'en';
    const translator = this.deps.translator;
    if (translator && job.kind === 'created' && !escalation.summary) {
      const summary = await translator.summarise(escalation.description, language);
      if (summary) {
        escalation = await this.deps.store.update(job.caseId, (current) => {
          current.summary = { language, text: summary };
        });
      }
    }
    if (translator && job.kind === 'user-message') {
      const index = escalation.transcript.map((line) => line.from).lastIndexOf('user');
      const line = escalation.transcript[index];
      if (line && !line.translation && line.language !== language) {
        const translated = await translator.translate(line.text, language);
        if (translated) {
          escalation = await this.deps.store.update(job.caseId, (current) => {
            const target = current.transcript[index];
            if (target && target.text === line.text) target.translation = { language, text: translated };
          });
        }
      }
    }
    return buildNotification({ kind: job.kind, escalation, office, t: this.deps.i18n.getFixedT(language), language, publicBaseUrl: this.deps.publicBaseUrl });
  }

  /** Appends an event (used by the outbox). */
  async addEvent(id: string, event: Omit<CaseEvent, 'at'>): Promise<EscalationCase> {
    const at = this.now();
    return this.deps.store.update(id, (escalation) => {
      escalation.events.push({ at, ...event });
      escalation.updatedAt = at;
    });
  }

  private async notify(escalation: EscalationCase, kind: 'created' | 'user-message'): Promise<void> {
    if (!this.outbox) {
      await this.addEvent(escalation.id, { type: 'notify-failed', detail: 'no notifier configured' });
      return;
    }
    const queued = await this.outbox.enqueue(escalation.id, escalation.officeId, kind);
    if (queued > 0) {
      this.outbox.processDue().catch((error) => this.deps.logger.error({ err: error }, 'escalation: notification run failed'));
    }
  }

  private async askSatisfaction(escalation: EscalationCase): Promise<void> {
    const t = this.deps.i18n.getFixedT(escalation.userLanguage);
    const office = this.office(escalation.officeId);
    const reply: Reply = {
      text: t('escalation.satisfaction.question', { number: escalation.number, office: office ? officeName(office, escalation.userLanguage) : escalation.officeId }),
      choices: [1, 2, 3, 4, 5].map((score) => ({ label: t(`escalation.satisfaction.scores.${score}`), action: `satisfaction:${escalation.id}:${score}` })),
    };
    try {
      await this.deps.messengers.send(escalation.reference, reply);
    } catch (error) {
      this.deps.logger.warn({ err: error, caseId: escalation.id }, 'escalation: satisfaction question could not be sent');
      await this.addEvent(escalation.id, { type: 'relay-failed', detail: `satisfaction question: ${(error as Error).message}` });
    }
  }

  private async anonymise(id: string, why: string): Promise<void> {
    const at = this.now();
    await this.deps.store.update(id, (escalation) => {
      if (escalation.anonymisedAt) return;
      escalation.description = '';
      escalation.contact = undefined;
      delete escalation.summary;
      delete escalation.plan;
      escalation.userId = 'anonymised';
      escalation.reference = { channelId: escalation.channelId, serviceUrl: '', conversation: { id: '' }, user: { id: '' }, bot: { id: '' } };
      escalation.transcript = escalation.transcript.map((line) => ({ at: line.at, from: line.from, text: '' }));
      escalation.events = escalation.events.map((event) => (event.type === 'user-message' || event.type === 'relay-failed' ? { at: event.at, type: event.type } : event));
      escalation.events.push({ at, type: 'anonymised', detail: why });
      escalation.anonymisedAt = at;
      escalation.updatedAt = at;
    });
  }

  private async require(id: string): Promise<EscalationCase> {
    const escalation = await this.deps.store.get(id);
    if (!escalation) throw new CaseNotFoundError(id);
    return escalation;
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
