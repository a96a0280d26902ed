/**
 * An {@link Answerer} that reports every free-text question to the {@link InsightsRecorder} and otherwise does
 * exactly what the answerer it wraps does. Channel and user come from the turn scope set by
 * {@link insightsTurnScope}, so neither the dialogs nor the answerer need to know about insights.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Middleware, TurnContext } from 'botbuilder';
import type { AnswerOutcome, AnswerRequest, Answerer } from '../conversation/answering';
import { userKeyOf, type InsightsRecorder } from './insightsRecorder';

interface TurnScope {
  channelId: string;
  userId: string;
  displayName: string | undefined;
}

const turnScope = new AsyncLocalStorage<TurnScope>();

/** Botbuilder middleware that makes the turn's channel and user known to {@link RecordingAnswerer}; add it to every adapter. */
export const insightsTurnScope: Middleware = {
  onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { channelId, from } = context.activity;
    if (!from?.id) return next();
    return turnScope.run({ channelId: channelId ?? 'unknown', userId: from.id, displayName: from.name || undefined }, next);
  },
};

/**
 * @example
 * const answerer = recordingAnswerer(new KnowledgeAnswerer(…), recorder);
 * // Every other method (browseTopic, answerEntry, …, and any added later) is the inner answerer's, through the prototype.
 */
/** Wraps `inner`; only `answerQuestion` is observed. */
export function recordingAnswerer(inner: Answerer, recorder: InsightsRecorder, now: () => Date = () => new Date()): Answerer {
  return Object.assign(Object.create(inner) as Answerer, {
    async answerQuestion(request: AnswerRequest): Promise<AnswerOutcome> {
      const outcome = await inner.answerQuestion(request);
      const scope = turnScope.getStore();
      if (scope) {
        recorder.observe({
          at: now(),
          text: request.text,
          language: request.messageLanguage ?? request.language,
          regionId: request.regionId,
          channelId: scope.channelId,
          userKey: userKeyOf(scope.channelId, scope.userId),
          displayName: scope.displayName,
          confident: outcome.confident,
        });
      }
      return outcome;
    },
  });
}
