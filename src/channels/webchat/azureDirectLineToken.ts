/**
 * `POST /api/webchat/token`: exchanges the server's Direct Line secret (Azure Bot Service, `DIRECTLINE_AZURE_SECRET`)
 * for a token of one new conversation, so the web chat page can talk to Azure's Direct Line without ever seeing the
 * secret. Protocol: `POST {base}/v3/directline/tokens/generate` with `Authorization: Bearer <secret>` and
 * `{ user: { id: "dl_<random>" } }`, answered `{ conversationId, token, expires_in }`
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-authentication,
 * Microsoft, checked 2026-11-29). The user id carries the `dl_` prefix Azure asks for, so a client cannot pose as
 * another user with enhanced authentication on.
 *
 * Answers: 200 with exactly `{ conversationId, token, expires_in }`; Azure refusing the secret → 502 (the server is
 * misconfigured, logged as an error); Azure throttling → 429 with its `Retry-After`; Azure down, slow (> `timeoutMs`)
 * or answering nonsense → 502. Nothing from Azure's error body reaches the browser. A plain express router, so
 * rate-limiting middleware can sit in front of it.
 */
import { randomBytes } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../../logging/logger';
import { HttpError } from '../../http/httpError';

export interface AzureDirectLineTokenOptions {
  /** The Direct Line secret from the Azure portal. */
  secret: string;
  /** e.g. `https://directline.botframework.com` or a regional `https://europe.directline.botframework.com`. */
  baseUrl: string;
  logger: Logger;
  /** Longest wait for Azure, in ms. Defaults to 5000. */
  timeoutMs?: number;
}

export const WEBCHAT_TOKEN_PATH = '/api/webchat/token';

export interface AzureConversationToken {
  conversationId: string;
  token: string;
  /** Seconds. */
  expires_in: number;
}

/** Longest `Retry-After` passed on, in seconds: a page should not be told to wait an hour. */
const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * @example
 * routers.push(azureDirectLineTokenRouter({ secret: config.directLineAzure.secret, baseUrl: config.directLineAzure.baseUrl, logger }));
 */
export function azureDirectLineTokenRouter(options: AzureDirectLineTokenOptions): Router {
  if (!options?.secret) throw new Error('azureDirectLineTokenRouter needs secret');
  if (!options.baseUrl) throw new Error('azureDirectLineTokenRouter needs baseUrl');
  if (!options.logger) throw new Error('azureDirectLineTokenRouter needs logger');
  const router = Router();
  router.post(WEBCHAT_TOKEN_PATH, async (_req: Request, res: Response, next: NextFunction) => {
    res.set('Cache-Control', 'no-store');
    try {
      res.json(await generateAzureToken(options, res));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/**
 * One call to Azure's `tokens/generate`.
 * @throws HttpError 502 or 429 as described in the module comment.
 */
export async function generateAzureToken(options: AzureDirectLineTokenOptions, res?: Response): Promise<AzureConversationToken> {
  const url = `${options.baseUrl}/v3/directline/tokens/generate`;
  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString('base64url')}` } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      redirect: 'error',
    });
  } catch (error) {
    options.logger.warn({ err: error, url }, 'Azure Direct Line unreachable');
    throw new HttpError(502, 'the Direct Line service did not answer; try again');
  }
  if (response.status === 429) {
    const retryAfter = Math.min(Math.max(Number(response.headers.get('retry-after')) || 5, 1), MAX_RETRY_AFTER_SECONDS);
    res?.set('Retry-After', String(Math.ceil(retryAfter)));
    await response.body?.cancel();
    throw new HttpError(429, 'the Direct Line service is busy; try again shortly');
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    options.logger.error({ status: response.status, url }, 'Azure Direct Line refused DIRECTLINE_AZURE_SECRET: check the secret of the Direct Line channel');
    throw new HttpError(502, 'the Direct Line service refused this server; the operator has been told');
  }
  if (!response.ok) {
    await response.body?.cancel();
    options.logger.warn({ status: response.status, url }, 'Azure Direct Line failed to issue a token');
    throw new HttpError(502, 'the Direct Line service failed; try again');
  }
  const body = (await response.json().catch(() => undefined)) as Partial<AzureConversationToken> | undefined;
  if (typeof body?.conversationId !== 'string' || typeof body.token !== 'string' || typeof body.expires_in !== 'number') {
    options.logger.warn({ url }, 'Azure Direct Line answered tokens/generate without conversationId, token and expires_in');
    throw new HttpError(502, 'the Direct Line service answered unexpectedly; try again');
  }
  return { conversationId: body.conversationId, token: body.token, expires_in: body.expires_in };
}
