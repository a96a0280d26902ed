/** E-mail to an office's staff over SMTP (`SMTP_URL`, `SMTP_FROM`), with nodemailer (loaded with the first e-mail). */
import type { Transporter } from 'nodemailer';
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
  private transport: Promise<Transporter> | undefined;

  constructor(private readonly options: EmailNotifierOptions) {
    if (!options.smtpUrl) throw new Error('EmailNotifier needs smtpUrl');
    if (!options.from) throw new Error('EmailNotifier needs a from address');
  }

  /** The SMTP transport, made with the first e-mail: nodemailer is not loaded at start when no office is e-mailed. */
  private transporter(): Promise<Transporter> {
    const timeout = this.options.timeoutMs ?? 10_000;
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(this.options.smtpUrl, {
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      } as never),
    );
    return this.transport;
  }

  hasTarget(targets: NotifyTargets): boolean {
    return (targets.emails ?? []).length > 0;
  }

  async send(targets: NotifyTargets, notification: StaffNotification): Promise<void> {
    const transport = await this.transporter();
    await transport.sendMail({
      from: this.options.from,
      to: targets.emails,
      subject: notification.subject,
      text: notification.body,
      headers: { 'X-Kakehashi-Case': notification.caseId },
    });
  }

  close(): void {
    void this.transport?.then((transport) => transport.close(), () => undefined);
  }
}
