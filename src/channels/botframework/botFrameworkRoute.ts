/** `POST /api/messages`: the Bot Framework endpoint (Teams, Emulator, Azure channels), also `deliveryMode: expectReplies`. */
import { Router } from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { HttpError } from '../../http/httpError';

export function botFrameworkRouter(adapter: CloudAdapter, runTurn: (context: TurnContext) => Promise<void>): Router {
  const router = Router();
  router.post('/api/messages', async (req, res, next) => {
    const activity = req.body as { type?: unknown } | undefined;
    if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') {
      next(new HttpError(400, 'body must be a Bot Framework activity with a type'));
      return;
    }
    try {
      await adapter.process(req as never, res as never, runTurn);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
