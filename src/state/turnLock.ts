/**
 * Serialises turns per conversation. botbuilder's `BotState.saveChanges` always
 * writes with eTag `*`, so without this two overlapping turns of one
 * conversation would silently lose one turn's state changes.
 */
import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './redisClient';
import { LockTimeoutError } from './errors';
import { defineScript } from './redisScript';

/** Runs functions exclusively per key. */
export interface TurnLock {
  /**
   * Runs `fn` once no other holder of `key` is running, and returns its result.
   *
   * @throws LockTimeoutError if the lock is not acquired within the acquire timeout (`fn` is not run then).
   */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** Default for how long a caller waits for a lock before giving up. */
export const DEFAULT_ACQUIRE_TIMEOUT_MS = 30_000;

/** Options for {@link MemoryTurnLock}. */
export interface MemoryTurnLockOptions {
  /** Longest wait for the lock, in ms. Defaults to {@link DEFAULT_ACQUIRE_TIMEOUT_MS}. */
  acquireTimeoutMs?: number;
}

/**
 * Per-key FIFO lock inside one process: each caller waits for the caller
 * before it. Keys are forgotten once their queue is empty, so memory does not
 * grow with the number of conversations ever seen.
 */
export class MemoryTurnLock implements TurnLock {
  /** Per key: a promise that settles when the last queued caller is done. */
  private readonly tails = new Map<string, Promise<void>>();
  private readonly acquireTimeoutMs: number;

  /** @param options - Acquire timeout. */
  constructor(options: MemoryTurnLockOptions = {}) {
    this.acquireTimeoutMs = options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS;
  }

  /** {@inheritDoc TurnLock.withLock} */
  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tails.set(key, mine);
    const started = Date.now();
    let acquired = false;
    try {
      await waitWithTimeout(previous, this.acquireTimeoutMs);
      acquired = true;
      return await fn();
    } catch (error) {
      if (!acquired) {
        // Callers queued behind us must still wait for the current holder, not run as soon as we give up.
        void previous.then(release);
        throw error === TIMED_OUT ? new LockTimeoutError(key, Date.now() - started) : error;
      }
      throw error;
    } finally {
      if (acquired) release();
      // Only the last in line removes the key; anyone queued later has replaced the tail.
      if (this.tails.get(key) === mine) void mine.then(() => this.tails.get(key) === mine && this.tails.delete(key));
    }
  }
}

/** Options for {@link RedisTurnLock}. */
export interface RedisTurnLockOptions {
  /** Prepended verbatim to lock keys. Defaults to `kakehashi:lock:`. */
  keyPrefix?: string;
  /**
   * Lock lifetime in ms. A crashed holder blocks the conversation at most this
   * long; a live holder keeps extending it. Defaults to 30000.
   */
  ttlMs?: number;
  /** Longest wait for the lock (local queue plus Redis), in ms. Defaults to {@link DEFAULT_ACQUIRE_TIMEOUT_MS}. */
  acquireTimeoutMs?: number;
  /** First poll delay while the lock is held elsewhere, in ms; doubles up to `maxRetryDelayMs`. Defaults to 10. */
  minRetryDelayMs?: number;
  /** Poll delay cap, in ms. Defaults to 200. */
  maxRetryDelayMs?: number;
  /**
   * Told about problems that do not fail the turn: the lock expired under a
   * running `fn` (another process may have run concurrently), or an extend or
   * release call failed. Defaults to `console.warn`.
   */
  onWarning?: (warning: TurnLockWarning) => void;
}

/** Non-fatal lock problem reported via {@link RedisTurnLockOptions.onWarning}. */
export interface TurnLockWarning {
  kind: 'lost' | 'extend-failed' | 'release-failed' | 'late-acquire-release-failed';
  key: string;
  error?: unknown;
}

/** Default lock key prefix. */
export const DEFAULT_LOCK_KEY_PREFIX = 'kakehashi:lock:';

/** Deletes the lock only if we still own it, so a holder whose lock expired cannot free the next holder's lock. */
const RELEASE_SCRIPT = defineScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/** Extends the lock only if we still own it. */
const EXTEND_SCRIPT = defineScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);

/**
 * Cross-process per-key lock on Redis (single node; `SET NX PX` + owner token).
 *
 * Callers in the same process first queue in a local FIFO ({@link MemoryTurnLock}),
 * so they are served in arrival order and only one of them polls Redis at a time.
 * Across processes, waiting is by polling with capped exponential backoff.
 * While `fn` runs, the lock is extended every `ttlMs / 2`.
 */
export class RedisTurnLock implements TurnLock {
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly acquireTimeoutMs: number;
  private readonly minRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly onWarning: (warning: TurnLockWarning) => void;
  private readonly local: MemoryTurnLock;

  /**
   * @param client - Connected node-redis v5 client; not closed by this class.
   * @param options - Prefix, TTL, timeouts and warning sink.
   * @throws RangeError if `ttlMs` or `acquireTimeoutMs` is not positive.
   */
  constructor(
    private readonly client: RedisConnection,
    options: RedisTurnLockOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? DEFAULT_LOCK_KEY_PREFIX;
    this.ttlMs = options.ttlMs ?? 30_000;
    this.acquireTimeoutMs = options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS;
    this.minRetryDelayMs = options.minRetryDelayMs ?? 10;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 200;
    this.onWarning = options.onWarning ?? ((w) => console.warn(`[turnLock] ${w.kind} for "${w.key}"`, w.error ?? ''));
    if (!(this.ttlMs >= 2) || !(this.acquireTimeoutMs > 0)) {
      throw new RangeError(`ttlMs (${this.ttlMs}) and acquireTimeoutMs (${this.acquireTimeoutMs}) must be positive`);
    }
    this.local = new MemoryTurnLock({ acquireTimeoutMs: this.acquireTimeoutMs });
  }

  /** {@inheritDoc TurnLock.withLock} */
  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.acquireTimeoutMs;
    return this.local.withLock(key, async () => {
      const redisKey = this.prefix + key;
      const token = randomUUID();
      await this.acquire(key, redisKey, token, deadline);
      const stopExtending = this.keepExtended(key, redisKey, token);
      try {
        return await fn();
      } finally {
        stopExtending();
        await this.release(key, redisKey, token);
      }
    });
  }

  private async acquire(key: string, redisKey: string, token: string, deadline: number): Promise<void> {
    const started = Date.now();
    let delay = this.minRetryDelayMs;
    for (;;) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new LockTimeoutError(key, Date.now() - started);
      const attempt = this.client.set(redisKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } });
      let reply: string | null;
      try {
        // While Redis is unreachable node-redis queues the command instead of failing; don't wait past the deadline for it.
        reply = await waitWithTimeout(attempt, remaining);
      } catch (error) {
        if (error !== TIMED_OUT) throw error;
        // The queued SET may still succeed later; free that lock instead of leaving it to block the conversation for ttlMs.
        attempt.then(
          (late) => (late === 'OK' ? this.release(key, redisKey, token, 'late-acquire-release-failed') : undefined),
          () => undefined,
        );
        throw new LockTimeoutError(key, Date.now() - started);
      }
      if (reply === 'OK') return;
      // Jitter keeps waiters in different processes from polling in lockstep.
      await sleep(Math.min(delay, Math.max(0, deadline - Date.now())) * (0.5 + Math.random() / 2));
      delay = Math.min(delay * 2, this.maxRetryDelayMs);
    }
  }

  /** Starts periodic extension; returns a function that stops it. */
  private keepExtended(key: string, redisKey: string, token: string): () => void {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      timer = setTimeout(async () => {
        try {
          const reply = await EXTEND_SCRIPT.run(this.client, { keys: [redisKey], arguments: [token, String(this.ttlMs)] });
          // fn finished while this call was in flight; the release may already have deleted the key.
          if (stopped) return;
          if (Number(reply) !== 1) {
            // Someone else may hold it now; extending is pointless and would be wrong.
            this.onWarning({ kind: 'lost', key });
            return;
          }
        } catch (error) {
          if (stopped) return;
          // Keep trying: a short Redis blip should not cost us the lock.
          this.onWarning({ kind: 'extend-failed', key, error });
        }
        if (!stopped) schedule();
      }, this.ttlMs / 2);
      // fn itself keeps the process alive; the extension timer must not.
      timer.unref();
    };
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  private async release(
    key: string,
    redisKey: string,
    token: string,
    kind: TurnLockWarning['kind'] = 'release-failed',
  ): Promise<void> {
    try {
      await RELEASE_SCRIPT.run(this.client, { keys: [redisKey], arguments: [token] });
    } catch (error) {
      // fn already ran; failing the turn now would only invite a retry. The lock expires after ttlMs anyway.
      this.onWarning({ kind, key, error });
    }
  }
}

const TIMED_OUT = Symbol('timed out');

/** Resolves like `promise`, or rejects with {@link TIMED_OUT} after `ms`; the timer is always cleared. */
async function waitWithTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(TIMED_OUT), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
