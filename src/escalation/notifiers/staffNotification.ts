/**
 * What staff are told about a case, channel-neutral: built once per notification in the office's language,
 * then sent by e-mail, signed webhook or Teams card ({@link StaffNotifier}).
 */
import type { TFunction } from 'i18next';
import type { EscalationCase } from '../caseTypes';
import { officeName, type NotifyTargets, type Office } from '../offices';

export type NotificationKind = 'created' | 'user-message';
export type NotifyChannel = 'email' | 'webhook' | 'teams';

export interface StaffNotification {
  kind: NotificationKind;
  caseId: string;
  caseNumber: string;
  officeId: string;
  officeName: string;
  /** Language the texts below are written in (the office's first language). */
  language: string;
  subject: string;
  /** Plain-text body: summary (translated when an LLM is configured, else the original with its language named). */
  body: string;
  /** Deep link into the staff console, when PUBLIC_BASE_URL is set. */
  link: string | undefined;
  userLanguage: string;
  topic: string | undefined;
  createdAt: string;
}

/** Sends one notification to one kind of target; throws on failure so the outbox retries. */
export interface StaffNotifier {
  readonly channel: NotifyChannel;
  /** True when the office has a target of this kind. */
  hasTarget(targets: NotifyTargets): boolean;
  send(targets: NotifyTargets, notification: StaffNotification): Promise<void>;
}

export function caseLink(publicBaseUrl: string | undefined, caseId: string): string | undefined {
  return publicBaseUrl ? `${publicBaseUrl}/staff#case=${encodeURIComponent(caseId)}` : undefined;
}

/**
 * @example
 * buildNotification({ kind: 'created', escalation, office, t: i18n.getFixedT('de'), language: 'de', publicBaseUrl });
 */
export function buildNotification(options: {
  kind: NotificationKind;
  escalation: EscalationCase;
  office: Office;
  t: TFunction;
  language: string;
  publicBaseUrl: string | undefined;
}): StaffNotification {
  const { escalation, office, t, language, kind } = options;
  const link = caseLink(options.publicBaseUrl, escalation.id);
  const languageName = (code: string) => t(`escalation.notify.languageNames.${code}`, { defaultValue: code });
  const latestUserLine = [...escalation.transcript].reverse().find((line) => line.from === 'user');
  const text = kind === 'created' ? escalation.description : (latestUserLine?.text ?? '');
  const line = kind === 'created' ? undefined : latestUserLine;
  const translated =
    kind === 'created'
      ? escalation.summary && escalation.summary.language === language ? escalation.summary.text : undefined
      : line?.translation && line.translation.language === language ? line.translation.text : undefined;
  const original = t('escalation.notify.original', { language: languageName(line?.language ?? escalation.userLanguage), text });
  const lines = [
    t(kind === 'created' ? 'escalation.notify.createdIntro' : 'escalation.notify.messageIntro', { number: escalation.number, office: officeName(office, language) }),
    '',
    ...(translated ? [t('escalation.notify.summary', { text: translated }), ''] : []),
    original,
    '',
    t('escalation.notify.details', {
      language: languageName(escalation.userLanguage),
      topic: escalation.topic ?? '—',
      region: escalation.regionId ?? '—',
      contact: escalation.contact ? t('escalation.notify.contactGiven') : t('escalation.notify.contactNone'),
    }),
    ...(link ? ['', t('escalation.notify.open', { link })] : []),
  ];
  return {
    kind,
    caseId: escalation.id,
    caseNumber: escalation.number,
    officeId: office.id,
    officeName: officeName(office, language),
    language,
    subject: t(kind === 'created' ? 'escalation.notify.createdSubject' : 'escalation.notify.messageSubject', { number: escalation.number }),
    body: lines.join('\n'),
    link,
    userLanguage: escalation.userLanguage,
    topic: escalation.topic,
    createdAt: escalation.createdAt,
  };
}
