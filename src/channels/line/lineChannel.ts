/**
 * Wires the LINE channel: adapter, event queue (idempotent, restart-safe, ordered per chat) and webhook route.
 * The composition root calls {@link createLineChannel} only when LINE is configured.
 */
import type { Router } from 'express';
import type { Storage, TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { RedisClientType } from 'redis';
import type { LineConfig } from '../../config';
import type { Logger } from '../../logging/logger';
import { MemoryOnceStore, RedisOnceStore, type OnceStore } from '../../state/onceStore';
import { LineAdapter, type LineAdapterOptions } from './lineAdapter';
import { LineEventQueue, type LineEventQueueOptions } from './lineEventQueue';
import { lineWebhookRouter } from './lineWebhookRoute';

export interface LineChannelDeps {
  config: LineConfig;
  storage: Storage;
  /** With Redis, webhook event ids are remembered there (shared by replicas, kept across restarts). */
  redis?: RedisClientType | undefined;
  redisKeyPrefix?: string;
  i18n: i18n;
  logger: Logger;
  bot: {
    run(context: TurnContext): Promise<void>;
    eraseUserRecords(channelId: string, userId: string): Promise<void>;
    clearConversation(context: TurnContext): Promise<void>;
  };
  /** Wraps each event's handling, e.g. to let a shutdown wait for it. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  expectSlowAnswers?: boolean;
  adapter?: Partial<Pick<LineAdapterOptions, 'delivery' | 'loadingAfterMs'>>;
  queue?: Partial<Pick<LineEventQueueOptions, 'leaseMs' | 'idempotencyTtlSeconds'>>;
  /** Largest webhook body, in bytes (`BODY_LIMIT_BYTES`). */
  bodyLimitBytes?: number;
}

export interface LineChannel {
  router: Router;
  adapter: LineAdapter;
  queue: LineEventQueue;
  /** Resumes events accepted before a restart; call once at start. */
  resumePending(): Promise<number>;
}

/**
 * @example
 * const line = createLineChannel({ config: config.line, storage, i18n, logger, bot, onTurnError });
 * app.use(line.router);
 * void line.resumePending();
 */
export function createLineChannel(deps: LineChannelDeps): LineChannel {
  const adapter = new LineAdapter({
    channelSecret: deps.config.channelSecret,
    channelAccessToken: deps.config.channelAccessToken,
    apiBaseUrl: deps.config.apiBaseUrl,
    dataApiBaseUrl: deps.config.dataApiBaseUrl,
    logger: deps.logger,
    i18n: deps.i18n,
    storage: deps.storage,
    eraseUserRecords: (channelId, userId) => deps.bot.eraseUserRecords(channelId, userId),
    forgetConversation: (context) => deps.bot.clearConversation(context),
    expectSlowAnswers: deps.expectSlowAnswers,
    ...deps.adapter,
  });
  adapter.onTurnError = deps.onTurnError;
  const once: OnceStore = deps.redis
    ? new RedisOnceStore(deps.redis, { keyPrefix: `${deps.redisKeyPrefix ?? 'kakehashi:'}once:` })
    : new MemoryOnceStore();
  const track = deps.track ?? (<T>(work: () => Promise<T>) => work());
  const queue = new LineEventQueue({
    storage: deps.storage,
    once,
    logger: deps.logger,
    handle: (envelope) => track(() => adapter.processEvent(envelope, (context) => deps.bot.run(context))),
    ...deps.queue,
  });
  deps.logger.info({ apiBaseUrl: deps.config.apiBaseUrl }, 'LINE is on: POST /webhooks/line');
  const router = lineWebhookRouter({
    adapter, queue, logger: deps.logger,
    ...(deps.bodyLimitBytes ? { bodyLimitBytes: deps.bodyLimitBytes } : {}),
  });
  return { router, adapter, queue, resumePending: () => queue.resumePending() };
}
