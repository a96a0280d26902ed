/**
 * Per-address limits at the HTTP edge: `/api/messages` and Direct Line (`/v3/directline/…`) per client address,
 * staff login per address and per account id. A refused request gets 429 with `Retry-After` (seconds) before any
 * route reads it. The LINE webhook is not limited per address (LINE's servers post for every user); its users are
 * limited per LINE user by the chat limit after the signature check.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import { HttpError } from '../http/httpError';
import type { Logger } from '../logging/logger';
import type { Limit, LimitDecision, RateLimits } from './rateLimiters';
import { chatLimitKeyOf, rememberEarlyCount } from './earlyChatCount';

/** The client's address as the socket sees it (`trust proxy` is off: a forwarded header cannot pick the bucket). */
export const clientAddressOf = (req: Request): string => req.socket.remoteAddress ?? 'unknown';

function refuse(res: Response, next: NextFunction, decision: Extract<LimitDecision, { allowed: false }>, what: string): void {
  res.set('Retry-After', String(decision.retryAfterSeconds));
  next(new HttpError(429, `too many requests (${what}); retry after ${decision.retryAfterSeconds} s`, { retryAfterSeconds: decision.retryAfterSeconds }));
}

async function check(limit: Limit, key: string, logger: Logger): Promise<LimitDecision> {
  try {
    return await limit.consume(key);
  } catch (error) {
    // A limiter that cannot count must not take the service down with it.
    logger.warn({ err: error }, 'rate limit not checked');
    return { allowed: true };
  }
}

/**
 * @example
 * app.use(httpRateLimitRouter(limits, logger)); // before the channel routers
 */
export function httpRateLimitRouter(limits: RateLimits, logger: Logger): Router {
  const router = Router();
  const perAddress = async (req: Request, res: Response, next: NextFunction) => {
    const decision = await check(limits.ip, clientAddressOf(req), logger);
    if (decision.allowed) return next();
    if (decision.firstRefusal) logger.warn({ path: req.path }, 'rate limit: client address over its limit');
    refuse(res, next, decision, 'per client address');
  };
  // The chat user's count leaves with the address's (one round trip); the chat limit middleware uses it.
  router.use('/api/messages', (req: Request, res: Response, next: NextFunction) => {
    const userKey = chatLimitKeyOf(req.body);
    if (userKey) rememberEarlyCount(req.body as object, userKey, limits.user.consume(userKey));
    return perAddress(req, res, next);
  });
  router.use('/v3/directline', perAddress);
  router.post('/staff/api/login', async (req, res, next) => {
    const byAddress = await check(limits.loginIp, clientAddressOf(req), logger);
    if (!byAddress.allowed) return refuse(res, next, byAddress, 'staff logins per client address');
    const id = (req.body as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && id !== '') {
      const byAccount = await check(limits.loginAccount, id.normalize('NFKC').toLowerCase(), logger);
      if (!byAccount.allowed) return refuse(res, next, byAccount, 'staff logins per account');
    }
    next();
  });
  return router;
}
