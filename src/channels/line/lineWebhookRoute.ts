/**
 * `POST /webhooks/line`: checks LINE's signature on the raw bytes, accepts the events (claimed and stored) and
 * answers 200 at once; the bot runs after the response. A missing or wrong signature is refused with 401
 * before anything is read, and only the body's size is logged.
 */
import { Router } from 'express';
import type { webhook } from '@line/bot-sdk';
import type { Logger } from '../../logging/logger';
import { HttpError } from '../../http/httpError';
import type { LineAdapter } from './lineAdapter';
import type { LineEventQueue } from './lineEventQueue';

export const LINE_WEBHOOK_PATH = '/webhooks/line';

/**
 * @example
 * app.use(lineWebhookRouter({ adapter, queue, logger }));
 */
export function lineWebhookRouter(deps: { adapter: LineAdapter; queue: LineEventQueue; logger: Logger }): Router {
  const router = Router();
  router.post(LINE_WEBHOOK_PATH, async (req, res, next) => {
    const signature = req.get('x-line-signature');
    if (!deps.adapter.verifySignature(req.rawBody, signature)) {
      deps.logger.warn(
        { bytes: req.rawBody?.length ?? Number(req.get('content-length') ?? 0), signature: signature ? 'wrong' : 'missing' },
        'LINE webhook refused: signature check failed',
      );
      next(new HttpError(401, 'signature check failed'));
      return;
    }
    const body = req.body as Partial<webhook.CallbackRequest> | undefined;
    if (!body || !Array.isArray(body.events) || typeof body.destination !== 'string') {
      next(new HttpError(400, 'body must be a LINE webhook (destination, events)'));
      return;
    }
    if (body.events.length === 0) {
      // LINE's "Verify" button in the console sends exactly this.
      res.status(200).json({});
      return;
    }
    let accepted;
    try {
      accepted = await deps.queue.accept(body.destination, body.events);
    } catch (error) {
      next(error);
      return;
    }
    res.status(200).json({});
    deps.queue.dispatch(accepted);
  });
  return router;
}
