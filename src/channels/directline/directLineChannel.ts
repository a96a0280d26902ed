/**
 * Builds the self-hosted Direct Line channel from the app's store and lock: token signer, activity log, adapter and
 * router. The composition root only wires its result.
 */
import type { Router } from 'express';
import type { RedisClientType } from 'redis';
import type { RedisConnection } from '../../state/redisClient';
import type { Storage, TurnContext } from 'botbuilder';
import type { Logger } from '../../logging/logger';
import type { TurnLock } from '../../conversation/turnLock';
import { DirectLineAdapter } from './directLineAdapter';
import { DIRECT_LINE_BASE_PATH, directLineRouter } from './directLineRoute';
import { DirectLineStore } from './directLineStore';
import { DirectLineTokens } from './directLineTokens';
import { MemoryActivityNotifier, RedisActivityNotifier, type ActivityNotifier } from './activityNotifier';
import { DirectLineStreams } from './directLineStream';

export interface DirectLineChannelOptions {
  storage: Storage;
  turnLock: TurnLock;
  logger: Logger;
  /** `DIRECTLINE_SECRET`; undefined = a random secret for this process only. */
  secret: string | undefined;
  tokenTtlSeconds: number;
  onTurnError(context: TurnContext, error: Error): Promise<void>;
  runTurn(context: TurnContext): Promise<void>;
  publicBaseUrl?: string;
  /** Clock in ms for token expiry (tests). */
  now?: () => number;
  /** With Redis, WebSocket streams on one replica hear of activities appended on another (pub/sub). */
  /** A node or cluster connection: both publish, and subscribe on a duplicate, with the same calls. */
  redis?: RedisConnection | RedisClientType;
  redisKeyPrefix?: string;
  /** Keep-alive and catch-up interval of the WebSocket streams, in ms. */
  streamKeepAliveMs?: number;
}

export interface DirectLineChannel {
  adapter: DirectLineAdapter;
  store: DirectLineStore;
  tokens: DirectLineTokens;
  router: Router;
  /** The WebSocket streams; the HTTP server hands them its upgrades. */
  streams: DirectLineStreams;
  /** Closes the streams and the pub/sub connection. */
  close(): Promise<void>;
}

/**
 * @example
 * const directLine = await createDirectLineChannel({ storage, turnLock, logger, secret: config.directLineSecret,
 *   tokenTtlSeconds: config.directLineTokenTtlSeconds, onTurnError, runTurn });
 * routers.push(directLine.router);
 */
export async function createDirectLineChannel(options: DirectLineChannelOptions): Promise<DirectLineChannel> {
  if (!options.secret) {
    options.logger.warn('Direct Line: DIRECTLINE_SECRET unset, tokens are signed with a random per-process secret; multi-replica deployments must set DIRECTLINE_SECRET');
  }
  const tokens = new DirectLineTokens({ secret: options.secret ?? DirectLineTokens.randomSecret(), ttlSeconds: options.tokenTtlSeconds, now: options.now });
  const notifier: ActivityNotifier = options.redis
    ? await RedisActivityNotifier.connect({
        redis: options.redis as RedisClientType, keyPrefix: options.redisKeyPrefix ?? 'kakehashi:',
        onError: (error) => options.logger.warn({ err: error }, 'direct line: pub/sub connection error (streams catch up on their keep-alive tick)'),
      })
    : new MemoryActivityNotifier();
  const store = new DirectLineStore({ storage: options.storage, onChange: (conversationId) => notifier.publish(conversationId) });
  const adapter = new DirectLineAdapter({ store, turnLock: options.turnLock, logger: options.logger });
  adapter.onTurnError = options.onTurnError;
  const streams = new DirectLineStreams({ store, tokens, notifier, logger: options.logger, basePath: DIRECT_LINE_BASE_PATH, keepAliveMs: options.streamKeepAliveMs });
  const router = directLineRouter({ adapter, store, tokens, streams, runTurn: options.runTurn, publicBaseUrl: options.publicBaseUrl });
  let closing: Promise<void> | undefined;
  return {
    adapter, store, tokens, router, streams,
    close: () => (closing ??= streams.close().then(() => notifier.close())),
  };
}
