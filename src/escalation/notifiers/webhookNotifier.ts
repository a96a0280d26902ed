/**
 * A generic JSON webhook per office, signed: `X-Kakehashi-Signature: sha256=<hex HMAC-SHA256 of the raw body>`
 * with `NOTIFY_WEBHOOK_SECRET`; the signed body carries `sentAt`, so receivers can refuse replays.
 */
import { createHmac } from 'node:crypto';
import type { NotifyTargets } from '../offices';
import type { StaffNotification, StaffNotifier } from './staffNotification';

export const SIGNATURE_HEADER = 'x-kakehashi-signature';

export class WebhookError extends Error {
  override name = 'WebhookError';
  constructor(readonly url: string, readonly status: number | undefined, message: string) {
    super(message);
  }
}

/**
 * @example
 * signBody('secret', '{"a":1}'); // 'sha256=…'
 */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export class WebhookNotifier implements StaffNotifier {
  readonly channel = 'webhook' as const;

  constructor(private readonly options: { secret: string; timeoutMs?: number; now?: () => Date }) {
    if (!options.secret || options.secret.length < 16) throw new Error('WebhookNotifier needs a secret of at least 16 characters');
  }

  hasTarget(targets: NotifyTargets): boolean {
    return Boolean(targets.webhook?.url);
  }

  async send(targets: NotifyTargets, notification: StaffNotification): Promise<void> {
    const url = targets.webhook!.url;
    const body = JSON.stringify({ type: `case.${notification.kind}`, sentAt: (this.options.now?.() ?? new Date()).toISOString(), case: notification });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 10_000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(this.options.secret, body) },
        body,
        signal: controller.signal,
      });
      if (!response.ok) throw new WebhookError(url, response.status, `webhook answered HTTP ${response.status}`);
    } catch (error) {
      if (error instanceof WebhookError) throw error;
      throw new WebhookError(url, undefined, `webhook unreachable: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
