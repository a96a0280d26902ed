/** E-mail to an office's staff over SMTP (`SMTP_URL`, `SMTP_FROM`), with nodemailer. */
import nodemailer, { type Transporter } from 'nodemailer';
import type { NotifyTargets } from '../offices';
import type { StaffNotification, StaffNotifier } from './staffNotification';

export interface EmailNotifierOptions {
  /** e.g. `smtp://user:pass@mail.example.org:587` or `smtps://…:465`. */
  smtpUrl: string;
  from: string;
  /** Per-attempt timeout; the outbox retries. */
  timeoutMs?: number;
}

export class EmailNotifier implements StaffNotifier {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;

  constructor(private readonly options: EmailNotifierOptions) {
    if (!options.smtpUrl) throw new Error('EmailNotifier needs smtpUrl');
    if (!options.from) throw new Error('EmailNotifier needs a from address');
    const timeout = options.timeoutMs ?? 10_000;
    this.transport = nodemailer.createTransport(options.smtpUrl, {
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    } as never);
  }

  hasTarget(targets: NotifyTargets): boolean {
    return (targets.emails ?? []).length > 0;
  }

  async send(targets: NotifyTargets, notification: StaffNotification): Promise<void> {
    await this.transport.sendMail({
      from: this.options.from,
      to: targets.emails,
      subject: notification.subject,
      text: notification.body,
      headers: { 'X-Kakehashi-Case': notification.caseId },
    });
  }

  close(): void {
    this.transport.close();
  }
}
