/**
 * Whether the state store can be used right now, and guards that turn a Redis outage into a quick
 * {@link StoreUnavailableError} (HTTP 503 with `Retry-After`) instead of a hang or a 500.
 *
 * The store is "down" from the first connection-type failure (or the client reporting a lost connection) until a
 * probe succeeds again; while down, probes run every `probeIntervalMs` and calls fail at once without touching Redis.
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { TurnLock } from './turnLock';
import { StoreUnavailableError } from './errors';
import { isRedisUnavailableError } from './redisClient';

/** Receives availability changes (for logs). */
export interface AvailabilityListener {
  down(reason: string): void;
  up(downForMs: number): void;
}

/** Options for {@link StoreAvailability}. */
export interface StoreAvailabilityOptions {
  /** Resolves when the store answers (e.g. PING on every node); rejects otherwise. */
  probe: () => Promise<void>;
  /** How often to probe while down, in ms. Defaults to 1000. */
  probeIntervalMs?: number;
  /** Sent as `Retry-After` while down, in seconds. Defaults to 5. */
  retryAfterSeconds?: number;
  listener?: AvailabilityListener;
}

/** Tracks whether the state store is reachable; see the module comment. */
export class StoreAvailability {
  readonly retryAfterSeconds: number;
  private downSince: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly probeIntervalMs: number;

  constructor(private readonly options: StoreAvailabilityOptions) {
    this.retryAfterSeconds = options.retryAfterSeconds ?? 5;
    this.probeIntervalMs = options.probeIntervalMs ?? 1000;
  }

  /** False from a connection failure until a probe succeeds. */
  get available(): boolean {
    return this.downSince === undefined;
  }

  /**
   * Marks the store down (idempotent) and starts probing.
   *
   * @param reason - Logged once per outage.
   */
  markDown(reason: string): void {
    if (this.downSince !== undefined || this.stopped) return;
    this.downSince = Date.now();
    this.options.listener?.down(reason);
    this.scheduleProbe();
  }

  /**
   * Records a failed store call: connection-type errors mark the store down; others are left alone.
   *
   * @returns true when `error` was a connection-type error.
   */
  reportFailure(error: unknown): boolean {
    if (!isRedisUnavailableError(error)) return false;
    this.markDown((error as Error).message);
    return true;
  }

  /** The error to throw while down. */
  unavailableError(cause?: unknown): StoreUnavailableError {
    return new StoreUnavailableError(this.retryAfterSeconds, cause === undefined ? undefined : { cause });
  }

  /** Stops probing (on shutdown). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      try {
        await this.options.probe();
      } catch {
        if (!this.stopped) this.scheduleProbe();
        return;
      }
      const since = this.downSince;
      this.downSince = undefined;
      if (since !== undefined) this.options.listener?.up(Date.now() - since);
    }, this.probeIntervalMs);
    this.timer.unref();
  }
}

/**
 * Wraps a `Storage` so that, while the store is down, calls fail at once with {@link StoreUnavailableError}, and a
 * connection-type failure of a call marks it down and surfaces as that error. eTag conflicts and other errors pass unchanged.
 */
export function guardStorage(storage: Storage, availability: StoreAvailability): Storage {
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    if (!availability.available) throw availability.unavailableError();
    try {
      return await call();
    } catch (error) {
      if (availability.reportFailure(error)) throw availability.unavailableError(error);
      throw error;
    }
  };
  return {
    read: (keys: string[]) => guarded(() => storage.read(keys)),
    write: (changes: StoreItems) => guarded(() => storage.write(changes)),
    delete: (keys: string[]) => guarded(() => storage.delete(keys)),
  };
}

/** Like {@link guardStorage}, for a {@link TurnLock}: errors of `fn` itself pass unchanged. */
export function guardTurnLock(lock: TurnLock, availability: StoreAvailability): TurnLock {
  return {
    async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
      if (!availability.available) throw availability.unavailableError();
      let inside = false;
      try {
        return await lock.withLock(key, () => {
          inside = true;
          return fn();
        });
      } catch (error) {
        if (!inside && availability.reportFailure(error)) throw availability.unavailableError(error);
        throw error;
      }
    },
  };
}
