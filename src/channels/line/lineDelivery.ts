/**
 * Delivers LINE messages: the reply API with the event's reply token first (free, and tied to the user's
 * message), push when the token is spent, too old, or refused. At most five messages per call.
 * Pushes carry an `X-Line-Retry-Key`, so a retried push is never shown twice; 429 and 5xx are retried with
 * exponential backoff honouring `Retry-After`. A 4xx is logged with LINE's error detail (never the message
 * content). Nothing here throws: a message LINE would not take must not take the process down.
 */
import { randomUUID } from 'node:crypto';
import { HTTPFetchError, type messagingApi } from '@line/bot-sdk';
import type { Logger } from '../../logging/logger';
import { LINE_LIMITS } from './lineRenderer';

type Message = messagingApi.Message;

/** The part of the SDK client delivery needs; the real `MessagingApiClient` fits. */
export type LineMessagingClient = Pick<messagingApi.MessagingApiClient, 'replyMessage' | 'pushMessage'>;

/** A LINE API call that failed, with what LINE said about it. */
export class LineApiError extends Error {
  override name = 'LineApiError';
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    readonly lineMessage: string | undefined,
    readonly details: unknown,
    options?: { cause?: unknown },
  ) {
    super(`LINE ${operation} failed${status ? ` with ${status}` : ''}: ${lineMessage ?? 'no detail'}`, options);
  }

  static of(operation: string, error: unknown): LineApiError {
    if (error instanceof LineApiError) return error;
    if (error instanceof HTTPFetchError) {
      let parsed: { message?: string; details?: unknown } = {};
      try {
        parsed = JSON.parse(error.body) as typeof parsed;
      } catch {
        parsed = { message: error.body.slice(0, 200) };
      }
      return new LineApiError(operation, error.status, parsed.message, parsed.details, { cause: error });
    }
    return new LineApiError(operation, undefined, (error as Error)?.message, undefined, { cause: error });
  }

  /** 429, 5xx and network failures may succeed later; other 4xx will not. */
  get retryable(): boolean {
    return this.status === undefined || this.status === 429 || this.status >= 500;
  }

  get retryAfterMs(): number | undefined {
    const header = (this.cause as HTTPFetchError | undefined)?.headers?.get?.('retry-after');
    return header ? parseRetryAfter(header) : undefined;
  }
}

/**
 * `Retry-After` as milliseconds: seconds or an HTTP date.
 * @example
 * parseRetryAfter('2'); // 2000
 */
export function parseRetryAfter(value: string, now: number = Date.now()): number | undefined {
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface LineDeliveryOptions {
  client: LineMessagingClient;
  logger: Logger;
  /** Attempts per push, the first included. Default 5. */
  maxAttempts?: number;
  /** First backoff step; doubles per attempt, with jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait between attempts, also for `Retry-After`. Default 30 s. */
  maxDelayMs?: number;
  /** A reply token older than this is not tried (LINE lets it expire about a minute after the event). Default 50 s. */
  replyTokenMaxAgeMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Where messages go. `replyToken` is cleared once used: it is good for one call only. */
export interface LineTarget {
  to: string;
  replyToken?: string | undefined;
  /** When LINE sent the event (ms), to judge the reply token's age. */
  eventTime?: number | undefined;
}

export interface DeliveryReport {
  sent: number;
  calls: ('reply' | 'push')[];
  failed: number;
}

const sleeper = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class LineDelivery {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly replyTokenMaxAgeMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: LineDeliveryOptions) {
    if (!options.client) throw new Error('LineDelivery needs a client');
    this.maxAttempts = options.maxAttempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.replyTokenMaxAgeMs = options.replyTokenMaxAgeMs ?? 50_000;
    this.sleep = options.sleep ?? sleeper;
    this.now = options.now ?? Date.now;
  }

  /**
   * Sends `messages` in calls of at most five, the first with the reply token when it is still good.
   * @example
   * await delivery.deliver({ to: 'U123', replyToken: event.replyToken, eventTime: event.timestamp }, renderForLine(reply));
   */
  async deliver(target: LineTarget, messages: Message[]): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, calls: [], failed: 0 };
    for (let start = 0; start < messages.length; start += LINE_LIMITS.messagesPerCall) {
      const batch = messages.slice(start, start + LINE_LIMITS.messagesPerCall);
      const replied = await this.tryReply(target, batch);
      const via = replied === 'sent' ? 'reply' : replied === 'push' && (await this.push(target.to, batch)) ? 'push' : undefined;
      if (via) {
        report.sent += batch.length;
        report.calls.push(via);
      } else {
        report.failed += batch.length;
      }
    }
    return report;
  }

  /** 'sent', 'push' (no usable token: push instead) or 'refused' (LINE refused the messages themselves). */
  private async tryReply(target: LineTarget, messages: Message[]): Promise<'sent' | 'push' | 'refused'> {
    const replyToken = target.replyToken;
    target.replyToken = undefined;
    if (!replyToken) return 'push';
    if (target.eventTime !== undefined && this.now() - target.eventTime > this.replyTokenMaxAgeMs) return 'push';
    try {
      await this.options.client.replyMessage({ replyToken, messages });
      return 'sent';
    } catch (caught) {
      const error = LineApiError.of('reply', caught);
      const tokenRefused = error.status === 400 && /reply ?token/i.test(error.lineMessage ?? '');
      if (!tokenRefused && !error.retryable) {
        // The messages themselves were refused; a push would be refused the same way.
        this.logRefusal(error, messages);
        return 'refused';
      }
      this.options.logger.info({ status: error.status, lineMessage: error.lineMessage }, 'LINE reply token not usable; pushing instead');
      return 'push';
    }
  }

  private async push(to: string, messages: Message[]): Promise<boolean> {
    const retryKey = randomUUID();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.client.pushMessage({ to, messages }, retryKey);
        return true;
      } catch (caught) {
        const error = LineApiError.of('push', caught);
        // 409 on a retry: LINE already accepted this retry key, so the earlier attempt got through.
        if (error.status === 409 && attempt > 1) return true;
        if (!error.retryable) {
          this.logRefusal(error, messages);
          return false;
        }
        if (attempt >= this.maxAttempts) {
          this.options.logger.error({ err: error, status: error.status, attempts: attempt }, 'LINE push failed; giving up');
          return false;
        }
        const backoff = Math.min(this.baseDelayMs * 2 ** (attempt - 1), this.maxDelayMs) * (0.8 + Math.random() * 0.4);
        const delay = Math.min(Math.max(error.retryAfterMs ?? 0, backoff), this.maxDelayMs);
        this.options.logger.warn({ status: error.status, attempt, delayMs: Math.round(delay) }, 'LINE push failed; retrying');
        await this.sleep(delay);
      }
    }
  }

  private logRefusal(error: LineApiError, messages: Message[]): void {
    this.options.logger.error(
      { operation: error.operation, status: error.status, lineMessage: error.lineMessage, details: error.details, messageTypes: messages.map((m) => m.type) },
      'LINE refused the messages',
    );
  }
}

