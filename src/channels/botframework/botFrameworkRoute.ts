/**
 * `POST /api/messages`: the Bot Framework endpoint (Teams, Emulator, Azure channels), also `deliveryMode: expectReplies`.
 * Activities the adapter could not process are refused with 400 and the reasons ({@link activityProblems}).
 */
import { Router } from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { HttpError } from '../../http/httpError';
import { activityProblems } from './activityValidation';

export function botFrameworkRouter(
  adapter: CloudAdapter,
  runTurn: (context: TurnContext) => Promise<void>,
  options: {
    /** Bot Framework authentication is on: a request without a bearer token is 401 before its body is looked at. */
    requireAuthorization?: boolean;
  } = {},
): Router {
  const router = Router();
  router.post('/api/messages', async (req, res, next) => {
    if (options.requireAuthorization && !/^Bearer\s+\S/i.test(req.get('authorization') ?? '')) {
      res.set('WWW-Authenticate', 'Bearer');
      next(new HttpError(401, 'Bot Framework authentication required'));
      return;
    }
    const problems = activityProblems(req.body);
    if (problems.length > 0) {
      next(new HttpError(400, `not a processable Bot Framework activity: ${problems.join('; ')}`, { problems }));
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
