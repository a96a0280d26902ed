/**
 * Builds the self-hosted Direct Line channel from the app's store and lock: token signer, activity log, adapter and
 * router. The composition root only wires its result.
 */
import type { Router } from 'express';
import type { Storage, TurnContext } from 'botbuilder';
import type { Logger } from '../../logging/logger';
import type { TurnLock } from '../../conversation/turnLock';
import { DirectLineAdapter } from './directLineAdapter';
import { directLineRouter } from './directLineRoute';
import { DirectLineStore } from './directLineStore';
import { DirectLineTokens } from './directLineTokens';

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
}

export interface DirectLineChannel {
  adapter: DirectLineAdapter;
  store: DirectLineStore;
  tokens: DirectLineTokens;
  router: Router;
}

/**
 * @example
 * const directLine = createDirectLineChannel({ storage, turnLock, logger, secret: config.directLineSecret,
 *   tokenTtlSeconds: config.directLineTokenTtlSeconds, onTurnError, runTurn });
 * routers.push(directLine.router);
 */
export function createDirectLineChannel(options: DirectLineChannelOptions): DirectLineChannel {
  if (!options.secret) {
    options.logger.warn('Direct Line: DIRECTLINE_SECRET unset, tokens are signed with a random per-process secret; multi-replica deployments must set DIRECTLINE_SECRET');
  }
  const tokens = new DirectLineTokens({ secret: options.secret ?? DirectLineTokens.randomSecret(), ttlSeconds: options.tokenTtlSeconds, now: options.now });
  const store = new DirectLineStore({ storage: options.storage });
  const adapter = new DirectLineAdapter({ store, turnLock: options.turnLock, logger: options.logger });
  adapter.onTurnError = options.onTurnError;
  const router = directLineRouter({ adapter, store, tokens, runTurn: options.runTurn, publicBaseUrl: options.publicBaseUrl });
  return { adapter, store, tokens, router };
}
