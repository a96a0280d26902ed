/**
 * An {@link Answerer} that reports every free-text question to the {@link InsightsRecorder} and otherwise does
 * exactly what the answerer it wraps does. Channel and user come from the request's `asker`, which the dialogs fill
 * from the turn's activity (no AsyncLocalStorage: its promise hooks cost every promise of every turn).
 */
import type { AnswerOutcome, AnswerRequest, Answerer } from '../conversation/answering';
import { userKeyOf, type InsightsRecorder } from './insightsRecorder';

/**
 * @example
 * const answerer = recordingAnswerer(new KnowledgeAnswerer(…), recorder);
 * // Every other method (browseTopic, answerEntry, …, and any added later) is the inner answerer's, through the prototype.
 */
/** Wraps `inner`; only `answerQuestion` is observed, and only when the request names its asker. */
export function recordingAnswerer(inner: Answerer, recorder: InsightsRecorder, now: () => Date = () => new Date()): Answerer {
  return Object.assign(Object.create(inner) as Answerer, {
    async answerQuestion(request: AnswerRequest): Promise<AnswerOutcome> {
      const outcome = await inner.answerQuestion(request);
      const asker = request.asker;
      if (asker) {
        recorder.observe({
          at: now(),
          text: request.text,
          language: request.messageLanguage ?? request.language,
          regionId: request.regionId,
          channelId: asker.channelId,
          userKey: userKeyOf(asker.channelId, asker.userId),
          displayName: asker.displayName,
          confident: outcome.confident,
        });
      }
      return outcome;
    },
  });
}
