/**
 * Answers 503 with `Retry-After` on the turn routes while the state store is down, before any body is read
 * or any work starts: Bot Framework's connector, Direct Line clients and LINE's webhook redelivery retry later,
 * and no request waits for a Redis that is not there.
 */
import { Router } from 'express';
import type { StoreAvailability } from '../state/storeAvailability';

/** Routes that run turns or read conversation state. */
export const STATE_BACKED_PATHS = ['/api/messages', '/v3/directline', '/webhooks/line'];

/**
 * @param availability - The store's availability; `undefined` (memory store) gives a router that passes everything.
 * @example
 * app.use(storeGateRouter(stores.availability));
 */
export function storeGateRouter(availability: StoreAvailability | undefined): Router {
  const router = Router();
  if (!availability) return router;
  router.use(STATE_BACKED_PATHS, (_req, res, next) => {
    if (availability.available) {
      next();
      return;
    }
    res
      .status(503)
      .set('Retry-After', String(availability.retryAfterSeconds))
      .json({ error: { status: 503, reason: 'state store unavailable; retry later', code: 'ServiceUnavailable' } });
  });
  return router;
}
