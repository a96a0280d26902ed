/**
 * A Direct Line 3.0-compatible API at `/v3/directline`, enough for Web Chat's `createDirectLine({ token, domain })`
 * with the WebSocket stream ({@link DirectLineStreams}, the client's default) or with polling:
 *
 * - `POST tokens/generate` → `{ conversationId, token, expires_in, resumeToken }` for a new conversation and user
 *   `dl_<random>` (`resumeToken` is this service's addition; Azure clients ignore it)
 * - `POST tokens/refresh` (Bearer) → a new token for the same conversation
 * - `POST tokens/resume` (Bearer resume token) → `{ conversationId, token, expires_in, streamUrl }` while the
 *   conversation exists (404 once it is gone): the page's way back after its token expired during a disconnect
 * - `POST conversations` (Bearer; optional `{ locale }`) → starts it (the bot's welcome) → 201, or 200 if started;
 *   `{ conversationId, token, expires_in, streamUrl }`
 * - `GET conversations/{id}?watermark=` (Bearer) → `{ conversationId, token, expires_in, streamUrl }` (reconnect; the
 *   stream replays from `watermark`)
 * - `POST conversations/{id}/activities` (Bearer) → runs the turn, then `{ id }`; a repeated
 *   `channelData.clientActivityID` → the first post's `{ id }`, no second turn
 * - `GET conversations/{id}/activities?watermark=` (Bearer) → `{ activities, watermark }`
 *
 * Cross-origin: any origin may call it, as Azure's Direct Line allows, so Web Chat on another site (or this page pointed
 * at another replica's host) can use it. Safe because every call carries its bearer token and no cookie is read.
 *
 * Refusals: no/malformed/forged token → 401; expired token or a token of another conversation → 403 (Web Chat
 * reads 403 as "token expired"); conversation not started or gone → 404; a bad activity → 400.
 */
import { randomBytes } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import type { TurnContext } from 'botbuilder';
import { HttpError } from '../../http/httpError';
import type { DirectLineAdapter, DirectLineTurnOrigin } from './directLineAdapter';
import { DirectLineConversationNotFoundError, DirectLineStoreConflictError, DirectLineTokenError } from './directLineErrors';
import type { DirectLineStore } from './directLineStore';
import type { DirectLineTokenClaims, DirectLineTokens } from './directLineTokens';
import type { DirectLineStreams } from './directLineStream';
import { localeOf, readClientActivity } from './clientActivity';

/** A partnership id as the page sends it (partnerships.json ids). */
const PARTNERSHIP_ID = /^[a-z0-9._-]{1,64}$/i;

export interface DirectLineRouterOptions {
  adapter: DirectLineAdapter;
  store: DirectLineStore;
  tokens: DirectLineTokens;
  /** Gives `POST conversations` and `GET conversations/{id}` their `streamUrl`; without it, polling only. */
  streams?: DirectLineStreams;
  runTurn(context: TurnContext): Promise<void>;
  /** This service's public base URL for `serviceUrl`; without it, the URL the request came in on. */
  publicBaseUrl?: string;
}

export const DIRECT_LINE_BASE_PATH = '/v3/directline';

const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

const newConversationId = () => randomBytes(16).toString('base64url');
const newUserId = () => `dl_${randomBytes(12).toString('base64url')}`;

type Handler = (req: Request, res: Response) => Promise<void>;

/**
 * @example
 * routers.push(directLineRouter({ adapter, store, tokens, runTurn, publicBaseUrl: config.publicBaseUrl }));
 */
export function directLineRouter(options: DirectLineRouterOptions): Router {
  const { adapter, store, tokens, runTurn } = options;
  const api = Router();

  const tokenResponse = (claims: { conversationId: string; userId: string }) => {
    const issued = tokens.issue(claims);
    return { conversationId: claims.conversationId, token: issued.token, expires_in: issued.expiresIn };
  };
  const baseUrl = (req: Request) => options.publicBaseUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  const origin = (req: Request, claims: DirectLineTokenClaims): DirectLineTurnOrigin => ({
    conversationId: claims.conversationId,
    userId: claims.userId,
    serviceUrl: baseUrl(req),
  });
  /** The token response plus the `streamUrl`, authorised by the new token as Azure's `t=`. */
  const connection = (req: Request, claims: DirectLineTokenClaims, watermark?: string) => {
    const response = tokenResponse(claims);
    if (!options.streams) return response;
    return { ...response, streamUrl: options.streams.streamUrl(baseUrl(req), claims.conversationId, response.token, watermark) };
  };
  /** The conversation in the path, checked against the token (which must be for exactly that conversation). */
  const authorised = (req: Request): DirectLineTokenClaims => {
    const id = String(req.params.conversationId ?? '');
    if (!CONVERSATION_ID.test(id)) throw new HttpError(404, 'conversation not found');
    return tokens.verify(req.get('authorization'), id);
  };

  api.post('/tokens/generate', handle(async (_req, res) => {
    const subject = { conversationId: newConversationId(), userId: newUserId() };
    res.json({ ...tokenResponse(subject), resumeToken: tokens.issueResume(subject).token });
  }));

  api.post('/tokens/resume', handle(async (req, res) => {
    const claims = tokens.verifyResume(req.get('authorization'));
    if (!(await store.get(claims.conversationId))) throw new DirectLineConversationNotFoundError(claims.conversationId);
    res.json(connection(req, claims));
  }));

  api.post('/tokens/refresh', handle(async (req, res) => {
    res.json(tokenResponse(tokens.verify(req.get('authorization'))));
  }));

  api.post('/conversations', handle(async (req, res) => {
    const claims = tokens.verify(req.get('authorization'));
    const body = req.body as { locale?: unknown; partnership?: unknown } | undefined;
    const locale = localeOf(body?.locale);
    // The page's entry point (`/?partnership=tsu-paris-geneva`), so the welcome names that partnership; the bot ignores unknown ids.
    const partnership = typeof body?.partnership === 'string' && PARTNERSHIP_ID.test(body.partnership) ? body.partnership : undefined;
    const started = await adapter.startConversation(origin(req, claims), locale, runTurn, partnership ? { partnership } : undefined);
    res.status(started ? 201 : 200).json(connection(req, claims));
  }));

  api.get('/conversations/:conversationId', handle(async (req, res) => {
    const claims = authorised(req);
    if (!(await store.get(claims.conversationId))) throw new DirectLineConversationNotFoundError(claims.conversationId);
    const raw = req.query.watermark;
    const watermark = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? raw : undefined;
    res.json(connection(req, claims, watermark));
  }));

  api.post('/conversations/:conversationId/activities', handle(async (req, res) => {
    const claims = authorised(req);
    const activity = readClientActivity(req.body);
    const { id } = await adapter.receiveActivity(origin(req, claims), activity, runTurn);
    res.json({ id });
  }));

  api.get('/conversations/:conversationId/activities', handle(async (req, res) => {
    const claims = authorised(req);
    const raw = req.query.watermark;
    if (raw !== undefined && (typeof raw !== 'string' || !/^\d{0,15}$/.test(raw))) {
      throw new HttpError(400, 'watermark must be the number returned by the last call');
    }
    const watermark = raw ? Number(raw) : undefined;
    res.json(await store.activitiesSince(claims.conversationId, watermark));
  }));

  const router = Router();
  router.use(
    DIRECT_LINE_BASE_PATH,
    cors({ origin: '*', methods: ['GET', 'POST'], allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'x-ms-bot-agent'], maxAge: 600 }),
    api,
  );
  return router;
}

/** Runs a handler and turns the channel's typed errors into the HTTP error the one error handler renders. */
function handle(fn: Handler) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    res.set('Cache-Control', 'no-store');
    try {
      await fn(req, res);
    } catch (error) {
      next(toHttpError(error, res));
    }
  };
}

function toHttpError(error: unknown, res: Response): unknown {
  if (error instanceof DirectLineTokenError) {
    switch (error.refusal) {
      case 'expired':
        return new HttpError(403, 'token expired; refresh it or fetch a new one', { code: 'TokenExpired' });
      case 'wrong-conversation':
        return new HttpError(403, 'token is not valid for this conversation', { code: 'BadArgument' });
      default:
        res.set('WWW-Authenticate', 'Bearer');
        return new HttpError(401, error.refusal === 'missing' ? 'Bearer token required' : 'invalid token', { code: 'BadArgument' });
    }
  }
  if (error instanceof DirectLineConversationNotFoundError) return new HttpError(404, 'conversation not found', { code: 'BadArgument' });
  if (error instanceof DirectLineStoreConflictError) {
    res.set('Retry-After', '1');
    return new HttpError(503, 'conversation busy; retry', { code: 'ServiceError' });
  }
  return error;
}
