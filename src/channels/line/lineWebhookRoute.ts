/**
 * `POST /webhooks/line`: checks LINE's signature on the raw bytes, accepts the events (claimed and stored) and
 * answers 200 at once; the bot runs after the response.
 *
 * Order at the edge (the JSON parser of the HTTP app leaves this path alone, see `unparsedPaths`):
 * 1. the body is read as bytes, up to the size limit (413 beyond it: nothing else is looked at);
 * 2. the signature (`x-line-signature`, HMAC-SHA256 of exactly those bytes) is checked: missing or wrong → 401,
 *    whatever the body, its encoding or its content type; only the body's size is logged;
 * 3. a signed body that is compressed (`Content-Encoding` other than identity; LINE never sends one) → 415;
 * 4. a signed body that is not a LINE webhook (invalid JSON, no `destination`/`events`) → 400.
 */
import { Router } from 'express';
import getRawBody from 'raw-body';
import type { webhook } from '@line/bot-sdk';
import type { Logger } from '../../logging/logger';
import { HttpError } from '../../http/httpError';
import type { LineAdapter } from './lineAdapter';
import type { LineEventQueue } from './lineEventQueue';

export const LINE_WEBHOOK_PATH = '/webhooks/line';

export interface LineWebhookDeps {
  adapter: LineAdapter;
  queue: LineEventQueue;
  logger: Logger;
  /** Largest body read, in bytes (the app's `BODY_LIMIT_BYTES`). Default 256 KiB. */
  bodyLimitBytes?: number;
}

async function readBody(req: Parameters<Parameters<Router['post']>[1]>[0], limit: number): Promise<Buffer> {
  try {
    const length = req.headers['content-length'];
    return await getRawBody(req, { limit, ...(length !== undefined && !req.headers['transfer-encoding'] ? { length } : {}) });
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') throw new HttpError(413, 'request body too large');
    throw new HttpError(400, 'request body could not be read');
  }
}

/**
 * @example
 * app.use(lineWebhookRouter({ adapter, queue, logger, bodyLimitBytes: 262144 }));
 */
export function lineWebhookRouter(deps: LineWebhookDeps): Router {
  const router = Router();
  router.post(LINE_WEBHOOK_PATH, async (req, res, next) => {
    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, deps.bodyLimitBytes ?? 256 * 1024);
    } catch (error) {
      next(error);
      return;
    }
    req.rawBody = rawBody;
    const signature = req.get('x-line-signature');
    if (!deps.adapter.verifySignature(rawBody, signature)) {
      deps.logger.warn({ bytes: rawBody.length, signature: signature ? 'wrong' : 'missing' }, 'LINE webhook refused: signature check failed');
      next(new HttpError(401, 'signature check failed'));
      return;
    }
    const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity') {
      next(new HttpError(415, `content encoding "${encoding}" is not accepted; LINE sends plain JSON`));
      return;
    }
    let body: Partial<webhook.CallbackRequest> | undefined;
    try {
      body = JSON.parse(rawBody.toString('utf8')) as Partial<webhook.CallbackRequest>;
    } catch {
      next(new HttpError(400, 'malformed JSON'));
      return;
    }
    if (!body || typeof body !== 'object' || !Array.isArray(body.events) || typeof body.destination !== 'string') {
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
