/**
 * Builds the escalation side from config for the composition root: case store, notifiers and their outbox,
 * messengers per channel, optional translator, the service (the staff side's {@link CaseService}), the bot's
 * gate and the dialog.
 */
import path from 'node:path';
import type { CloudAdapter, Storage } from 'botbuilder';
import type { i18n } from 'i18next';
import type { AppConfig } from '../config';
import type { Logger } from '../logging/logger';
import type { Answerer } from '../conversation/answering';
import type { RegionResolver } from '../conversation/regionResolver';
import { EscalationDialog } from '../../dialogs/escalationDialog';
import { CaseStore } from './caseStore';
import { EscalationService } from './caseService';
import type { CaseTranslator } from './caseTranslator';
import { lazyCaseTranslator } from './lazyCaseTranslator';
import { EscalationGate } from './escalationGate';
import { NotificationOutbox } from './notificationOutbox';
import { EmailNotifier } from './notifiers/emailNotifier';
import type { StaffNotifier } from './notifiers/staffNotification';
import { TeamsNotifier } from './notifiers/teamsNotifier';
import { WebhookNotifier } from './notifiers/webhookNotifier';
import { loadNotifyTargets, type NotifyTargets, type OfficeDirectory } from './offices';
import { BOT_FRAMEWORK_CHANNELS, BotFrameworkMessenger, UserMessengers } from './userMessenger';

/** What tests (and special deployments) may replace. */
export interface EscalationOverrides {
  /** Notification targets per office instead of `OFFICES_NOTIFY_FILE`. */
  targets?: Record<string, NotifyTargets>;
  clock?: () => Date;
  translator?: CaseTranslator;
  retryBaseDelayMs?: number;
  notifyIntervalMs?: number;
}

export interface EscalationSetupDeps {
  config: AppConfig;
  storage: Storage;
  directory: OfficeDirectory;
  i18n: i18n;
  logger: Logger;
  cloudAdapter: CloudAdapter;
  regionResolver: RegionResolver;
  answerer: Answerer;
  overrides?: EscalationOverrides;
}

export interface Escalation {
  service: EscalationService;
  gate: EscalationGate;
  dialog: EscalationDialog;
  messengers: UserMessengers;
  outbox: NotificationOutbox;
  /** Starts the notification retry loop (also resumes jobs left from before a restart) and the retention sweep. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * @example
 * const escalation = createEscalation({ config, storage, directory, i18n, logger, cloudAdapter, regionResolver, answerer });
 * escalation.messengers.register(['line'], new AdapterMessenger(line.adapter));
 * escalation.start();
 */
export function createEscalation(deps: EscalationSetupDeps): Escalation {
  const { config, logger, overrides = {} } = deps;
  const settings = config.escalation;
  const targets =
    overrides.targets ??
    loadNotifyTargets(settings.notifyFile ? path.resolve(settings.notifyFile) : undefined, deps.directory.offices.map((office) => office.id));
  const appId = config.botFrameworkAuth?.appId ?? '';

  const notifiers: StaffNotifier[] = [];
  const email = settings.smtpUrl ? new EmailNotifier({ smtpUrl: settings.smtpUrl, from: settings.smtpFrom }) : undefined;
  if (email) notifiers.push(email);
  if (settings.webhookSecret) notifiers.push(new WebhookNotifier({ secret: settings.webhookSecret }));
  notifiers.push(new TeamsNotifier({ adapter: deps.cloudAdapter, appId, openLabel: (language) => deps.i18n.getFixedT(language)('escalation.notify.openButton') }));
  for (const [officeId, target] of Object.entries(targets)) {
    if ((target.emails?.length ?? 0) > 0 && !email) logger.warn({ officeId }, 'escalation: office has e-mail targets but SMTP_URL is unset');
    if (target.webhook && !settings.webhookSecret) logger.warn({ officeId }, 'escalation: office has a webhook but NOTIFY_WEBHOOK_SECRET is unset');
  }

  const messengers = new UserMessengers().register(BOT_FRAMEWORK_CHANNELS, new BotFrameworkMessenger(deps.cloudAdapter, appId));
  const translator =
    overrides.translator ??
    (config.llm ? lazyCaseTranslator({ apiKey: config.llm.apiKey, baseURL: config.llm.baseUrl, model: config.llm.model, timeoutMs: config.llm.timeoutMs }) : undefined);
  const clock = overrides.clock;
  const service = new EscalationService({
    store: new CaseStore(deps.storage),
    directory: deps.directory,
    messengers,
    i18n: deps.i18n,
    logger,
    translator,
    publicBaseUrl: config.publicBaseUrl,
    retentionDays: settings.retentionDays,
    ...(clock ? { clock } : {}),
  });
  const outbox = new NotificationOutbox({
    storage: deps.storage,
    notifiers,
    targets,
    build: (job) => service.buildNotification(job),
    record: async (caseId, event) => {
      await service.addEvent(caseId, event);
    },
    logger,
    ...(clock ? { clock } : {}),
    ...(overrides.retryBaseDelayMs !== undefined ? { baseDelayMs: overrides.retryBaseDelayMs } : {}),
  });
  service.outbox = outbox;
  const dialog = new EscalationDialog({ directory: deps.directory, regionResolver: deps.regionResolver, service, answerer: deps.answerer, ...(clock ? { clock } : {}) });
  return {
    service,
    gate: new EscalationGate(service),
    dialog,
    messengers,
    outbox,
    start: () => service.start({ notifyIntervalMs: overrides.notifyIntervalMs ?? settings.notifyIntervalMs }),
    async stop() {
      await service.stop();
      email?.close();
    },
  };
}
