/**
 * On `/api/messages` the chat user is known from the request body, so the HTTP edge asks for the per-user chat count
 * together with the per-address one: both limiter calls leave in the same tick and share one round trip to Redis
 * instead of two in a row. The chat limit middleware then uses that decision for the turn of this very activity
 * (the adapter hands the parsed body on as the turn's activity) instead of counting again. For any other activity
 * (Direct Line, LINE, or a body the adapter replaced) it counts as before.
 */
import type { LimitDecision } from './rateLimiters';

type Settled = { decision: LimitDecision } | { error: unknown };

const early = new WeakMap<object, { key: string; settled: Promise<Settled> }>();

/** The chat limit's key for an activity from a user (`channelId:userId`), or undefined when it is not counted. */
export function chatLimitKeyOf(activity: unknown): string | undefined {
  if (!activity || typeof activity !== 'object') return undefined;
  const { type, channelId, from } = activity as { type?: unknown; channelId?: unknown; from?: { id?: unknown; role?: unknown } };
  if (type !== 'message' || typeof from?.id !== 'string' || !from.id || from.role === 'bot') return undefined;
  return `${String(channelId)}:${from.id}`;
}

/** Keeps the count already asked for this activity (its result or error is held, never left unhandled). */
export function rememberEarlyCount(activity: object, key: string, decision: Promise<LimitDecision>): void {
  early.set(activity, { key, settled: decision.then((d) => ({ decision: d }), (error: unknown) => ({ error })) });
}

/** The count asked for at the HTTP edge for this activity and key (once), or undefined. */
export function takeEarlyCount(activity: object, key: string): Promise<Settled> | undefined {
  const found = early.get(activity);
  if (!found || found.key !== key) return undefined;
  early.delete(activity);
  return found.settled;
}
