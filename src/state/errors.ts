/**
 * Typed errors raised by the state layer (storage, turn locks, readiness).
 *
 * Each error sets `name` so logs and `instanceof`-free checks (e.g. across
 * module copies) can still tell them apart, and carries the context needed to
 * debug it without re-running the failing turn.
 */
import { HttpError } from '../http/httpError';

/**
 * A write carried an eTag that no longer matches the stored item.
 *
 * The message keeps botbuilder's wording ("eTag conflict") because callers and
 * botbuilder-based code match on that substring.
 */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';

  /**
   * @param key - Storage key (without any backend prefix) whose write was rejected.
   * @param expectedETag - eTag the caller sent with the write.
   * @param actualETag - eTag currently stored, or `undefined` if the item does not exist (e.g. deleted or expired).
   */
  constructor(
    readonly key: string,
    readonly expectedETag: string,
    readonly actualETag: string | undefined,
  ) {
    super(
      `Storage: error writing "${key}" due to eTag conflict ` +
        `(expected ${expectedETag}, found ${actualETag ?? 'no item'}).`,
    );
  }
}

/**
 * A value found in the backend is not in the format this layer writes, so it
 * cannot be returned as a store item. Usually another program wrote under our prefix.
 */
export class StoredValueFormatError extends Error {
  override readonly name = 'StoredValueFormatError';

  /**
   * @param key - Storage key (without prefix) holding the unreadable value.
   * @param reason - What was wrong with it.
   * @param options - Optional underlying error (e.g. a JSON parse failure).
   */
  constructor(
    readonly key: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Storage: value stored under "${key}" is unreadable: ${reason}`, options);
  }
}

/** A turn lock could not be acquired before the acquire timeout ran out. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';

  /**
   * @param key - Lock key (conversation key, without prefix).
   * @param waitedMs - How long the caller waited before giving up.
   */
  constructor(
    readonly key: string,
    readonly waitedMs: number,
  ) {
    super(`Turn lock for "${key}" not acquired within ${waitedMs} ms.`);
  }
}

/** A readiness check failed or did not answer in time. */
export class ReadinessError extends Error {
  override readonly name = 'ReadinessError';

  /**
   * @param check - Name of the failing readiness check.
   * @param reason - Short description (e.g. "timed out after 1000 ms").
   * @param options - Optional underlying error.
   */
  constructor(
    readonly check: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Readiness check "${check}" failed: ${reason}`, options);
  }
}

/**
 * The state store (Redis) cannot be reached: stopped, restarting, partitioned or not answering within the command
 * timeout. HTTP routes answer 503 with `Retry-After` so Bot Framework, Direct Line and LINE clients retry later.
 */
export class StoreUnavailableError extends HttpError {
  override name = 'StoreUnavailableError';

  /**
   * @param retryAfterSeconds - Suggested wait before a retry, sent as `Retry-After`.
   * @param options - The underlying node-redis error, if any.
   */
  constructor(
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(503, 'state store unavailable; retry later', { code: 'ServiceUnavailable' });
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
